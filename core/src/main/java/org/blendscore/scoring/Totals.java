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

/**
 * Weighing, the stage after the measures are scored and before apportionment: each section's score and
 * the overall, in units of the rubric's scale, from the measures' exact contributions. From their floors
 * and remainders as doubles where that decides the rounding, else exactly. Keeps the section scores in
 * the review's data. A workspace's own, never shared between threads.
 */
final class Totals {

    /** Below this magnitude (2^40) units and sums are exact as doubles, with room to spare. */
    static final double EXACT_DOUBLES = 0x1p40;
    /** How close two doubles may come (relative to a half, or to each other) before a decision is made exactly. */
    static final double TIE_TOLERANCE = 1e-9;

    private final MeasureSlot[] all;
    private final int scale;
    private final MutableRational overallExact = new MutableRational();
    private final MutableRational sectionExact = new MutableRational();

    Totals(MeasureSlot[] all, int scale) {
        this.all = all;
        this.scale = scale;
    }

    /** The exact overall at the rubric's scale, after {@link #approximate} or {@link #exact} found it beyond a long. */
    java.math.BigDecimal bigOverall() {
        return overallExact.toBigDecimal(scale);
    }

    /**
     * The section scores and the overall in units, rounded half-even, from the contributions' floors and
     * remainders (see {@link #floors}), with the remainders as doubles: each within a few parts in 10^16
     * of its exact value, so a sum that is not within a billionth (times its size) of a half rounds the
     * way the exact sum does. A sum too close to a half (a true tie, more often than not) or too large
     * to tell is decided exactly instead: a section's score by {@link #exactSection}, the overall by
     * adding up all contributions. Keeps the section scores in the review's data.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is then in {@link #overallExact}
     */
    long approximate(ReviewAssembly data, RenormalisedWeights w, CompiledSection[] sections, long floorSum) {
        double overallRemainders = 0;
        for (int s = 0; s < sections.length; s++) {
            if (w.sectionLeftOut[s]) {
                continue;
            }
            CompiledSection cs = sections[s];
            int end = cs.first() + cs.measures().size();
            long units = 0;
            double remainders = 0;
            boolean small = true;
            for (int m = cs.first(); m < end; m++) {
                MeasureSlot slot = all[m];
                if (slot.hasPoints) {
                    small &= Math.abs((double) slot.units) < EXACT_DOUBLES;
                    units += slot.units;
                    remainders += slot.fraction;
                }
            }
            double reciprocal = w.sectionReciprocalApprox[s];
            long score = small ? roundedIfClear(((double) units + remainders) * reciprocal, 1 + reciprocal) : Long.MIN_VALUE;
            if (score == Long.MIN_VALUE) {
                exactSection(data, w, cs, s);
            } else {
                data.keepSectionUnits(s, score);
            }
            overallRemainders += remainders;
        }
        long extra = roundedIfClear(overallRemainders, 1);
        return extra != Long.MIN_VALUE ? floorSum + extra : exactOverall();
    }

    /**
     * The overall in units, exactly: the sum of all contributions, rounded half-even.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is in {@link #overallExact} either way
     */
    private long exactOverall() {
        overallExact.setZero();
        for (MeasureSlot slot : all) {
            if (slot.hasPoints) {
                overallExact.add(slot.exact);
            }
        }
        return overallExact.roundedUnits(scale);
    }

    /** A section's score, exactly: the sum of its contributions over its share. Keeps it in the review's data. */
    private void exactSection(ReviewAssembly data, RenormalisedWeights w, CompiledSection cs, int s) {
        int end = cs.first() + cs.measures().size();
        sectionExact.setZero();
        for (int m = cs.first(); m < end; m++) {
            if (all[m].hasPoints) {
                sectionExact.add(all[m].exact);
            }
        }
        // as overall[m] = share[s] x inSection[m]
        data.keepSectionScore(s, sectionExact.multiply(w.sectionReciprocal[s]));
    }

    /**
     * A double rounded half-even to a whole number, when it is far enough from a half (and small enough)
     * that its error, relative to its size and to {@code scale}, cannot change the rounding; else
     * {@link Long#MIN_VALUE}.
     */
    private static long roundedIfClear(double v, double scale) {
        if (!(Math.abs(v) < EXACT_DOUBLES)) {
            return Long.MIN_VALUE;
        }
        double whole = Math.floor(v);
        double fraction = v - whole;
        if (Math.abs(fraction - 0.5) <= TIE_TOLERANCE * (1 + Math.abs(v)) * scale) {
            return Long.MIN_VALUE;
        }
        return (long) whole + (fraction > 0.5 ? 1 : 0);
    }

    /**
     * The section scores and the overall, exactly: the sums of the contributions (each section's over its
     * share for its score). Keeps the section scores in the review's data.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is then in {@link #overallExact}
     */
    long exact(ReviewAssembly data, RenormalisedWeights w, CompiledSection[] sections) {
        for (int s = 0; s < sections.length; s++) {
            if (!w.sectionLeftOut[s]) {
                exactSection(data, w, sections[s], s);
            }
        }
        return exactOverall();
    }
}
