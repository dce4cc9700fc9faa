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
package org.blendscore.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;

/** A curve's points, exactly, from the model: breakpoints, gate, cap, tiers and the edge rule. */
class CurvePointsTest {

    private static final LinearCurve ACCELERATOR = new LinearCurve(
            List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1.0", "100"), Breakpoint.of("1.5", "130")),
            Optional.of(new BigDecimal("0.6")), false);

    private static Fraction at(String attainment) {
        return Fraction.parse(attainment);
    }

    @Test
    void linearCurveInterpolatesGatesAndContinuesUncapped() {
        assertEquals(Fraction.ZERO, ACCELERATOR.pointsAt(at("0.59")));
        assertEquals(Fraction.of(20), ACCELERATOR.pointsAt(at("0.6")));
        assertEquals(Fraction.of(100, 3), ACCELERATOR.pointsAt(Fraction.of(2, 3)));
        assertEquals(Fraction.of(100), ACCELERATOR.pointsAt(at("1.0")));
        assertEquals(Fraction.of(115), ACCELERATOR.pointsAt(at("1.25")));
        assertEquals(Fraction.of(160), ACCELERATOR.pointsAt(at("2.0")));
    }

    @Test
    void linearCurveStaysAtItsFirstPointsBelowAndItsLastWhenCapped() {
        LinearCurve capped = new LinearCurve(ACCELERATOR.breakpoints(), Optional.empty(), true);
        assertEquals(Fraction.ZERO, capped.pointsAt(at("0.1")));
        assertEquals(Fraction.of(130), capped.pointsAt(at("1.5")));
        assertEquals(Fraction.of(130), capped.pointsAt(at("9")));
        LinearCurve flatStart = new LinearCurve(List.of(Breakpoint.of("0.5", "10"), Breakpoint.of("1", "20")), Optional.empty(), true);
        assertEquals(Fraction.of(10), flatStart.pointsAt(Fraction.ZERO));
    }

    @Test
    void tierCurveFollowsItsEdgeRule() {
        List<Tier> tiers = List.of(new Tier(BigDecimal.ZERO, Optional.of(BigDecimal.ONE), BigDecimal.ZERO),
                new Tier(BigDecimal.ONE, Optional.of(new BigDecimal("1.2")), new BigDecimal("50")),
                new Tier(new BigDecimal("1.2"), Optional.empty(), new BigDecimal("80")));
        TierCurve higher = new TierCurve(tiers, TierEdge.HIGHER);
        TierCurve lower = new TierCurve(tiers, TierEdge.LOWER);
        assertEquals(Fraction.of(50), higher.pointsAt(at("1")));
        assertEquals(Fraction.ZERO, lower.pointsAt(at("1")));
        assertEquals(Fraction.of(50), lower.pointsAt(at("1.2")));
        assertEquals(Fraction.of(80), higher.pointsAt(at("1.2")));
        assertEquals(Fraction.of(50), lower.pointsAt(at("1.1")));
        assertEquals(Fraction.of(80), lower.pointsAt(at("7")));
        assertEquals(Fraction.ZERO, higher.pointsAt(Fraction.ZERO));
    }

    @Test
    void aCurveWithoutPartsNamesWhatIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new LinearCurve(List.of(), Optional.empty(), true).pointsAt(Fraction.ONE));
        assertEquals("a curve without breakpoints gives no points (a rubric rejects such a curve)", e.getMessage());
        assertThrows(IllegalStateException.class, () -> new TierCurve(List.of(), TierEdge.HIGHER).pointsAt(Fraction.ONE));
    }
}
