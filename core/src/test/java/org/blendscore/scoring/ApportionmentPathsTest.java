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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Largest-remainder apportionment has a fast path (floors and remainders in longs, remainders compared
 * as doubles where they are clearly apart) and a plain exact path (BigIntegers and exact fractions),
 * taken when a number outgrows a long. Both must hand out exactly the same units as a naive reference:
 * every contribution rounded down, and the units missing to the rounded overall given one each to the
 * largest remainders, ties to the measure declared first. Contributions are drawn so that remainders
 * tie and nearly tie often (small denominators, repeated values).
 */
class ApportionmentPathsTest {

    private static final int SCALE = 2;

    /** One measure's exact contribution, or none when it has no points. */
    private record Part(boolean scored, long num, long den) {
        Fraction exact() {
            return Fraction.of(num, den);
        }
    }

    private static Gen<Part> parts() {
        Gen<Long> nums = longs().between(0, 13_000).mix(longs().between(0, 3_000_000_000L), 20);
        Gen<Long> dens = longs().between(1, 12).mix(longs().between(1, 1_000_000_007L), 30);
        return integers().between(0, 9).zip(nums, dens, (s, n, d) -> new Part(s != 0, n, d));
    }

    private static MeasureSlot[] slots(List<Part> parts) {
        MeasureSlot[] slots = new MeasureSlot[parts.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new MeasureSlot(null, i);
            Part p = parts.get(i);
            slots[i].hasPoints = p.scored();
            slots[i].exact.set(p.num(), p.den());
        }
        return slots;
    }

    /** The naive reference: units per measure (0 for one without points). */
    private static long[] reference(List<Part> parts, long overallUnits) {
        long[] units = new long[parts.size()];
        List<Integer> scored = new ArrayList<>();
        Fraction[] remainder = new Fraction[parts.size()];
        long sum = 0;
        for (int i = 0; i < units.length; i++) {
            if (parts.get(i).scored()) {
                Fraction inUnits = parts.get(i).exact().multiply(Fraction.of(100));
                BigDecimal exactUnits = new BigDecimal(inUnits.numerator()).divide(new BigDecimal(inUnits.denominator()), 30,
                        RoundingMode.FLOOR);
                units[i] = exactUnits.setScale(0, RoundingMode.FLOOR).longValueExact();
                remainder[i] = inUnits.subtract(Fraction.of(units[i]));
                sum += units[i];
                scored.add(i);
            }
        }
        scored.sort(Comparator.<Integer, Fraction>comparing(i -> remainder[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < overallUnits - sum; k++) {
            units[scored.get(k)]++;
        }
        return units;
    }

    private static long overallUnits(List<Part> parts) {
        Fraction total = Fraction.ZERO;
        for (Part p : parts) {
            if (p.scored()) {
                total = total.add(p.exact());
            }
        }
        return total.toBigDecimal(SCALE).unscaledValue().longValueExact();
    }

    @Test
    void theLongAndTheBigIntegerPathsGiveTheReferencesUnits() {
        qt().withExamples(3_000).forAll(lists().of(parts()).ofSizeBetween(1, 12)).checkAssert(parts -> {
            long overall = overallUnits(parts);
            long[] expected = reference(parts, overall);

            MeasureSlot[] fast = slots(parts);
            Apportionment a = new Apportionment(fast, SCALE);
            assertTrue(a.floors(), "these contributions fit longs");
            a.distribute(overall);

            MeasureSlot[] big = slots(parts);
            new Apportionment(big, SCALE).apportionBig(BigDecimal.valueOf(overall, SCALE));

            long fastSum = 0;
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], fast[i].units, "long path, measure " + i + " of " + parts);
                BigInteger b = big[i].bigUnits;
                assertEquals(BigInteger.valueOf(expected[i]), b, "BigInteger path, measure " + i + " of " + parts);
                fastSum += fast[i].units;
            }
            assertEquals(overall, fastSum, "the units add up to the rounded overall");
        });
    }
}
