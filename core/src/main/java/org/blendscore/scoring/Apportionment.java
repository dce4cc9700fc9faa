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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.blendscore.number.Fraction;
import org.blendscore.number.LongArithmetic;

/**
 * Largest-remainder apportionment, the stage after weighing: every exact contribution is rounded down
 * to the rubric's scale, and the units still missing to reach the rounded overall go, one each, to the
 * measures with the largest remainders (ties: the measure declared first). Works in longs, with
 * remainders compared as doubles where they are clearly apart and exactly where they are close; in
 * BigIntegers when a number outgrows a long. Writes each measure's apportioned units into its slot.
 * A workspace's own, never shared between threads.
 */
final class Apportionment {

    private final MeasureSlot[] all;
    private final int scale;
    /** Scratch for {@link #distribute}: measure positions ordered by remainder. */
    private final int[] byRemainder;

    /** The sum of the scored measures' floors, and how many there are: set by {@link #floors}. */
    private long floorSum;
    private int floorCount;

    Apportionment(MeasureSlot[] all, int scale) {
        this.all = all;
        this.scale = scale;
        this.byRemainder = new int[all.length];
    }

    /** The sum of the scored measures' floors, as {@link #floors} left it. */
    long floorSum() {
        return floorSum;
    }

    /**
     * Largest-remainder apportionment, first part: every exact contribution is rounded down to the scale,
     * and what remains kept as a fraction of a unit. Works in longs.
     *
     * @return false if a number does not fit a long; then {@link #apportionBig} apportions in BigIntegers
     */
    boolean floors() {
        long pow = LongArithmetic.pow10(scale);
        long floorSum = 0;
        int count = 0;
        for (MeasureSlot slot : all) {
            slot.units = 0;
            if (slot.hasPoints) {
                long u = slot.exact.floorUnits(scale);
                long sum = floorSum + u;
                if (u == Long.MIN_VALUE || ((floorSum ^ sum) & (u ^ sum)) < 0) {
                    return false;
                }
                // exact x 10^scale = u + remainder / den, and that product fits (floorUnits checked it)
                long den = slot.exact.denominator();
                slot.remainder = slot.exact.numerator() * pow - u * den;
                slot.remainderOf = den;
                slot.fraction = (double) slot.remainder / den;
                slot.units = u;
                floorSum = sum;
                count++;
            }
        }
        this.floorSum = floorSum;
        this.floorCount = count;
        return true;
    }

    /**
     * Largest-remainder apportionment, second part: the units missing from the floors to reach the
     * rounded overall go, one each, to the largest remainders (ties: the measure declared first).
     */
    void distribute(long overallUnits) {
        long deficit = overallUnits - floorSum;
        int count = floorCount;
        if (deficit > count) {
            throw new IllegalStateException("apportioning " + deficit + " units over " + count + " measures");
        }
        if (deficit <= 0) {
            return;
        }
        // the scored measures by remainder, largest first, in declaration order among equal remainders
        // (an insertion sort, stable: a measure moves ahead of another only with a strictly larger remainder)
        int[] order = byRemainder;
        int sorted = 0;
        for (int m = 0; m < all.length; m++) {
            MeasureSlot slot = all[m];
            if (!slot.hasPoints) {
                continue;
            }
            int j = sorted++;
            while (j > 0 && largerRemainder(slot, all[order[j - 1]])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = m;
        }
        for (int k = 0; k < deficit; k++) {
            all[order[k]].units++;
        }
    }

    /**
     * Whether a's remainder is larger than b's: by their doubles when they are more than a billionth
     * apart (each is within a few parts in 10^16 of its exact value, and both lie in [0, 1)), else exactly.
     */
    private static boolean largerRemainder(MeasureSlot a, MeasureSlot b) {
        double d = a.fraction - b.fraction;
        if (d > Totals.TIE_TOLERANCE) {
            return true;
        }
        if (d < -Totals.TIE_TOLERANCE) {
            return false;
        }
        return MutableRational.compareProducts(a.remainder, b.remainderOf, b.remainder, a.remainderOf) > 0;
    }

    /** The apportionment of {@link #floors} and {@link #distribute} in BigIntegers, for numbers beyond a long. */
    void apportionBig(BigDecimal overall) {
        BigInteger floorSum = BigInteger.ZERO;
        List<MeasureSlot> scored = new ArrayList<>();
        Fraction[] remainders = new Fraction[all.length];
        for (MeasureSlot slot : all) {
            slot.bigUnits = BigInteger.ZERO;
            if (slot.hasPoints) {
                Fraction exact = slot.exact.toRational();
                slot.bigUnits = exact.floorUnits(scale);
                remainders[slot.order] = exact.remainderUnits(scale);
                floorSum = floorSum.add(slot.bigUnits);
                scored.add(slot);
            }
        }
        int deficit = overall.unscaledValue().subtract(floorSum).intValueExact();
        if (deficit <= 0) {
            return;
        }
        scored.sort(Comparator.<MeasureSlot, Fraction>comparing(sl -> remainders[sl.order]).reversed()
                .thenComparingInt(sl -> sl.order));
        for (int i = 0; i < deficit; i++) {
            MeasureSlot slot = scored.get(i);
            slot.bigUnits = slot.bigUnits.add(BigInteger.ONE);
        }
    }
}
