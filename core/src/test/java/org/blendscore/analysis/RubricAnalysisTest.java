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
package org.blendscore.analysis;

import static org.blendscore.analysis.AnalysisRubrics.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.ScoreCondition;
import org.junit.jupiter.api.Test;

/** Exact numbers of the rubric analysis, on enterprise-ae (reference-scenarios.md) and on field-rep. */
class RubricAnalysisTest {

    private final RubricAnalysis ae = RubricAnalysis.of(AnalysisRubrics.enterpriseAe());
    private final RubricAnalysis field = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT));

    private static Fraction f(String decimal) {
        return Fraction.parse(decimal);
    }

    private static Cliff jump(RubricAnalysis a, String measure, String at) {
        return a.jumps().stream().filter(c -> c.measureId().equals(measure) && c.at().equals(at)).findFirst()
                .orElseThrow(() -> new AssertionError("no jump of " + measure + " at " + at + " in " + a.jumps()));
    }

    @Test
    void newArrHasHalfTheOverallAndAtMost65OverallPoints() {
        MeasureAnalysis newArr = ae.measure("new-arr").orElseThrow();
        assertEquals(f("0.5"), newArr.nominalShare());
        assertEquals(Optional.of(f("0")), newArr.minPoints());
        assertEquals(Optional.of(f("130")), newArr.maxPoints());
        assertEquals(Optional.of(f("130")), newArr.pointsRange());
        assertEquals(Optional.of(f("65")), newArr.maxInfluence());
        assertEquals(d("65.00"), newArr.maxInfluence().orElseThrow().toBigDecimal(2));
        // LEAVE_OUT: with everything else left out, new-arr is the whole overall
        assertEquals(Fraction.ONE, newArr.worstCaseShare());
        assertEquals(Optional.of(f("130")), newArr.worstCaseInfluence());
    }

    @Test
    void everyOtherEnterpriseMeasureHasItsShareAndInfluence() {
        assertEquals(Optional.of(f("20")), ae.measure("milestones").orElseThrow().maxInfluence());
        assertEquals(f("0.18"), ae.measure("customer-trust").orElseThrow().nominalShare());
        assertEquals(Optional.of(f("18")), ae.measure("customer-trust").orElseThrow().maxInfluence());
        assertEquals(f("0.12"), ae.measure("account-knowledge").orElseThrow().nominalShare());
        assertEquals(Optional.of(f("12")), ae.measure("account-knowledge").orElseThrow().maxInfluence());
    }

    @Test
    void theGateOnTheFirstBreakpointIsNoCliff() {
        Cliff gate = jump(ae, "new-arr", "attainment 0.50");
        assertEquals(CliffKind.GATE, gate.kind());
        assertEquals(Optional.of(d("0.50")), gate.attainment());
        assertEquals(Fraction.ZERO, gate.pointsBefore());
        assertEquals(Fraction.ZERO, gate.pointsAfter());
        assertEquals(Fraction.ZERO, gate.overallJump());
        assertFalse(gate.isCliff());
        assertEquals(CliffKind.BREAKPOINT, jump(ae, "new-arr", "attainment 1.00").kind());
        assertEquals(Fraction.ZERO, jump(ae, "new-arr", "attainment 1.00").pointsJump());
        assertEquals(Fraction.ZERO, jump(ae, "new-arr", "attainment 1.50").pointsJump());
        assertTrue(ae.cliffs().stream().noneMatch(c -> c.measureId().equals("new-arr")));
    }

    @Test
    void eachEnterpriseMilestoneIsACliffOfItsPointsTimesTwentyPercent() {
        Cliff discovery = jump(ae, "milestones", "milestone discovery-complete");
        assertEquals(CliffKind.MILESTONE, discovery.kind());
        assertEquals(f("20"), discovery.pointsJump());
        assertEquals(f("4"), discovery.overallJump());
        assertEquals(f("20"), discovery.worstCaseOverallJump());
        Cliff largest = ae.largestCliff().orElseThrow();
        assertEquals("milestone executive-alignment", largest.at());
        assertEquals(f("6"), largest.overallJump());
        assertEquals(4, ae.cliffs().size());
    }

    @Test
    void quantitativeAndQualitativeMeasuresEachHaveHalfTheWeight() {
        InfluenceSplit split = ae.split();
        assertEquals(f("0.5"), split.quantitativeWeight());
        assertEquals(f("0.5"), split.qualitativeWeight());
        // by influence: 0.5 x 130 = 65 against 0.2 x 100 + 0.18 x 100 + 0.12 x 100 = 50
        assertEquals(Optional.of(f("65")), split.quantitativeInfluence());
        assertEquals(Optional.of(f("50")), split.qualitativeInfluence());
        assertEquals(Optional.of(Fraction.of(10, 23)), split.qualitativeInfluenceShare());
        assertEquals(Optional.of(Fraction.of(13, 23)), split.quantitativeInfluenceShare());
    }

    @Test
    void enterpriseBandsAreAllReachableAndItsGuardCanFire() {
        assertEquals(Optional.of(f("0")), ae.lowestOverall());
        assertEquals(Optional.of(f("130")), ae.highestOverall());
        assertEquals(List.of(), ae.unreachableBands());
        assertEquals(List.of(), ae.deadGuards());
        GuardReach guard = ae.guards().get(0);
        assertTrue(guard.canHold());
        assertTrue(guard.canLowerBand());
        assertFalse(guard.alwaysHolds());
        assertEquals(Optional.of(f("0")), guard.lowestScore());
        assertEquals(Optional.of(f("100")), guard.highestScore());
        assertTrue(ae.allCurvesNonDecreasing());
        assertTrue(ae.allTierTablesComplete());
    }

    @Test
    void aGateAboveTheFirstBreakpointIsACliffOf24OverallPoints() {
        // bookings: (0.5, 0), (1.0, 100), gate 0.8; at 0.8 the points jump from 0 to 60; share 40%
        Cliff gate = jump(field, "bookings", "attainment 0.8");
        assertEquals(CliffKind.GATE, gate.kind());
        assertEquals(Fraction.ZERO, gate.pointsBefore());
        assertEquals(f("60"), gate.pointsAfter());
        assertEquals(f("0.4"), gate.nominalShare());
        assertEquals(f("24"), gate.overallJump());
        assertEquals(d("24.00"), gate.overallJump().toBigDecimal(2));
        assertEquals(f("60"), gate.worstCaseOverallJump());
        // below the gate the first breakpoint is flat at 0; the second is continuous
        assertEquals(Fraction.ZERO, jump(field, "bookings", "attainment 0.5").pointsJump());
        assertEquals(Fraction.ZERO, jump(field, "bookings", "attainment 1.0").pointsJump());
        assertEquals(gate, field.largestCliff().orElseThrow());
    }

    @Test
    void aFiftyPointTierStepAtTwentyPercentIsACliffOf10OverallPoints() {
        Cliff first = jump(field, "meetings", "attainment 0.6");
        assertEquals(CliffKind.TIER_EDGE, first.kind());
        assertEquals(f("50"), first.pointsJump());
        assertEquals(f("0.2"), first.nominalShare());
        assertEquals(f("10"), first.overallJump());
        assertEquals(d("10.00"), first.overallJump().toBigDecimal(2));
        Cliff second = jump(field, "meetings", "attainment 0.9");
        assertEquals(f("50"), second.pointsBefore());
        assertEquals(f("100"), second.pointsAfter());
        assertEquals(f("10"), second.overallJump());
    }

    @Test
    void countedMilestonesAndStagesJumpByOneStep() {
        Cliff referral = jump(field, "referrals", "each referral up to 3");
        assertEquals(CliffKind.COUNT, referral.kind());
        assertEquals(f("30"), referral.pointsJump());
        assertEquals(f("6"), referral.overallJump());
        Cliff kickoff = jump(field, "referrals", "stage kickoff of onboarding");
        assertEquals(CliffKind.STAGE, kickoff.kind());
        assertEquals(f("5"), kickoff.pointsJump());
        Cliff live = jump(field, "referrals", "stage live of onboarding");
        assertEquals(f("5"), live.pointsBefore());
        assertEquals(f("10"), live.pointsAfter());
        assertEquals(f("1"), live.overallJump());
        assertEquals(Optional.of(f("100")), field.measure("referrals").orElseThrow().maxPoints());
    }

    @Test
    void fieldRepSplitsSixtyFortyByWeightAndByInfluence() {
        assertEquals(f("0.6"), field.split().quantitativeWeight());
        assertEquals(f("0.4"), field.split().qualitativeWeight());
        assertEquals(Optional.of(f("60")), field.split().quantitativeInfluence());
        assertEquals(Optional.of(f("40")), field.split().qualitativeInfluence());
    }

    @Test
    void aBandAboveTheHighestReachableOverallIsUnreachable() {
        assertEquals(Optional.of(f("100")), field.highestOverall());
        List<BandReach> unreachable = field.unreachableBands();
        assertEquals(1, unreachable.size());
        assertEquals("Legend", unreachable.get(0).label());
        assertEquals(Optional.of("it starts at 120, above the highest reachable overall 100.00"),
                unreachable.get(0).unreachableBecause());
    }

    @Test
    void guardsThatCanNeverFireOrNeverLowerABandAreDead() {
        List<GuardReach> dead = field.deadGuards();
        assertEquals(List.of(0, 1), dead.stream().map(GuardReach::index).toList());
        GuardReach belowZero = field.guards().get(0);
        assertFalse(belowZero.canHold());
        GuardReach capAtExceeds = field.guards().get(1);
        assertTrue(capAtExceeds.canHold());
        assertFalse(capAtExceeds.canLowerBand());
        GuardReach live = field.guards().get(2);
        assertFalse(live.isDead());
    }

    @Test
    void aGuardThatAlwaysHoldsMakesTheBandsAboveItsCapUnreachable() {
        BandGuard always = new BandGuard(new ScoreCondition(ScoreCondition.Scope.SECTION, "Bookings", Comparison.AT_MOST, d("100")),
                "Meets");
        RubricAnalysis a = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.REJECT,
                AnalysisRubrics.bookingsCurve(), List.of(always)));
        assertTrue(a.guards().get(0).alwaysHolds());
        assertEquals(List.of("Legend", "Exceeds"), a.unreachableBands().stream().map(BandReach::label).toList());
        assertTrue(a.unreachableBands().get(1).unreachableBecause().orElseThrow().contains("guards[0]"));
        // under LEAVE_OUT the Bookings section can be left out, and then the guard does not hold
        RubricAnalysis leaveOut = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT,
                AnalysisRubrics.bookingsCurve(), List.of(always)));
        assertFalse(leaveOut.guards().get(0).alwaysHolds());
    }

    @Test
    void withoutRenormalisationTheWorstCaseIsTheNominalShareAndMissingEvidenceCountsZero() {
        LinearCurve floor = new LinearCurve(List.of(Breakpoint.of("0", "20"), Breakpoint.of("1", "100")), Optional.empty(), true);
        RubricAnalysis leaveOut = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, floor, List.of()));
        assertEquals(Optional.of(f("20")), leaveOut.measure("bookings").orElseThrow().minPoints());
        RubricAnalysis zero = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.COUNT_AS_ZERO, floor, List.of()));
        MeasureAnalysis bookings = zero.measure("bookings").orElseThrow();
        assertEquals(Optional.of(f("0")), bookings.minPoints());
        assertEquals(f("0.4"), bookings.worstCaseShare());
        Cliff referral = jump(zero, "referrals", "each referral up to 3");
        assertEquals(referral.overallJump(), referral.worstCaseOverallJump());
        // no renormalisation: the overall ranges over the weighted sums
        assertEquals(Optional.of(f("0")), zero.lowestOverall());
        assertEquals(Optional.of(f("100")), zero.highestOverall());
    }

    @Test
    void anUncappedRisingCurveHasUnboundedInfluence() {
        LinearCurve uncapped = new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1.0", "100")), Optional.empty(), false);
        RubricAnalysis a = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, uncapped, List.of()));
        MeasureAnalysis bookings = a.measure("bookings").orElseThrow();
        assertEquals(Optional.empty(), bookings.maxPoints());
        assertEquals(Optional.empty(), bookings.maxInfluence());
        assertEquals(Optional.empty(), a.highestOverall());
        assertEquals(Optional.empty(), a.split().quantitativeInfluence());
        assertEquals(Optional.of(f("40")), a.split().qualitativeInfluence());
        assertEquals(List.of(), a.unreachableBands());
        assertTrue(a.report().contains("bookings (Bookings, quantitative): share 40.00%, points 0.00..unbounded, maximum influence unbounded"),
                a.report());
    }

    @Test
    void aCurveWhosePointsFallIsReported() {
        LinearCurve falling = new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1.0", "100"),
                Breakpoint.of("1.5", "80")), Optional.empty(), true);
        // the default fairness rules reject a falling curve, so the rubric is built without them
        RubricAnalysis a = RubricAnalysis.of(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, falling, List.of(),
                FairnessRules.none()));
        assertFalse(a.allCurvesNonDecreasing());
        CurveAnalysis curve = a.measure("bookings").orElseThrow().curve().orElseThrow();
        assertEquals(1, curve.drops().size());
        assertEquals("breakpoints[1] (1.0) to breakpoints[2] (1.5)", curve.drops().get(0).where());
        assertEquals(f("20"), curve.drops().get(0).fall());
        assertTrue(a.report().contains("bookings: DECREASING"), a.report());
    }

    @Test
    void theReportShowsEveryFindingInWords() {
        String report = field.report();
        assertTrue(report.startsWith("Analysis of rubric field-rep version 2026.1 (missing evidence: LEAVE_OUT)\n"), report);
        assertTrue(report.contains("Overall: from 0.00 to 100.00"), report);
        assertTrue(report.contains("bookings (Bookings, quantitative): share 40.00%, points 0.00..100.00, maximum influence 40.00"
                + " overall points (worst case 100.00)"), report);
        assertTrue(report.contains("referrals, each referral up to 3: 0.00 -> 30.00 points = +6.00 overall at share 20.00%"),
                report);
        assertTrue(report.contains("by weight: quantitative 60.00%, qualitative 40.00%"), report);
        assertTrue(report.contains("by maximum influence: quantitative 60.00, qualitative 40.00 overall points (60.00% against 40.00%)"),
                report);
        assertTrue(report.contains("bookings, gate at attainment 0.8: 0.00 -> 60.00 points = +24.00 overall at share 40.00%"
                + " (worst case +60.00)"), report);
        assertTrue(report.contains("bookings, breakpoint at attainment 0.5: 0.00 -> 0.00 points, no jump"), report);
        assertTrue(report.contains("meetings, tier edge at attainment 0.9: 50.00 -> 100.00 points = +10.00 overall"), report);
        assertTrue(report.contains("largest: bookings, gate at attainment 0.8, +24.00 overall points"), report);
        assertTrue(report.contains("tiers (edges belong to the higher tier): [0, 0.6) [0.6, 0.9) [0.9, \u221e); no gaps, no overlaps"),
                report);
        assertTrue(report.contains("Legend (from 120): UNREACHABLE: it starts at 120, above the highest reachable overall 100.00"),
                report);
        assertTrue(report.contains("guards[0] when section Relationship < 0, at most Meets (the score ranges 0.00..100.00):"
                + " NEVER FIRES"), report);
        assertTrue(report.contains("guards[1] when measure bookings < 50, at most Exceeds (the score ranges 0.00..100.00):"
                + " NEVER LOWERS A BAND"), report);
        assertTrue(report.contains("guards[2] when section Relationship < 50, at most Meets (the score ranges 0.00..100.00): can fire"),
                report);
        assertEquals(report, field.toString());
    }
}
