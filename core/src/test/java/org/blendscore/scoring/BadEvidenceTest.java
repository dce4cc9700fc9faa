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
package org.blendscore.scoring;

import static org.blendscore.scoring.ReferenceRubric.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/** Bad evidence is rejected with every problem named; nothing is scored from it. */
class BadEvidenceTest {

    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());

    /** Ana's evidence with one measure's evidence replaced. */
    private static Evidence anaWith(String measureId, MeasureEvidence replacement) {
        Map<String, MeasureEvidence> m = new HashMap<>(ReferenceRubric.ana().measures());
        m.put(measureId, replacement);
        return Evidence.of("ana", ReferenceRubric.YEAR, m);
    }

    private static Ratings ratings(String... specs) {
        return ReferenceRubric.ratings(List.of(specs));
    }

    private List<EvidenceProblem> problems(Scorer s, Evidence e) {
        return assertThrows(InvalidEvidenceException.class, () -> s.score(e)).problems();
    }

    private static EvidenceProblem problem(String subject, String measure, String rater, String field, String message) {
        return new EvidenceProblem(subject, Optional.ofNullable(measure), Optional.ofNullable(rater), field, message);
    }

    @Test
    void rejectsARatingAboveTheScaleNamingSubjectMeasureRaterAndAllowedRange() {
        Evidence e = anaWith("account-knowledge", ratings("manager:m1=6"));
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e));
        assertEquals(List.of(problem("ana", "account-knowledge", "m1", "value",
                "rating 6 is not on the scale: allowed 1 to 5 in steps of 1, or N/A")), ex.problems());
        assertEquals("evidence rejected: subject 'ana', measure 'account-knowledge', rater 'm1', value: "
                + "rating 6 is not on the scale: allowed 1 to 5 in steps of 1, or N/A", ex.getMessage());
    }

    @Test
    void rejectsARatingBetweenTheStepsOfTheScale() {
        assertEquals(List.of(problem("ana", "customer-trust", "m1", "value",
                        "rating 3.5 is not on the scale: allowed 1 to 5 in steps of 1, or N/A")),
                problems(scorer, anaWith("customer-trust", ratings("customer:c1=4", "customer:c2=4", "manager:m1=3.5"))));
    }

    @Test
    void rejectsANegativeActual() {
        InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class,
                () -> scorer.score(anaWith("new-arr", QuotaActual.of("-1"))));
        assertEquals(List.of(problem("ana", "new-arr", null, "actual", "actual is -1, allowed 0 or more")), ex.problems());
        assertTrue(ex.getMessage().contains("subject 'ana', measure 'new-arr'"), ex.getMessage());
    }

    @Test
    void rejectsAnUnknownMeasureListingTheKnownOnes() {
        assertEquals(List.of(problem("ana", "new-acv", null, "measureId",
                        "no measure 'new-acv' in the rubric; measures are new-arr, milestones, customer-trust, account-knowledge")),
                problems(scorer, anaWith("new-acv", QuotaActual.of("10"))));
    }

    @Test
    void rejectsAMissingSubjectId() {
        Evidence blank = ReferenceRubric.ana().withSubjectId("  ");
        assertEquals(List.of(problem("  ", null, null, "subjectId",
                "subject id is missing (blank); every piece of evidence names its subject")), problems(scorer, blank));
        assertEquals(1, problems(scorer, ReferenceRubric.ana().withSubjectId("")).size());
    }

    @Test
    void reportsEveryProblemOfOneRecordAtOnce() {
        Map<String, MeasureEvidence> m = new HashMap<>(ReferenceRubric.ana().measures());
        m.put("new-arr", QuotaActual.of("-5"));
        m.put("account-knowledge", ratings("manager:m1=0"));
        Evidence e = Evidence.of("", ReferenceRubric.YEAR, m);
        // the subject first, then measures by id
        assertEquals(List.of("subjectId", "value", "actual"), problems(scorer, e).stream().map(EvidenceProblem::field).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("account-knowledge"), Optional.of("new-arr")),
                problems(scorer, e).stream().map(EvidenceProblem::measureId).toList());
    }

    @Test
    void rejectsEvidenceOfTheWrongFamily() {
        assertEquals(List.of(problem("ana", "new-arr", null, "evidence", "the measure takes a quota actual, but milestones reached was given")),
                problems(scorer, anaWith("new-arr", MilestonesReached.of("discovery-complete"))));
        assertEquals(List.of(problem("ana", "milestones", null, "evidence", "the measure takes milestones reached, but ratings was given")),
                problems(scorer, anaWith("milestones", ratings("manager:m1=3"))));
        assertEquals(List.of(problem("ana", "customer-trust", null, "evidence", "the measure takes ratings, but a quota actual was given")),
                problems(scorer, anaWith("customer-trust", QuotaActual.of("3"))));
    }

    @Test
    void rejectsARatingFromAnUnknownSource() {
        assertEquals(List.of(problem("ana", "account-knowledge", "p1", "source", "no source 'peer' for this measure; sources are manager")),
                problems(scorer, anaWith("account-knowledge", ratings("manager:m1=3", "peer:p1=4"))));
    }

    @Test
    void rejectsTheSameRaterTwiceForOneSource() {
        assertEquals(List.of(problem("ana", "customer-trust", "m1", "raterId",
                        "the rater rated this measure twice as manager; one rating per rater and source")),
                problems(scorer, anaWith("customer-trust", ratings("customer:c1=4", "customer:c2=4", "manager:m1=4", "manager:m1=N/A"))));
    }

    @Test
    void rejectsARatingWithoutRater() {
        assertEquals(List.of(problem("ana", "account-knowledge", null, "raterId", "rater id is missing (blank)")),
                problems(scorer, anaWith("account-knowledge", Ratings.of(Rating.of(" ", "manager", 3)))));
    }

    @Test
    void rejectsAFractionalActualForACountTarget() {
        Scorer counts = Scorer.of(MissingEvidencePolicyTest.policyRubric(MissingEvidencePolicy.LEAVE_OUT));
        assertEquals(List.of(problem("sam", "calls", null, "actual", "actual is 10.5, but the target counts whole calls")),
                problems(counts, Fixtures.evidence("sam", "calls", QuotaActual.of("10.5"))));
        // a whole number written with decimals is fine: 10 of 100 calls -> 10 points
        assertEquals(Optional.of(d("10.00")),
                counts.score(Fixtures.evidence("sam", "calls", QuotaActual.of("10.00"))).measure("calls").orElseThrow().points());
    }

    @Test
    void rejectsAPeriodOutsideTheRubricsEffectivePeriod() {
        DateRange straddling = DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
        Evidence e = Evidence.of("ana", straddling, ReferenceRubric.ana().measures());
        assertEquals(List.of(problem("ana", null, null, "period",
                "period 2025-12-01..2026-01-31 is not inside the effective period 2026-01-01..2026-12-31 of rubric 'enterprise-ae'")),
                problems(scorer, e));
        // a quarter inside the year is fine; its target is the year's target spread over the days counted
        // (TargetRules): 1,000,000 x 90/365 = 246,575.34, so 1,200,000 is far above the cap: 130 points,
        // and the overall is 0.5 x 130 + 16.00 + 20.40 = 101.40
        Evidence q1 = Evidence.of("ana", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), ReferenceRubric.ana().measures());
        assertEquals(d("101.40"), scorer.score(q1).overall());
    }

    @Test
    void rejectsMilestonesTheMeasureDoesNotKnowOrKnowsDifferently() {
        Rubric rubric = Fixtures.single(new MilestoneMeasure("m", d("100"),
                List.of(new Milestone("a", d("50")), new CountedMilestone("referrals", 2, d("50"))), false));
        Scorer s = Scorer.of(rubric);
        assertEquals(List.of(problem("sam", "m", null, "reached", "no milestone or stage 'zzz' in this measure; known are a, referrals")),
                problems(s, Fixtures.evidence("sam", "m", MilestonesReached.of("a", "zzz"))));
        assertEquals(List.of(problem("sam", "m", null, "reached",
                        "'referrals' is a counted milestone; give how many times it occurred, not just that it was reached")),
                problems(s, Fixtures.evidence("sam", "m", MilestonesReached.of("referrals"))));
        assertEquals(List.of(problem("sam", "m", null, "counts[a]",
                        "'a' is not a counted milestone; list it as reached instead of giving a count")),
                problems(s, Fixtures.evidence("sam", "m", new MilestonesReached(Set.of(), Map.of("a", 1)))));
        assertEquals(List.of(problem("sam", "m", null, "counts[referrals]", "count is -1, allowed 0 or more")),
                problems(s, Fixtures.evidence("sam", "m", new MilestonesReached(Set.of(), Map.of("referrals", -1)))));
    }

    @Test
    void reportsABadRecordOfABatchAndStillScoresTheOthers() {
        Evidence bad = anaWith("account-knowledge", ratings("manager:m1=6")).withSubjectId("bad");
        Evidence nothingUsable = ReferenceRubric.evidence("nil", null, null, null, List.of("manager:m1=N/A"));
        BatchResult result = scorer.scoreAll(Arrays.asList(ReferenceRubric.ana(), bad, null, ReferenceRubric.cara(), nothingUsable));

        assertEquals(5, result.total());
        assertEquals(List.of("ana", "cara"), result.reviews().stream().map(Review::subjectId).toList());
        assertEquals(List.of(d("92.40"), d("29.50")), result.reviews().stream().map(Review::overall).toList());
        assertEquals(scorer.score(ReferenceRubric.ana()), result.reviews().get(0));

        assertEquals(List.of(1, 2, 4), result.rejected().stream().map(RejectedRecord::index).toList());
        assertEquals(new RejectedRecord(1, "bad", List.of(problem("bad", "account-knowledge", "m1", "value",
                "rating 6 is not on the scale: allowed 1 to 5 in steps of 1, or N/A"))), result.rejected().get(0));
        // a null element is rejected, not skipped
        assertEquals(new RejectedRecord(2, "", List.of(problem("", null, null, "record", "the record is null"))), result.rejected().get(1));
        assertEquals("nil", result.rejected().get(2).subjectId());
        assertEquals(List.of("measures"), result.rejected().get(2).problems().stream().map(EvidenceProblem::field).toList());
    }

    @Test
    void scoresAnEmptyBatch() {
        BatchResult result = scorer.scoreAll(List.of());
        assertEquals(0, result.total());
    }
}
