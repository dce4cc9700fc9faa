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
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.junit.jupiter.api.Test;

/** Gaps and overlaps of tier tables, DMN style, on tier curves that a rubric would mostly reject. */
class TierTableAnalysisTest {

    private static List<String> gaps(TierCurve c) {
        return TierTableAnalysis.of(c).gaps().stream().map(Interval::toString).toList();
    }

    private static List<String> overlaps(TierCurve c) {
        return TierTableAnalysis.of(c).overlaps().stream().map(TierOverlap::toString).toList();
    }

    @Test
    void aContiguousTableHasNoGapsAndNoOverlaps() {
        TierTableAnalysis a = TierTableAnalysis.of(AnalysisRubrics.meetingsCurve());
        assertTrue(a.isComplete());
        assertEquals("[[0, 0.6), [0.6, 0.9), [0.9, \u221e)]", a.tiers().toString());
    }

    @Test
    void edgesBelongingToTheLowerTierCloseTheUpperBounds() {
        TierTableAnalysis a = TierTableAnalysis.of(tiers(TierEdge.LOWER, tier("0", "0.6", "0"), tier("0.6", "0.9", "50"),
                tier("0.9", null, "100")));
        assertTrue(a.isComplete());
        assertEquals("[[0, 0.6], (0.6, 0.9], (0.9, \u221e)]", a.tiers().toString());
    }

    @Test
    void aTierStartingAboveThePreviousEndLeavesAGap() {
        TierCurve gap = tiers(TierEdge.HIGHER, tier("0", "0.8", "0"), tier("0.9", null, "100"));
        assertEquals(List.of("[0.8, 0.9)"), gaps(gap));
        assertEquals(List.of(), overlaps(gap));
        TierCurve lower = tiers(TierEdge.LOWER, tier("0", "0.8", "0"), tier("0.9", null, "100"));
        assertEquals(List.of("(0.8, 0.9]"), gaps(lower));
    }

    @Test
    void aRubricRejectsTheGapThatTheAnalysisFinds() {
        TierCurve gap = tiers(TierEdge.HIGHER, tier("0", "0.8", "0"), tier("0.9", null, "100"));
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> DeclaredRules.check(AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, gap, List.of())));
        assertTrue(e.getMessage().contains("[0.8, 0.9)"), e.getMessage());
    }

    @Test
    void aTableStartingAboveZeroLeavesAGapFromZero() {
        assertEquals(List.of("[0, 0.5)"), gaps(tiers(TierEdge.HIGHER, tier("0.5", null, "100"))));
        // edges to the lower tier: 0.5 itself belongs to no tier either
        assertEquals(List.of("[0, 0.5]"), gaps(tiers(TierEdge.LOWER, tier("0.5", "1.0", "50"), tier("1.0", null, "100"))));
    }

    @Test
    void aTableWithoutAnOpenTopTierLeavesAGapToInfinity() {
        assertEquals(List.of("[0, 0.5)", "[1.0, \u221e)"), gaps(tiers(TierEdge.HIGHER, tier("0.5", "1.0", "50"))));
        assertEquals(List.of("(1.0, \u221e)"), gaps(tiers(TierEdge.LOWER, tier("0", "1.0", "50"))));
    }

    @Test
    void tiersClaimingTheSameAttainmentsOverlap() {
        assertEquals(List.of("tiers[0] and tiers[1] overlap on [0.8, 1.0)"),
                overlaps(tiers(TierEdge.HIGHER, tier("0", "1.0", "50"), tier("0.8", null, "100"))));
        assertEquals(List.of("tiers[0] and tiers[1] overlap on (0.8, 1.0]"),
                overlaps(tiers(TierEdge.LOWER, tier("0", "1.0", "50"), tier("0.8", null, "100"))));
        assertEquals(List.of("tiers[0] and tiers[1] overlap on [1.0, \u221e)"),
                overlaps(tiers(TierEdge.HIGHER, tier("0", null, "0"), tier("1.0", null, "100"))));
        assertEquals(List.of(), gaps(tiers(TierEdge.HIGHER, tier("0", "1.0", "50"), tier("0.8", null, "100"))));
    }

    @Test
    void aTierWhoseEndIsNotAboveItsStartIsEmpty() {
        TierTableAnalysis a = TierTableAnalysis.of(tiers(TierEdge.HIGHER, tier("0", "1.0", "0"), tier("1.0", "0.8", "50"),
                tier("1.0", null, "100")));
        assertEquals(List.of(1), a.emptyTiers());
        assertEquals(List.of(), a.gaps());
        assertEquals(List.of(), a.overlaps());
        assertFalse(a.isComplete());
        assertTrue(a.toString().contains("empty: tiers[1] [1.0, 0.8) holds no attainment"), a.toString());
    }

    @Test
    void intervalsKnowTheirBounds() {
        Interval closedOpen = Interval.closedOpen(d("0.8"), d("1.0"));
        assertTrue(closedOpen.contains(d("0.8")));
        assertFalse(closedOpen.contains(d("1.0")));
        assertTrue(Interval.openClosed(d("0.8"), d("1.0")).contains(d("1.00")));
        assertFalse(Interval.openClosed(d("0.8"), d("1.0")).contains(d("0.8")));
        assertTrue(Interval.above(d("1")).contains(d("1000000")));
        assertTrue(Interval.closedOpen(d("1"), d("1")).isEmpty());
        assertFalse(Interval.closed(d("1"), d("1")).isEmpty());
        assertEquals(Optional.of(Interval.closed(d("1.0"), d("1.0"))),
                Interval.closed(d("0.5"), d("1.0")).intersection(Interval.atLeast(d("1.0"))));
        assertEquals(Optional.empty(), Interval.closedOpen(d("0.5"), d("1.0")).intersection(Interval.atLeast(d("1.0"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Interval(d("1"), true, Optional.empty(), true));
        assertEquals("the interval from 1 has no upper bound, so its upper bound cannot be closed", e.getMessage());
    }
}
