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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.TargetStep;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * Relief over a part of the review period, and relief at an interim review, with numbers worked by
 * hand. The rubric: new-arr, 1,000,000 USD a year, prorated by calendar days, quarters weighted
 * 20/25/25/30 (Q1 200,000, Q2 250,000, Q3 250,000, Q4 300,000), no relief cap; curve through
 * (0.5, 0), (1, 100), (1.5, 130).
 */
class ReliefOverTimeTest {

    private static final DateRange Q1 = DateRange.of(day("2026-01-01"), day("2026-03-31"));
    private static final DateRange Q2 = DateRange.of(day("2026-04-01"), day("2026-06-30"));
    private static final DateRange Q3 = DateRange.of(day("2026-07-01"), day("2026-09-30"));
    private static final DateRange APRIL = DateRange.of(day("2026-04-01"), day("2026-04-30"));
    private static final DateRange MAY = DateRange.of(day("2026-05-01"), day("2026-05-31"));

    private static final Scorer SCORER = Scorer.of(rubric(new TargetRules(List.of(), ProrationBasis.CALENDAR_DAYS, WorkCalendar.weekdays(),
            Optional.empty(), Optional.of(Seasonality.quarters(2026, d("20"), d("25"), d("25"), d("30"))), Optional.empty(), 3)));

    private static QuotaInput quota(Review r) {
        return (QuotaInput) r.measure("new-arr").orElseThrow().input();
    }

    private static Relief over(DateRange part, String amount, String approved) {
        return Relief.overPart(part, d(amount), "CRM outage", "vp-sales", day(approved));
    }

    private static List<Warning.Kind> kinds(Review r) {
        return r.warnings().stream().map(Warning::kind).toList();
    }

    @Test
    void reliefOverAQuarterWithinItsShareComesOffTheTargetAsAWholeReliefWould() {
        Review r = SCORER.score(evidence("855000", Participation.full(), Map.of(), List.of(over(Q2, "100000", "2026-05-10"))));
        // 1,000,000 - 100,000 = 900,000; a = 0.95, points 100 x 0.45 / 0.5 = 90.00
        assertEquals(d("900000.00"), quota(r).target());
        assertEquals(Optional.of(d("90.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(List.of(), r.warnings());
        TargetStep step = quota(r).targetSteps().get(1);
        assertEquals("relief", step.label());
        assertEquals(d("100000.00"), step.value());
        assertEquals("CRM outage, approved by vp-sales on 2026-05-10; over 2026-04-01..2026-06-30, whose share of the target is 250000.00",
                step.detail());
        assertTrue(r.explain().contains("over 2026-04-01..2026-06-30, whose share of the target is 250000.00"), r.explain());
    }

    @Test
    void reliefOverAQuarterAboveItsShareIsLimitedToTheShareWithAWarning() {
        Review r = SCORER.score(evidence("760000", Participation.full(), Map.of(), List.of(over(Q1, "300000", "2026-04-02"))));
        // Q1's share is 20% of 1,000,000 = 200,000: the target becomes 800,000, a = 0.95, 90.00 points
        assertEquals(d("800000.00"), quota(r).target());
        assertEquals(Optional.of(d("90.00")), r.measure("new-arr").orElseThrow().points());
        assertEquals(List.of(Warning.Kind.RELIEF_CAPPED), kinds(r));
        assertEquals("new-arr: relief of 300000.00 USD over 2026-01-01..2026-03-31 exceeds what is left of that part's share of the target"
                + " (200000.00), which relief cannot take below 0; limited to 200000.00", r.warnings().get(0).message());
        assertTrue(quota(r).targetSteps().get(1).detail().contains("(300000.00 requested)"), quota(r).targetSteps().toString());
        // as the README quotes it
        assertTrue(r.explain().contains("relief: CRM outage, approved by vp-sales on 2026-04-02 (300000.00 requested); over"
                + " 2026-01-01..2026-03-31, whose share of the target is 200000.00\n"), r.explain());
        // the same amount off the whole target is not limited: 1,000,000 - 300,000 = 700,000
        Review whole = SCORER.score(evidence("760000", Participation.full(), Map.of(),
                List.of(new Relief(Relief.Kind.TARGET, d("300000"), "CRM outage", "vp-sales", day("2026-04-02")))));
        assertEquals(d("700000.00"), quota(whole).target());
    }

    @Test
    void reliefsOverTheSamePartShareWhatIsLeftOfItInApprovalOrder() {
        Review r = SCORER.score(evidence("0", Participation.full(), Map.of(),
                List.of(over(Q1, "100000", "2026-03-01"), over(Q1, "150000", "2026-02-01"), over(Q3, "50000", "2026-08-01"))));
        // Q1: 150,000 (approved first), then 50,000 of the 100,000 asked; Q3: 50,000. 1,000,000 - 250,000 = 750,000
        assertEquals(d("750000.00"), quota(r).target());
        assertEquals(List.of(d("150000.00"), d("50000.00"), d("50000.00")),
                quota(r).targetSteps().stream().skip(1).map(TargetStep::value).toList());
        assertEquals(List.of(Warning.Kind.RELIEF_CAPPED), kinds(r));
        assertTrue(r.warnings().get(0).message().endsWith("share of the target (200000.00), which relief cannot take below 0;"
                + " limited to 50000.00"), r.warnings().get(0).message());
    }

    @Test
    void thePartsShareIsWhatProrationGivesTheSubjectInThatPart() {
        // in the role from 1 May: time share 61/91 of Q2's 25% + 25% + 30% = 61/364 + 0.55 -> 717,582.42
        Participation fromMay = new Participation(Optional.of(day("2026-05-01")), Optional.empty(), List.of());
        assertEquals(d("717582.42"), quota(SCORER.score(evidence("0", fromMay))).target());
        // relief over April, when the subject was not in the role: its share is 0, so nothing comes off
        Review april = SCORER.score(evidence("0", fromMay, Map.of(), List.of(over(APRIL, "10000", "2026-05-02"))));
        assertEquals(d("717582.42"), quota(april).target());
        assertTrue(april.warnings().get(0).message().contains("(0.00), which relief cannot take below 0; limited to 0.00"),
                april.warnings().toString());
        // relief over May: its share is 31/91 x 250,000 = 85,164.84; 100,000 is limited to it -> 30/364 + 0.55 = 632,417.58
        Review may = SCORER.score(evidence("0", fromMay, Map.of(), List.of(over(MAY, "100000", "2026-06-02"))));
        assertEquals(d("632417.58"), quota(may).target());
        assertEquals(d("85164.84"), quota(may).targetSteps().get(2).value());
        assertTrue(may.warnings().get(0).message().contains("(85164.84), which relief cannot take below 0; limited to 85164.84"),
                may.warnings().toString());
    }

    @Test
    void anInterimReviewAppliesOnlyTheReliefApprovedByItsDateAndSaysSo() {
        Relief approved = over(Q2, "100000", "2026-05-15");
        Relief later = new Relief(Relief.Kind.TARGET, d("50000"), "territory change", "cro", day("2026-06-15"));
        Evidence e = evidence("200000", Participation.full(), Map.of(), List.of(later, approved));
        Review interim = SCORER.scoreInterim(e, day("2026-05-31"));
        // to 31 May: Q1 200,000 + 61/91 x 250,000 = 367,582.42; Q2's relief counts (its share to date is 167,582.42),
        // the relief approved on 15 June does not: 367,582.42 - 100,000 = 267,582.42
        assertEquals(d("267582.42"), quota(interim).target());
        assertEquals(List.of("base target", "time share", "relief"), quota(interim).targetSteps().stream().map(TargetStep::label).toList());
        assertEquals(List.of(Warning.Kind.RELIEF_NOT_YET_APPROVED), kinds(interim));
        assertEquals(new Warning(Warning.Kind.RELIEF_NOT_YET_APPROVED, "measures[new-arr].reliefs",
                "new-arr: target relief of 50000 USD (territory change) approved on 2026-06-15, after this interim review's date"
                        + " 2026-05-31: not applied"), interim.warnings().get(0));
        assertTrue(interim.explain().contains("after this interim review's date 2026-05-31: not applied"), interim.explain());
        // on 15 June it is approved, and applies
        Review june = SCORER.scoreInterim(e, day("2026-06-15"));
        assertEquals(List.of(), june.warnings().stream().filter(w -> w.kind() == Warning.Kind.RELIEF_NOT_YET_APPROVED).toList());
        assertEquals(List.of("base target", "time share", "relief", "relief"), quota(june).targetSteps().stream().map(TargetStep::label).toList());
        // the final review applies both: 1,000,000 - 150,000
        assertEquals(d("850000.00"), quota(SCORER.score(e)).target());
    }

    @Test
    void anInterimReviewCountsOnlyThePartOfAPartUpToItsDate() {
        // relief over Q3, approved in May, at an interim review on 31 May: none of Q3 is counted yet, so nothing comes off
        Review r = SCORER.scoreInterim(evidence("200000", Participation.full(), Map.of(), List.of(over(Q3, "10000", "2026-05-20"))),
                day("2026-05-31"));
        assertEquals(d("367582.42"), quota(r).target());
        assertEquals(List.of(Warning.Kind.RELIEF_CAPPED), kinds(r));
        // over Q2 at 31 May: 61 of Q2's 91 days are counted, 167,582.42; 200,000 is limited to it
        Review q2 = SCORER.scoreInterim(evidence("100000", Participation.full(), Map.of(), List.of(over(Q2, "200000", "2026-05-20"))),
                day("2026-05-31"));
        assertEquals(d("200000.00"), quota(q2).target());
    }

    @Test
    void rejectsAPartOnACreditOutsideThePeriodOrOverlappingAnother() {
        Relief credit = new Relief(Relief.Kind.CREDIT, d("10"), "reassigned", "cro", day("2026-02-01"), Optional.of(Q1));
        Relief outside = over(DateRange.of(day("2025-12-01"), day("2026-01-31")), "10", "2026-02-01");
        Relief overlapping = over(DateRange.of(day("2026-03-01"), day("2026-04-30")), "10", "2026-02-01");
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> SCORER.score(evidence("0", Participation.full(),
                Map.of(), List.of(credit, outside, over(Q1, "10", "2026-02-01"), overlapping))));
        assertEquals(List.of(
                "reliefs[0].part: relief part 2026-01-01..2026-03-31 is given for a credit; only target relief applies to a part of the period",
                "reliefs[1].part: relief part 2025-12-01..2026-01-31 is not inside the review period 2026-01-01..2026-12-31",
                "reliefs[3].part: relief part 2026-03-01..2026-04-30 overlaps part 2026-01-01..2026-03-31 of reliefs[2];"
                        + " parts of one measure's reliefs are the same range or do not overlap"),
                e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        assertTrue(e.problems().stream().map(EvidenceProblem::measureId).allMatch(Optional.of("new-arr")::equals));
    }

    @Test
    void theFingerprintNamesAPartOnlyWhenOneIsGiven() {
        Relief whole = new Relief(Relief.Kind.TARGET, d("10"), "outage", "cro", day("2026-02-01"));
        Relief q1 = Relief.overPart(Q1, d("10"), "outage", "cro", day("2026-02-01"));
        assertEquals(whole, new Relief(Relief.Kind.TARGET, d("10"), "outage", "cro", day("2026-02-01"), Optional.empty()));
        Evidence without = evidence("0", Participation.full(), Map.of(), List.of(whole));
        Evidence with = evidence("0", Participation.full(), Map.of(), List.of(q1));
        assertEquals(FingerprintReference.of(without), Fingerprint.of(without));
        assertEquals(FingerprintReference.of(with), Fingerprint.of(with));
        assertNotEquals(Fingerprint.of(without), Fingerprint.of(with));
        assertTrue(FingerprintReference.canonicalForm(with).contains("  relief TARGET 10 2026-02-01 6:outage 3:cro part 2026-01-01 2026-03-31\n"),
                FingerprintReference.canonicalForm(with));
        assertTrue(FingerprintReference.canonicalForm(without).contains("  relief TARGET 10 2026-02-01 6:outage 3:cro\n"));
    }
}
