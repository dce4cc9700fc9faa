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

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.ScoreCondition;
import org.junit.jupiter.api.Test;

/**
 * A guard on a section is decided on the section's shown score in units of the scale, against its
 * threshold rounded down and up; that must agree with comparing the decimals, for every comparison,
 * for thresholds with more decimals than the scale, and at the threshold itself.
 */
class GuardInUnitsTest {

    private static CompiledGuard guard(Comparison c, BigDecimal threshold, int scale) {
        BigDecimal scaled = threshold.movePointRight(scale);
        return new CompiledGuard(new BandGuard(new ScoreCondition(ScoreCondition.Scope.SECTION, "S", c, threshold), "B"),
                0, true, 0, 0, null, scaled.setScale(0, RoundingMode.FLOOR).longValueExact(),
                scaled.setScale(0, RoundingMode.CEILING).longValueExact());
    }

    @Test
    void agreesWithComparingTheDecimals() {
        qt().withExamples(20_000).forAll(integers().between(0, Comparison.values().length - 1), longs().between(-20_000, 20_000),
                        integers().between(0, 4), longs().between(-20_000, 20_000))
                .check((c, thresholdUnscaled, thresholdScale, offset) -> {
                    Comparison comparison = Comparison.values()[c];
                    int scale = 2;
                    BigDecimal threshold = BigDecimal.valueOf(thresholdUnscaled, thresholdScale);
                    // scores near the threshold and on it, in units of the scale
                    long near = threshold.movePointRight(scale).setScale(0, RoundingMode.FLOOR).longValueExact() + offset % 3;
                    for (long units : new long[] {near, offset}) {
                        BigDecimal score = BigDecimal.valueOf(units, scale);
                        int inUnits = guard(comparison, threshold, scale).holdsInUnits(units);
                        if (inUnits != (comparison.holds(score, threshold) ? 1 : 0)) {
                            return false;
                        }
                    }
                    return guard(comparison, threshold, scale).holdsInUnits(Long.MIN_VALUE) == -1;
                });
    }
}
