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
import static org.blendscore.analysis.AnalysisRubrics.tier;
import static org.blendscore.analysis.AnalysisRubrics.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.junit.jupiter.api.Test;

/** Curves analysed on their own: edges, extremes and monotonicity, exactly. */
class CurveAnalysisTest {

    private static LinearCurve linear(Optional<String> gate, boolean capped, Breakpoint... bps) {
        return new LinearCurve(List.of(bps), gate.map(AnalysisRubrics::d), capped);
    }

    @Test
    void aGateInsideASegmentJumpsToTheInterpolatedPointsExactly() {
        CurveAnalysis a = CurveAnalysis.of(linear(Optional.of("1"), true, Breakpoint.of("0", "0"), Breakpoint.of("3", "100")));
        CurveEdge gate = a.edges().stream().filter(e -> e.kind() == CliffKind.GATE).findFirst().orElseThrow();
        assertEquals(d("1"), gate.attainment());
        assertEquals(Fraction.ZERO, gate.pointsBelow());
        assertEquals(Fraction.of(100, 3), gate.pointsAbove());
        assertEquals(Fraction.of(100, 3), gate.jump());
        assertEquals(Optional.empty(), gate.jump().toExactDecimal());
        assertEquals("\u224833.33", AnalysisText.number(gate.jump(), 2));
        assertEquals(List.of(d("0"), d("1"), d("3")), a.edges().stream().map(CurveEdge::attainment).toList());
    }

    @Test
    void aGateBelowTheFirstBreakpointJumpsToTheFirstBreakpointsPoints() {
        CurveAnalysis a = CurveAnalysis.of(linear(Optional.of("0.3"), true, Breakpoint.of("0.5", "20"), Breakpoint.of("1", "100")));
        assertEquals(Fraction.of(20), a.edges().get(0).jump());
        assertEquals(CliffKind.GATE, a.edges().get(0).kind());
        assertEquals(Fraction.ZERO, a.edges().get(1).jump());
        assertEquals(Optional.of(Fraction.ZERO), a.minPoints());
        assertEquals(Optional.of(Fraction.of(100)), a.maxPoints());
        assertTrue(a.nonDecreasing());
    }

    @Test
    void withoutAGateTheLowestPointsAreTheFirstBreakpoints() {
        CurveAnalysis a = CurveAnalysis.of(linear(Optional.empty(), true, Breakpoint.of("0.5", "20"), Breakpoint.of("1", "100")));
        assertEquals(Optional.of(Fraction.of(20)), a.minPoints());
        assertEquals(Optional.of(Fraction.of(80)), a.pointsRange());
    }

    @Test
    void anUncappedFallingLastSegmentFallsWithoutBound() {
        CurveAnalysis a = CurveAnalysis.of(linear(Optional.empty(), false, Breakpoint.of("0.5", "50"), Breakpoint.of("1", "100"),
                Breakpoint.of("2", "90")));
        assertFalse(a.nonDecreasing());
        assertEquals(Optional.empty(), a.minPoints());
        assertEquals(Optional.of(Fraction.of(100)), a.maxPoints());
        assertTrue(a.drops().get(0).where().endsWith("and on without bound beyond the last breakpoint (uncapped)"),
                a.drops().get(0).where());
    }

    @Test
    void tierStepsAreEdgesAndAFallingTierIsADrop() {
        TierCurve falling = tiers(TierEdge.HIGHER, tier("0", "1.0", "50"), tier("1.0", "1.5", "100"), tier("1.5", null, "70"));
        CurveAnalysis a = CurveAnalysis.of(falling);
        assertEquals(2, a.edges().size());
        assertEquals(Fraction.of(50), a.edges().get(0).jump());
        assertEquals(Fraction.of(-30), a.edges().get(1).jump());
        assertEquals(1, a.drops().size());
        assertEquals("tiers[1] [1.0, 1.5) to tiers[2] [1.5, \u221e)", a.drops().get(0).where());
        assertEquals(Optional.of(Fraction.of(50)), a.minPoints());
        assertEquals(Optional.of(Fraction.of(100)), a.maxPoints());
        assertTrue(a.tierTable().orElseThrow().isComplete());
    }

    @Test
    void aCurveNoRubricWouldAcceptIsRejectedWithTheOffendingValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveAnalysis.of(linear(Optional.empty(), true, Breakpoint.of("1.0", "0"), Breakpoint.of("0.5", "100"))));
        assertEquals("breakpoints[1] attainment 0.5 does not increase on the previous breakpoint's 1.0", e.getMessage());
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> CurveAnalysis.of(linear(Optional.empty(), true, Breakpoint.of("1.0", "0"))));
        assertEquals("a linear curve needs at least 2 breakpoints, found 1", one.getMessage());
    }
}
