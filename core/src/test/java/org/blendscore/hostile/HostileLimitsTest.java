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
import static org.blendscore.hostile.HostileFixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricLimits;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The limits on the counts of parts and the lengths of texts: a rubric or a record at a limit is
 * accepted, one part or one character over it is rejected with one problem that names the limit, and
 * the rejection costs what the outcome weighs (the part count and one message), not what checking every
 * part would.
 */
class HostileLimitsTest {

    /** Bytes a rejection for a count may cost per part given: the lists' copies, nothing per part checked. */
    private static final long BYTES_PER_PART_REJECTED = 64;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static RubricProblem onlyProblem(InvalidRubricException e) {
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    private static EvidenceProblem onlyProblem(InvalidEvidenceException e) {
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(0, e.omittedProblems());
        return e.problems().get(0);
    }

    private static List<Breakpoint> line(int n) {
        List<Breakpoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new Breakpoint(BigDecimal.valueOf(i, 5), BigDecimal.valueOf(i, 3)));
        }
        return points;
    }

    @Test
    void refusesOneBreakpointOverTheLimitCheaplyAndNamesTheLimit() {
        int n = RubricLimits.MAX_BREAKPOINTS + 1;
        LinearCurve curve = new LinearCurve(line(n), Optional.empty(), true);
        InvalidRubricException[] thrown = new InvalidRubricException[1];
        long bytes = AllocatedBytes.of(() -> thrown[0] = assertThrows(InvalidRubricException.class, () -> quotaRubric(curve, List.of())));
        assertTrue(bytes < n * BYTES_PER_PART_REJECTED, () -> "refusing " + n + " breakpoints allocated " + bytes + " bytes");

        RubricProblem p = onlyProblem(thrown[0]);
        assertEquals("measures[new-arr].curve.breakpoints", p.path());
        assertEquals("100001 breakpoints; at most 100000 are supported (RubricLimits.MAX_BREAKPOINTS)", p.message());
    }

    @Test
    void acceptsGuardsUpToTheLimitAndRefusesOneMore() {
        List<BandGuard> guards = new ArrayList<>();
        for (int i = 0; i < RubricLimits.MAX_GUARDS; i++) {
            guards.add(new BandGuard(ScoreCondition.sectionBelow("Revenue", BigDecimal.valueOf(i % 50)), "Meets"));
        }
        assertEquals(RubricLimits.MAX_GUARDS, quotaRubric(straight(), guards).guards().size());

        guards.add(guards.get(0));
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> quotaRubric(straight(), guards));
        RubricProblem p = onlyProblem(e);
        assertEquals("guards", p.path());
        assertTrue(p.message().endsWith("(RubricLimits.MAX_GUARDS)"), p.message());
    }

    private static Rubric ratingRubric(List<RatingSource> sources, String anchor) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, v == 3 ? anchor : "behaviour " + v, Optional.empty()));
        }
        RatingScale scale = new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
        RatingMeasure trust = new RatingMeasure("trust", d("100"), scale, sources, Aggregation.MEAN);
        return new Rubric("hostile", "1", YEAR, List.of(new Section("Relationship", d("100"), List.of(trust))),
                HostileFixtures.BANDS, List.of(), MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    private static List<RatingSource> sources(int n) {
        List<RatingSource> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sources.add(new RatingSource(i == 0 ? "manager" : "source-" + i, i == 0 ? d("100") : BigDecimal.ONE, 1));
        }
        return sources;
    }

    @Test
    void refusesOneRatingSourceOverTheLimit() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> ratingRubric(sources(RubricLimits.MAX_SOURCES + 1), "meets"));
        RubricProblem p = onlyProblem(e);
        assertEquals("measures[trust].sources", p.path());
        assertEquals("101 rating sources; at most 100 are supported (RubricLimits.MAX_SOURCES)", p.message());
    }

    @Test
    void acceptsAnAnchorAtTheLongestTextAndRefusesOneCharacterMore() {
        String longest = "a".repeat(RubricLimits.MAX_TEXT_LENGTH);
        assertEquals(longest, ((RatingMeasure) ratingRubric(sources(1), longest).sections().get(0).measures().get(0))
                .scale().levels().get(2).anchor());

        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> ratingRubric(sources(1), longest + "b"));
        RubricProblem p = onlyProblem(e);
        assertEquals("measures[trust].scale.levels[2].anchor", p.path());
        assertEquals("anchor 'aaaaaaaaaaaaaaaaaaaa...' is 4001 characters long; at most 4000 are supported (RubricLimits.MAX_TEXT_LENGTH)",
                p.message());
    }

    @Test
    void namesAMeasureWhoseIdIsTooLongByItsPosition() {
        String longest = "m".repeat(RubricLimits.MAX_ID_LENGTH);
        QuotaMeasure ok = new QuotaMeasure(longest, d("100"), Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER, straight());
        new Rubric("hostile", "1", YEAR, List.of(new Section("Revenue", d("100"), List.of(ok))), HostileFixtures.BANDS,
                List.of(), MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);

        // a million characters: no path nor message repeats it
        String huge = "m".repeat(1_000_000);
        QuotaMeasure arr = new QuotaMeasure(huge, d("100"), Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER, straight());
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric("hostile", "1", YEAR,
                List.of(new Section("Revenue", d("100"), List.of(arr))), HostileFixtures.BANDS, List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE));
        RubricProblem p = onlyProblem(e);
        assertEquals("measures[0].id", p.path());
        assertTrue(p.message().endsWith("is 1000000 characters long; at most 256 are supported (RubricLimits.MAX_ID_LENGTH)"),
                p.message());
        assertTrue(e.getMessage().length() < 300, e::getMessage);
    }

    @Test
    void refusesOneCheckInOverTheLimitCheaplyAndNamesTheLimit() {
        Scorer scorer = Scorer.of(quotaRubric(straight(), List.of()));
        int n = EvidenceLimits.MAX_CHECK_INS + 1;
        List<CheckIn> checkIns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            checkIns.add(new CheckIn(YEAR.start().plusDays(i % 365), BigDecimal.ONE));
        }
        Evidence evidence = HostileFixtures.evidence("sam", new QuotaActual(d("50"), List.of(), checkIns));
        // the scorer's workspace is made on its first record: not counted
        scorer.score(HostileFixtures.actual("ann", "50"));
        InvalidEvidenceException[] thrown = new InvalidEvidenceException[1];
        long bytes = AllocatedBytes.of(() -> thrown[0] = assertThrows(InvalidEvidenceException.class, () -> scorer.score(evidence)));
        assertTrue(bytes < 64 * 1024, () -> "refusing " + n + " check-ins allocated " + bytes + " bytes");

        EvidenceProblem p = onlyProblem(thrown[0]);
        assertEquals(Optional.of("new-arr"), p.measureId());
        assertEquals("checkIns", p.field());
        assertEquals("100001 check-ins; at most 100000 are supported (EvidenceLimits.MAX_CHECK_INS)", p.message());
    }

    @Test
    void refusesOneRatingOverTheLimitOfARecordAsOneRejectedRecord() {
        Scorer scorer = Scorer.of(ratingRubric(sources(1), "meets"));
        Rating[] ratings = new Rating[EvidenceLimits.MAX_RATINGS + 1];
        Arrays.fill(ratings, Rating.of("r1", "stranger", 3));
        Evidence tooMany = new Evidence("sam", YEAR, Map.of("trust", new Ratings(Arrays.asList(ratings))), Map.of());
        InvalidEvidenceException[] thrown = new InvalidEvidenceException[1];
        long bytes = AllocatedBytes.of(() -> thrown[0] = assertThrows(InvalidEvidenceException.class, () -> scorer.score(tooMany)));
        assertTrue(bytes < 64 * 1024, () -> "refusing a million and one ratings allocated " + bytes + " bytes");
        EvidenceProblem p = onlyProblem(thrown[0]);
        assertEquals("ratings", p.field());
        assertTrue(p.message().endsWith("(EvidenceLimits.MAX_RATINGS_PER_MEASURE)"), p.message());

        Evidence good = new Evidence("ann", YEAR, Map.of("trust", Ratings.of(Rating.of("m1", "manager", 5))), Map.of());
        BatchResult result = scorer.scoreAll(List.of(good, tooMany));
        assertEquals(1, result.reviews().size());
        assertEquals("ratings", result.rejected().get(0).problems().get(0).field());
    }

    @Test
    void acceptsACommentAtTheLongestTextAndRefusesOneCharacterMore() {
        Scorer scorer = Scorer.of(ratingRubric(sources(1), "meets"));
        String longest = "c".repeat(EvidenceLimits.MAX_TEXT_LENGTH);
        Rating ok = new Rating("m1", "manager", Optional.of(BigDecimal.valueOf(4)), Optional.of(longest));
        assertEquals(d("75.00"), scorer.score(new Evidence("sam", YEAR, Map.of("trust", Ratings.of(ok)), Map.of())).overall());

        Rating over = new Rating("m1", "manager", Optional.of(BigDecimal.valueOf(4)), Optional.of(longest + "c"));
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> scorer.score(new Evidence("sam", YEAR, Map.of("trust", Ratings.of(over)), Map.of())));
        EvidenceProblem p = onlyProblem(e);
        assertEquals("ratings[0].comment", p.field());
        assertTrue(p.message().endsWith("is 4001 characters long; at most 4000 are supported (EvidenceLimits.MAX_TEXT_LENGTH)"),
                p.message());
    }

    @Test
    void refusesASubjectIdOfAMillionCharactersWithOneProblem() {
        Scorer scorer = Scorer.of(quotaRubric(straight(), List.of()));
        String huge = "s".repeat(1_000_000);
        Evidence evidence = new Evidence(huge, YEAR, Map.of("new-arr", QuotaActual.of("-1"), "unknown-" + huge, QuotaActual.of("1")),
                Map.of());
        EvidenceProblem p = onlyProblem(assertThrows(InvalidEvidenceException.class, () -> scorer.score(evidence)));
        assertEquals("subjectId", p.field());
        assertTrue(p.message().endsWith("(EvidenceLimits.MAX_ID_LENGTH)"), p.message());
    }
}
