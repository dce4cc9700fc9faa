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
import static org.blendscore.hostile.HostileFixtures.actual;
import static org.blendscore.hostile.HostileFixtures.quotaRubric;
import static org.blendscore.hostile.HostileFixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.analysis.CurveAnalysis;
import org.blendscore.analysis.TierOverlap;
import org.blendscore.analysis.TierTableAnalysis;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Rubrics and evidence with tens of thousands of parts cost linear (or n log n) time and memory: each
 * is compiled under the default fairness rules (which run the analysis) and scored to the exact
 * result, within a bound of allocated bytes per part that the quadratic checks broke by two to three
 * orders of magnitude (20,000 breakpoints once allocated 100 GB).
 */
class HostileSizesTest {

    /** Bytes a part of a rubric or record may cost to check, analyse and compile: generous, and far below quadratic. */
    private static final long BYTES_PER_PART = 16 * 1024;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal ratio(long n, int scale) {
        return BigDecimal.valueOf(n, scale);
    }

    @Test
    void compilesACurveOfTwentyThousandBreakpointsInLinearMemory() {
        int n = 20_000;
        List<Breakpoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // attainment i / 10,000, points i / 200: the straight line through (1, 50)
            points.add(new Breakpoint(ratio(i, 4), ratio(i * 5L, 3)));
        }
        LinearCurve curve = new LinearCurve(points, Optional.of(d("0.1")), true);
        Scorer[] scorer = new Scorer[1];
        long bytes = AllocatedBytes.of(() -> scorer[0] = Scorer.of(quotaRubric(curve, List.of())));
        assertTrue(bytes < n * BYTES_PER_PART, () -> "compiling " + n + " breakpoints allocated " + bytes + " bytes");

        assertEquals(d("75.00"), scorer[0].score(actual("sam", "150")).overall());
        assertEquals(d("0.00"), scorer[0].score(actual("sam", "9.99")).overall());
        CurveAnalysis analysis = CurveAnalysis.of(curve);
        assertTrue(analysis.nonDecreasing());
        assertEquals(n, analysis.edges().size(), "every breakpoint an edge, the gate one of them");
        assertEquals(d("99.995"), analysis.maxPoints().orElseThrow().toBigDecimal(3));
    }

    @Test
    void compilesATableOfFortyThousandTiersInLinearMemory() {
        int n = 40_000;
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<BigDecimal> to = i + 1 < n ? Optional.of(ratio(i + 1, 4)) : Optional.empty();
            tiers.add(new Tier(ratio(i, 4), to, ratio(i * 25L, 4)));
        }
        TierCurve curve = new TierCurve(tiers, TierEdge.HIGHER);
        Scorer[] scorer = new Scorer[1];
        long bytes = AllocatedBytes.of(() -> scorer[0] = Scorer.of(quotaRubric(curve, List.of())));
        assertTrue(bytes < n * BYTES_PER_PART, () -> "compiling " + n + " tiers allocated " + bytes + " bytes");

        // attainment 1.5 is tier 15,000, worth 15,000 x 0.0025 points
        assertEquals(d("37.50"), scorer[0].score(actual("sam", "150")).overall());
        assertTrue(TierTableAnalysis.of(curve).isComplete());
    }

    @Test
    void listsAHundredOverlapsOfFortyThousandTiersThatAllOverlap() {
        int n = 40_000;
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tiers.add(new Tier(BigDecimal.ZERO, Optional.empty(), BigDecimal.TEN));
        }
        // 800 million pairs overlap; listing them all would take gigabytes
        TierTableAnalysis[] table = new TierTableAnalysis[1];
        long bytes = AllocatedBytes.of(() -> table[0] = TierTableAnalysis.of(new TierCurve(tiers, TierEdge.HIGHER)));
        assertTrue(bytes < n * BYTES_PER_PART, () -> "analysing " + n + " tiers allocated " + bytes + " bytes");

        List<TierOverlap> overlaps = table[0].overlaps();
        assertEquals(TierTableAnalysis.MAX_LISTED_OVERLAPS, overlaps.size());
        for (int k = 1; k < overlaps.size(); k++) {
            TierOverlap a = overlaps.get(k - 1);
            TierOverlap b = overlaps.get(k);
            assertTrue(a.first() < b.first() || (a.first() == b.first() && a.second() < b.second()), "declaration order");
        }
        assertTrue(overlaps.stream().allMatch(o -> o.first() < o.second()));
        assertEquals(List.of(), table[0].gaps());
    }

    @Test
    void compilesFortyThousandGuardsInLinearMemory() {
        int n = 40_000;
        List<BandGuard> guards = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            // Revenue below 0.000 .. 39.998: none holds for a Revenue of 95
            guards.add(new BandGuard(ScoreCondition.sectionBelow("Revenue", ratio(i, 3)), "Meets"));
        }
        guards.add(new BandGuard(ScoreCondition.sectionBelow("Revenue", d("96")), "Meets"));
        Scorer[] scorer = new Scorer[1];
        long bytes = AllocatedBytes.of(() -> scorer[0] = Scorer.of(quotaRubric(straight(), guards)));
        assertTrue(bytes < n * BYTES_PER_PART, () -> "compiling " + n + " guards allocated " + bytes + " bytes");

        Review review = scorer[0].score(actual("sam", "95"));
        assertEquals(d("95.00"), review.overall());
        assertEquals(Optional.of("Meets"), review.band(), "the last guard caps Exceeds");
        assertEquals(Optional.of("Exceeds"), review.bandBeforeGuards());
    }

    @Test
    void findsCheckInDatesGivenTwiceAmongAHundredThousandInLinearMemory() {
        Scorer scorer = Scorer.of(quotaRubric(straight(), List.of()));
        int n = 100_000;
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            checkIns.add(new CheckIn(YEAR.start().plusDays(i % 365), BigDecimal.ONE));
        }
        QuotaActual arr = new QuotaActual(d("50"), List.of(), checkIns);
        InvalidEvidenceException[] thrown = new InvalidEvidenceException[1];
        long bytes = AllocatedBytes.of(() -> thrown[0] = assertThrows(InvalidEvidenceException.class,
                () -> scorer.score(HostileFixtures.evidence("sam", arr))));
        assertTrue(bytes < n * BYTES_PER_PART / 16, () -> "checking " + n + " check-ins allocated " + bytes + " bytes");

        // every date from the 366th check-in on was given before
        InvalidEvidenceException e = thrown[0];
        assertEquals(InvalidEvidenceException.MAX_LISTED_PROBLEMS, e.problems().size());
        assertEquals(n - 365 - InvalidEvidenceException.MAX_LISTED_PROBLEMS, e.omittedProblems());
        assertEquals("checkIns[365].date", e.problems().get(0).field());
        assertTrue(e.problems().get(0).message().contains("2026-01-01"), e.problems().get(0).message());
    }

    @Test
    void compilesAndScoresACurveOfAHundredThousandBreakpoints() {
        int n = 100_000;
        List<Breakpoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new Breakpoint(ratio(i, 5), ratio(i, 3)));
        }
        LinearCurve curve = new LinearCurve(points, Optional.empty(), true);
        Rubric rubric = quotaRubric(curve, List.of());
        assertEquals(d("50.00"), Scorer.of(rubric).score(actual("sam", "50")).overall());
    }
}
