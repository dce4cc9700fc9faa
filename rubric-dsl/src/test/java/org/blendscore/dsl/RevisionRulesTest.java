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
package org.blendscore.dsl;

import static org.blendscore.dsl.DiffVariant.diff;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.blendscore.revision.Revision;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.blendscore.revision.RubricDiff;
import org.blendscore.revision.RuleViolation;
import org.blendscore.rubric.DateRange;
import org.junit.jupiter.api.Test;

/** Each revision rule kept and broken, with the exact message and the figures before and after. */
class RevisionRulesTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);
    private static final Revision BETWEEN_PERIODS = Revision.by("dana", JUNE);

    private static List<RuleViolation> check(RevisionRule rule, RubricDiff diff, Revision revision) {
        return RevisionRules.of(rule).check(diff, revision);
    }

    private static RubricDiff moreRevenue() {
        // Revenue 50 -> 70, Relationship 30 -> 10: qualitative share 50% -> 30%
        return diff(v -> v.revenue = 70);
    }

    @Test
    void aQualitativeShareAtTheFloorPasses() {
        assertTrue(check(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(30)), moreRevenue(), BETWEEN_PERIODS).isEmpty());
    }

    @Test
    void aQualitativeShareBelowTheFloorIsNamedWithBothFigures() {
        List<RuleViolation> v = check(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(40)), moreRevenue(), BETWEEN_PERIODS);
        assertEquals(List.of(new RuleViolation("qualitative share at least 40%", Optional.of("50.00%"), Optional.of("30.00%"),
                "rule 'qualitative share at least 40%' broken: the qualitative share goes from 50.00% to 30.00%, below 40%")), v);
    }

    @Test
    void aShareMovingByExactlyTheLimitPasses() {
        assertTrue(check(new RevisionRule.MaxShareMove(BigDecimal.valueOf(20)), moreRevenue(), BETWEEN_PERIODS).isEmpty());
    }

    @Test
    void everyShareMovingTooFarIsNamed() {
        List<RuleViolation> v = check(new RevisionRule.MaxShareMove(new BigDecimal("19.5")), moreRevenue(), BETWEEN_PERIODS);
        assertEquals(List.of(
                "rule 'no measure's nominal share moves by more than 19.5 points' broken: the nominal share of measures[new-arr]"
                        + " goes from 50.00% to 70.00% (+20.00 points)",
                "rule 'no measure's nominal share moves by more than 19.5 points' broken: the nominal share of measures[customer-trust]"
                        + " goes from 30.00% to 10.00% (-20.00 points)"),
                v.stream().map(RuleViolation::message).toList());
        assertEquals(Optional.of("50.00%"), v.get(0).before());
        assertEquals(Optional.of("70.00%"), v.get(0).after());
    }

    @Test
    void aMeasureAddedMovesItsShareFromZero() {
        RubricDiff diff = diff(v -> {
            v.arrWeight = 90;
            v.revenueMore = s -> s.quota("cycle-days", 10, q -> q.rate(90, "days").lowerIsBetter()
                    .curve(linear().point(0.5, 0).point(1.0, 100).capped()));
        });
        assertEquals(List.of("rule 'no measure's nominal share moves by more than 4 points' broken: the nominal share of"
                        + " measures[new-arr] goes from 50.00% to 45.00% (-5.00 points)",
                        "rule 'no measure's nominal share moves by more than 4 points' broken: the nominal share of"
                        + " measures[cycle-days] goes from 0.00% to 5.00% (+5.00 points)"),
                check(new RevisionRule.MaxShareMove(BigDecimal.valueOf(4)), diff, BETWEEN_PERIODS).stream()
                        .map(RuleViolation::message).toList());
    }

    @Test
    void aRevisionBetweenPeriodsNeedsNeitherReasonNorApprover() {
        assertTrue(check(new RevisionRule.ReasonAndApproverInRunningPeriod(), moreRevenue(), BETWEEN_PERIODS).isEmpty());
    }

    @Test
    void aRevisionInsideARunningPeriodWithReasonAndApproverPasses() {
        Revision r = Revision.by("dana", JUNE).because("a new competitor").approvedBy("lee").inRunningPeriod(DateRange.year(2026));
        assertTrue(check(new RevisionRule.ReasonAndApproverInRunningPeriod(), moreRevenue(), r).isEmpty());
    }

    @Test
    void aRevisionInsideARunningPeriodWithoutReasonOrApproverIsNamed() {
        Revision r = Revision.by("dana", JUNE).inRunningPeriod(DateRange.year(2026));
        assertEquals(List.of(new RuleViolation("a revision inside a running period needs a reason and an approver", Optional.empty(),
                        Optional.empty(), "rule 'a revision inside a running period needs a reason and an approver' broken: the revision"
                        + " by dana on 2026-06-15 inside the running period 2026-01-01..2026-12-31 has no reason and no approver")),
                check(new RevisionRule.ReasonAndApproverInRunningPeriod(), moreRevenue(), r));
        assertEquals(List.of("rule 'a revision inside a running period needs a reason and an approver' broken: the revision"
                        + " by dana on 2026-06-15 inside the running period 2026-01-01..2026-12-31 has no approver"),
                check(new RevisionRule.ReasonAndApproverInRunningPeriod(), moreRevenue(), r.because("a new competitor")).stream()
                        .map(RuleViolation::message).toList());
    }

    @Test
    void aWithholdingExposureThatGrowsIsNamedAndOneThatShrinksPasses() {
        // a second measure in Revenue lets new-arr's evidence be left out while cycle-days is scored at its best
        RubricDiff grows = diff(v -> {
            v.arrWeight = 70;
            v.revenueMore = s -> s.quota("cycle-days", 30, q -> q.rate(90, "days").lowerIsBetter()
                    .curve(linear().point(0.5, 0).point(1.0, 100).point(1.25, 110).capped()));
        });
        List<RuleViolation> v = check(new RevisionRule.WithholdingMayNotGrow(), grows, BETWEEN_PERIODS);
        // before: leaving Revenue (50) out while Progression (20) scores 100 gains 100 x 50 / 70 = 71.43 (rounded);
        // after: leaving new-arr (70) out while cycle-days (30) scores 110 lifts Revenue from 33 to 110, a gain of 77
        assertEquals(List.of(new RuleViolation("the withholding exposure may not grow", Optional.of("\u224871.43"), Optional.of("77.00"),
                "rule 'the withholding exposure may not grow' broken: the withholding exposure goes from \u224871.43 to 77.00 points")), v);
        RubricDiff shrinks = RubricDiff.between(buildGrown(), new DiffVariant().build());
        assertTrue(check(new RevisionRule.WithholdingMayNotGrow(), shrinks, BETWEEN_PERIODS).isEmpty());
    }

    private static org.blendscore.rubric.Rubric buildGrown() {
        DiffVariant v = new DiffVariant();
        v.arrWeight = 70;
        v.revenueMore = s -> s.quota("cycle-days", 30, q -> q.rate(90, "days").lowerIsBetter()
                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.25, 110).capped()));
        return v.build();
    }

    @Test
    void rejectsARuleKindDeclaredTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RevisionRules.of(
                new RevisionRule.WithholdingMayNotGrow(), new RevisionRule.WithholdingMayNotGrow()));
        assertEquals("rules[1]: a rubric family declares at most one WithholdingMayNotGrow rule", e.getMessage());
    }

    @Test
    void rejectsALimitOutsideZeroToHundred() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(101)));
        assertEquals("MinQualitativeShare.percent must lie between 0 and 100, found 101", e.getMessage());
    }

    @Test
    void rejectsABlankAuthorAndADateOutsideTheRunningPeriod() {
        assertEquals("a revision's author must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Revision.by(" ", JUNE)).getMessage());
        assertEquals("a revision dated 2026-06-15 cannot be inside the running period 2027-01-01..2027-12-31",
                assertThrows(IllegalArgumentException.class, () -> BETWEEN_PERIODS.inRunningPeriod(DateRange.year(2027))).getMessage());
    }
}
