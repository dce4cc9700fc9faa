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

import static org.blendscore.scoring.TargetFixtures.d;
import static org.blendscore.scoring.TargetFixtures.day;
import static org.blendscore.scoring.TargetFixtures.evidence;
import static org.blendscore.scoring.TargetFixtures.rubric;
import static org.blendscore.scoring.TargetFixtures.startedOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.TargetStep;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Every target adjustment with exact numbers worked by hand. */
class TargetAdjustmentsTest {

    private static final TargetRules FACTORS = new TargetRules(List.of(
            new TargetFactor("territory", d("0.5"), d("1.5"), "territory potential"),
            new TargetFactor("maturity", d("0.8"), d("1.2"), "account maturity")),
            ProrationBasis.CALENDAR_DAYS, WorkCalendar.weekdays(), Optional.empty(), Optional.empty(), Optional.empty(), 3);

    private static QuotaInput quota(Review r) {
        return (QuotaInput) r.measure("new-arr").orElseThrow().input();
    }

    private static TargetRules with(ProrationBasis basis, Optional<RampSchedule> ramp, Optional<Seasonality> season,
                                    Optional<BigDecimal> cap) {
        return new TargetRules(List.of(), basis, WorkCalendar.weekdays(), ramp, season, cap, 3);
    }

    @Test
    void multipliesTheBaseTargetByEveryFactorTheMeasureNames() {
        Scorer scorer = Scorer.of(rubric(FACTORS, "territory", "maturity"));
        Review r = scorer.score(evidence("935000", Participation.full(),
                Map.of("territory", d("0.85"), "maturity", d("1.10")), List.of()));
        // 1,000,000 x 0.85 x 1.10 = 935,000: the actual meets it exactly
        assertEquals(d("935000.00"), quota(r).target());
        assertEquals(Optional.of(d("100.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(List.of("base target", "territory", "maturity"), quota(r).targetSteps().stream().map(TargetStep::label).toList());
        assertTrue(r.explain().contains("target: 1,000,000 x territory 0.85 x maturity 1.1 = 935,000 USD"), r.explain());
    }

    @Test
    void rejectsAFactorOutsideItsRangeOrMissing() {
        Scorer scorer = Scorer.of(rubric(FACTORS, "territory", "maturity"));
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.score(evidence("1",
                Participation.full(), Map.of("territory", d("1.6"), "region", d("1")), List.of())));
        assertEquals(List.of("factors[maturity]", "factors[territory]", "factors[region]"),
                e.problems().stream().map(p -> p.field()).toList());
        assertTrue(e.getMessage().contains("target factor 'territory' is 1.6, allowed 0.5 to 1.5"), e.getMessage());
        assertTrue(e.getMessage().contains("no value for target factor 'maturity', allowed 0.8 to 1.2"), e.getMessage());
    }

    @Test
    void proratesByCalendarDaysForARepWhoStartsOnTheFirstOfJune() {
        Review r = Scorer.of(rubric(TargetFixtures.rules())).score(evidence("600000", startedOn("2026-06-01")));
        // 1 June to 31 December: 214 of 365 days; target 1,000,000 x 214/365 = 586,301.37
        TargetStep share = quota(r).targetSteps().get(1);
        assertEquals(d("0.586301"), share.value());
        assertTrue(share.detail().contains("214 of 365 calendar days"), share.detail());
        assertEquals(d("586301.37"), quota(r).target());
        // attainment 600,000 x 365 / 214,000,000 = 219/214; points 100 + 60 x 5/214 = 101.4018..
        assertEquals(Optional.of(d("101.40")), r.measure("new-arr").orElseThrow().points());
    }

    @Test
    void proratesByWorkingDaysAndLeaves() {
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.WORKING_DAYS, Optional.empty(), Optional.empty(), Optional.empty())));
        // 2026 has 261 weekdays; 1 June (a Monday) to 31 December (a Thursday) has 30 weeks and 4 days: 154
        Review r = scorer.score(evidence("0", startedOn("2026-06-01")));
        assertEquals(d("590038.31"), quota(r).target()); // 1,000,000 x 154/261
        assertTrue(quota(r).targetSteps().get(1).detail().contains("154 of 261 working days"));
        // a leave from Monday 3 August to Friday 14 August takes 10 working days off
        Participation withLeave = new Participation(Optional.of(day("2026-06-01")), Optional.empty(),
                List.of(DateRange.of(day("2026-08-03"), day("2026-08-14"))));
        assertEquals(d("551724.14"), quota(scorer.score(evidence("0", withLeave))).target()); // 144/261
    }

    @Test
    void splitsAnAnnualTargetEvenlyIntoQuartersAndBySeasonWeights() {
        Seasonality even = Seasonality.quarters(2026, d("25"), d("25"), d("25"), d("25"));
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.empty(), Optional.of(even), Optional.empty())));
        DateRange[] quarters = {DateRange.of(day("2026-01-01"), day("2026-03-31")), DateRange.of(day("2026-04-01"), day("2026-06-30")),
            DateRange.of(day("2026-07-01"), day("2026-09-30")), DateRange.of(day("2026-10-01"), day("2026-12-31"))};
        for (DateRange q : quarters) {
            Evidence e = new Evidence("sam", q, Map.of("new-arr", QuotaActual.of("250000")), Map.of());
            Review r = scorer.score(e);
            assertEquals(d("250000.00"), quota(r).target(), q.toString());
            assertEquals(Optional.of(d("100.00")), r.measure("new-arr").orElseThrow().points());
        }
        Seasonality weighted = Seasonality.quarters(2026, d("20"), d("25"), d("25"), d("30"));
        Scorer seasonal = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.empty(), Optional.of(weighted), Optional.empty())));
        Review q4 = seasonal.score(new Evidence("sam", quarters[3], Map.of("new-arr", QuotaActual.of("300000")), Map.of()));
        assertEquals(d("300000.00"), quota(q4).target());
    }

    @Test
    void beginsTheRampInTheNextMonthForAStartAfterTheCutOffDay() {
        RampSchedule ramp = new RampSchedule(List.of(d("25"), d("50"), d("75"), d("100")), 15);
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.of(ramp), Optional.empty(), Optional.empty())));
        // start 16 July, after the cut-off: July carries nothing, August 25%, September 50%, October 75%, then 100%
        // (31 x 0.25 + 30 x 0.5 + 31 x 0.75 + 30 + 31) / 365 = 107/365 -> 293,150.68
        Review late = scorer.score(evidence("0", Participation.hiredOn(day("2026-07-16"))));
        assertEquals(d("293150.68"), quota(late).target());
        assertTrue(quota(late).targetSteps().get(1).detail().contains("by tenure month from 2026-08"));
        // start 15 July, on the cut-off: July 17 days x 25%, August 50%, September 75%, then 100% -> 134.25/365
        Review onCutoff = scorer.score(evidence("0", Participation.hiredOn(day("2026-07-15"))));
        assertEquals(d("367808.22"), quota(onCutoff).target());
        // someone who moved into the role on 16 July from another role is prorated, not ramped: 169/365
        Review moved = scorer.score(evidence("0", startedOn("2026-07-16")));
        assertEquals(d("463013.70"), quota(moved).target());
    }

    @Test
    void rejectsARampThatWouldGiveALaterMonthALowerShare() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(with(ProrationBasis.CALENDAR_DAYS,
                Optional.of(new RampSchedule(List.of(d("50"), d("25")), 15)), Optional.empty(), Optional.empty())));
        assertEquals("targets.ramp.monthlyPercents[1]", e.problems().get(0).path());
    }

    @Test
    void limitsReliefAboveTheCapToTheCapWithAWarning() {
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.empty(), Optional.empty(), Optional.of(d("20")))));
        Relief outage = new Relief(Relief.Kind.TARGET, d("300000"), "CRM outage in March", "vp-sales", day("2026-04-02"));
        Review r = scorer.score(evidence("800000", Participation.full(), Map.of(), List.of(outage)));
        // cap 20% of 1,000,000 = 200,000: the target becomes 800,000 and is met
        assertEquals(d("800000.00"), quota(r).target());
        assertEquals(Optional.of(d("100.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(List.of(Warning.Kind.RELIEF_CAPPED), r.warnings().stream().map(Warning::kind).toList());
        assertTrue(r.warnings().get(0).message().contains("relief of 300000.00 USD exceeds the cap of 20% of the target (200000.00); limited to 200000.00"),
                r.warnings().get(0).message());
        assertTrue(r.explain().contains("relief: CRM outage in March, approved by vp-sales on 2026-04-02 (300000.00 requested)"), r.explain());
    }

    @Test
    void reliefThatRemovesTheWholeTargetScoresTheCurvesTopNeverLess() {
        Scorer scorer = Scorer.of(rubric(TargetFixtures.rules()));
        Relief all = new Relief(Relief.Kind.TARGET, d("1000000"), "territory dissolved", "cro", day("2026-02-01"));
        Review r = scorer.score(evidence("0", Participation.full(), Map.of(), List.of(all)));
        // no target is left: attainment has no bound, so the capped curve gives its top, 130 points
        assertEquals(Optional.of(d("130.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(Optional.empty(), quota(r).attainment());
    }

    @Test
    void grantsReliefInApprovalOrderUntilTheCapIsUsed() {
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.empty(), Optional.empty(), Optional.of(d("20")))));
        Relief later = new Relief(Relief.Kind.TARGET, d("180000"), "territory change", "vp-sales", day("2026-06-01"));
        Relief earlier = new Relief(Relief.Kind.CREDIT, d("50000"), "account reassigned", "cro", day("2026-03-01"));
        Review r = scorer.score(evidence("650000", Participation.full(), Map.of(), List.of(later, earlier)));
        // the credit (approved first) gets 50,000, the target relief the remaining 150,000:
        // actual 700,000 against 850,000 -> a = 14/17; points 100 x (14/17 - 0.5) / 0.5 = 64.705.. -> 64.71
        assertEquals(d("850000.00"), quota(r).target());
        assertEquals(d("700000.00"), quota(r).actual());
        assertEquals(Optional.of(d("64.71")), r.measure("new-arr").orElseThrow().points());
    }

    @Test
    void scoresAnInterimReviewAgainstTheTargetExpectedToDateAndWarnsOfAPersistentGap() {
        Seasonality even = Seasonality.quarters(2026, d("25"), d("25"), d("25"), d("25"));
        Scorer scorer = Scorer.of(rubric(with(ProrationBasis.CALENDAR_DAYS, Optional.empty(), Optional.of(even), Optional.empty())));
        Evidence e = new Evidence("sam", TargetFixtures.YEAR, Map.of("new-arr", new QuotaActual(d("350000"), List.of(),
                List.of(new org.blendscore.evidence.CheckIn(day("2026-03-31"), d("200000")),
                        new org.blendscore.evidence.CheckIn(day("2026-04-30"), d("260000"))))), Map.of());
        Review r = scorer.scoreInterim(e, day("2026-05-31"));
        assertTrue(r.interim());
        // expected by 31 May: Q1 25% + 61 of Q2's 91 days x 25% = 38/91 of 1,000,000 = 417,582.42
        org.blendscore.review.Pacing p = quota(r).pacing().orElseThrow();
        assertEquals(d("417582.42"), p.expectedToDate());
        assertEquals(d("67582.42"), p.gap());
        // projected 350,000 x 91/38 = 838,157.89 of 1,000,000
        assertEquals(d("838157.89"), p.projectedAtEnd());
        assertEquals(d("0.838158"), p.pacingAttainment());
        // behind at 31 March (250,000 expected), 30 April (332,417.58 expected) and now: 3 check-ins
        assertEquals(3, p.checkInsBehind());
        assertTrue(r.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.PACING_GAP), r.warnings().toString());
        // points on attainment to date 350,000 x 91/38,000,000 = 0.838157..: 100 x (0.838157.. - 0.5)/0.5 = 67.63
        assertEquals(Optional.of(d("67.63")), r.measure("new-arr").orElseThrow().points());
        assertTrue(r.explain().contains("Interim review as of 2026-05-31"), r.explain());
    }

    @Test
    void leavesOutAQuotaForASubjectNotInTheRoleDuringThePeriod() {
        Participation gone = new Participation(Optional.empty(), Optional.of(day("2025-12-31")), List.of());
        Scorer scorer = Scorer.of(org.blendscore.scoring.ReferenceRubric.rubric());
        Evidence ana = org.blendscore.scoring.ReferenceRubric.ana().withParticipation(gone);
        Review r = scorer.score(ana);
        assertEquals(org.blendscore.review.MeasureStatus.LEFT_OUT, r.measure("new-arr").orElseThrow().status());
    }
}
