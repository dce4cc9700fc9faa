/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.hostile;

import static org.blendscore.hostile.HostileFixtures.YEAR;
import static org.blendscore.hostile.HostileFixtures.quotaRubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Errors cost what their listing weighs, not what the input does: a record or a rubric with a million
 * problems lists the first {@value InvalidEvidenceException#MAX_LISTED_PROBLEMS}, counts the rest, and
 * makes its message from the listed ones only when asked (a million ratings from an unknown source
 * once made a message of 114 million characters and ran out of memory at 512 MB).
 */
class HostileErrorsTest {

    private static final int MILLION = 1_000_000;

    /** Bytes a problem beyond the listed ones may cost: it is found, counted and dropped. */
    private static final long BYTES_PER_PROBLEM = 4 * 1024;

    private static Scorer ratingScorer() {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v, Optional.empty()));
        }
        RatingScale scale = new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
        RatingMeasure trust = new RatingMeasure("trust", new BigDecimal("100"), scale,
                List.of(new RatingSource("manager", new BigDecimal("100"), 1)), Aggregation.MEAN);
        return Scorer.of(new Rubric("hostile", "1", YEAR, List.of(new Section("Relationship", new BigDecimal("100"), List.of(trust))),
                HostileFixtures.BANDS, List.of(), MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE));
    }

    private static Evidence millionRatingsFromAnUnknownSource(String subject) {
        Rating[] ratings = new Rating[MILLION];
        Arrays.fill(ratings, Rating.of("r1", "stranger", 3));
        return new Evidence(subject, YEAR, Map.of("trust", new Ratings(Arrays.asList(ratings))), Map.of());
    }

    @Test
    void aMillionRatingsFromAnUnknownSourceListAHundredProblemsAndCountTheRest() {
        Scorer scorer = ratingScorer();
        Evidence evidence = millionRatingsFromAnUnknownSource("sam");
        InvalidEvidenceException[] thrown = new InvalidEvidenceException[1];
        long bytes = AllocatedBytes.of(() -> thrown[0] = assertThrows(InvalidEvidenceException.class, () -> scorer.score(evidence)));
        assertTrue(bytes < MILLION * BYTES_PER_PROBLEM, () -> "checking a million ratings allocated " + bytes + " bytes");

        InvalidEvidenceException e = thrown[0];
        assertEquals(InvalidEvidenceException.MAX_LISTED_PROBLEMS, e.problems().size());
        assertEquals(MILLION - InvalidEvidenceException.MAX_LISTED_PROBLEMS, e.omittedProblems());
        EvidenceProblem first = e.problems().get(0);
        assertEquals(Optional.of("trust"), first.measureId());
        assertEquals("source", first.field());
        String message = e.getMessage();
        assertTrue(message.startsWith("evidence rejected (1000000 problems, the first 100 listed):\n"), message);
        assertTrue(message.endsWith("... and 999900 more problems not listed (at most 100 are)"), message);
        assertTrue(message.length() < 100 * 300, () -> "a message of " + message.length() + " characters");
    }

    @Test
    void aMillionRatingsFromAnUnknownSourceAreOneRejectedRecordInABatch() {
        Scorer scorer = ratingScorer();
        Evidence good = new Evidence("ann", YEAR, Map.of("trust", Ratings.of(Rating.of("m1", "manager", 5))), Map.of());
        BatchResult result = scorer.scoreAll(List.of(good, millionRatingsFromAnUnknownSource("sam"), good.withSubjectId("bob")));
        assertEquals(List.of("ann", "bob"), result.reviews().stream().map(r -> r.subjectId()).toList());
        RejectedRecord rejected = result.rejected().get(0);
        assertEquals(1, rejected.index());
        assertEquals(InvalidEvidenceException.MAX_LISTED_PROBLEMS, rejected.problems().size());
        assertEquals(MILLION - InvalidEvidenceException.MAX_LISTED_PROBLEMS, rejected.omittedProblems());
    }

    @Test
    void aRubricWithAHundredThousandProblemsListsAHundred() {
        int n = 100_000;
        List<Breakpoint> flat = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            flat.add(Breakpoint.of("1", "50"));
        }
        LinearCurve curve = new LinearCurve(flat, Optional.empty(), true);
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> quotaRubric(curve, List.of()));
        assertEquals(InvalidRubricException.MAX_LISTED_PROBLEMS, e.problems().size());
        assertEquals(n - 1 - InvalidRubricException.MAX_LISTED_PROBLEMS, e.omittedProblems());
        assertEquals("measures[new-arr].curve.breakpoints[1].attainment", e.problems().get(0).path());
        String message = e.getMessage();
        assertTrue(message.startsWith("rubric 'hostile' is invalid (99999 problems):\n"), message);
        assertTrue(message.endsWith("... and 99899 more problems not listed (at most 100 are)"), message);
        assertTrue(message.length() < 100 * 300, () -> "a message of " + message.length() + " characters");
    }

    @Test
    void exceptionsMadeWithManyProblemsKeepTheFirstAndCountTheRest() {
        List<EvidenceProblem> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new EvidenceProblem("sam", Optional.empty(), Optional.empty(), "field" + i, "wrong"));
        }
        InvalidEvidenceException e = new InvalidEvidenceException(many, 7);
        assertEquals(many.subList(0, 100), e.problems());
        assertEquals(157, e.omittedProblems());
        RejectedRecord r = new RejectedRecord(3, "sam", many);
        assertEquals(many.subList(0, 100), r.problems());
        assertEquals(150, r.omittedProblems());
        assertEquals("evidence rejected: subject 'sam', field0: wrong",
                new InvalidEvidenceException(many.subList(0, 1)).getMessage(), "one problem, one line, as before");
    }
}
