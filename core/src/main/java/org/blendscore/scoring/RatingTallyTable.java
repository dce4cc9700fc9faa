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
import org.blendscore.number.Fraction;
import org.blendscore.number.LongArithmetic;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;

/**
 * A rating measure's points by the tally of its ratings, for measures of few sources rated in few whole
 * numbers by mean: every state a source can be in (its usable count up to {@value #MAX_COUNT}, and the
 * sum of its whole-number ratings) has its points as a whole multiple of one common denominator, and
 * the sources' weights are whole numbers, so that a measure's points are one exact fraction summed in
 * longs. The same points as weighing the sources' figures one by one (a property test holds them equal).
 *
 * <p>A tally is kept as one long: each source's usable count and the offset of its sum from the least
 * possible, {@value #TALLY_BITS} bits per source, the first source highest.
 */
final class RatingTallyTable {

    /** The most usable ratings of a source that the table has states for. */
    static final int MAX_COUNT = 8;
    /** Sources of a measure scored from the table at most. */
    private static final int MAX_SOURCES = 4;
    /** Scales spanning at most this many whole numbers are scored from the table. */
    private static final int MAX_SPAN = 10;
    /** Bits of a tally per source: 4 for the usable count, 10 for the sum's offset. */
    private static final int TALLY_BITS = 14;
    /** Numbers below this bound keep every sum and product of the table within a long. */
    private static final long BOUND = 1L << 40;
    /** What {@link #score} returns when a source's tally is not a state of the table. */
    static final long NOT_A_STATE = -1;

    private final long scaleMin;
    private final int span;
    private final int[] minRatings;
    private final MissingEvidencePolicy policy;
    /** The points of each state, whole multiples of 1/{@link #pointsDen}, at {@code stateBase[usable] + offset}. */
    private final long[] statePoints;
    private final int[] stateBase;
    private final long pointsDen;
    private final long[] intWeight;

    private RatingTallyTable(long scaleMin, int span, int[] minRatings, MissingEvidencePolicy policy, long[] statePoints,
                             int[] stateBase, long pointsDen, long[] intWeight) {
        this.scaleMin = scaleMin;
        this.span = span;
        this.minRatings = minRatings;
        this.policy = policy;
        this.statePoints = statePoints;
        this.stateBase = stateBase;
        this.pointsDen = pointsDen;
        this.intWeight = intWeight;
    }

    /**
     * The table of a measure, or null when the measure does not qualify: more than {@value #MAX_SOURCES}
     * sources, a scale spanning more than {@value #MAX_SPAN} whole numbers, weights or points too fine or
     * too large for longs.
     *
     * @param m the measure, rated in whole numbers from {@code scaleMin} over {@code span} by mean
     * @param points the scale's points
     */
    static RatingTallyTable of(RatingMeasure m, RatingScalePoints points, long scaleMin, int span, MissingEvidencePolicy policy) {
        if (m.sources().size() > MAX_SOURCES || span > MAX_SPAN) {
            return null;
        }
        long[] weights = integerWeights(m);
        if (weights == null) {
            return null;
        }
        int[] stateBase = new int[MAX_COUNT + 2];
        for (int u = 0; u <= MAX_COUNT; u++) {
            stateBase[u + 1] = stateBase[u] + u * span + 1;
        }
        Fraction[] exact = statePoints(points, stateBase, scaleMin, span);
        long den = commonDenominator(exact);
        long[] scaled = den == 0 ? null : scaledPoints(exact, den, weights);
        if (scaled == null) {
            return null;
        }
        int[] minRatings = m.sources().stream().mapToInt(RatingSource::minRatings).toArray();
        return new RatingTallyTable(scaleMin, span, minRatings, policy, scaled, stateBase, den, weights);
    }

    /** The sources' weights as whole numbers of one decimal unit, or null when they need more than 6 places or are too large. */
    static long[] integerWeights(RatingMeasure m) {
        int places = 0;
        for (RatingSource src : m.sources()) {
            places = Math.max(places, src.weight().stripTrailingZeros().scale());
        }
        if (places > 6) {
            return null;
        }
        long[] w = new long[m.sources().size()];
        long total = 0;
        for (int i = 0; i < w.length; i++) {
            BigDecimal scaled = m.sources().get(i).weight().movePointRight(places);
            if (scaled.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return null;
            }
            w[i] = scaled.longValueExact();
            total += w[i];
        }
        return total > 0 ? w : null;
    }

    /** Every state's exact points: the points of the mean of {@code usable} whole ratings adding up to min x usable + offset. */
    private static Fraction[] statePoints(RatingScalePoints scale, int[] stateBase, long scaleMin, int span) {
        Fraction[] points = new Fraction[stateBase[MAX_COUNT + 1]];
        points[0] = Fraction.ZERO;
        MutableRational value = new MutableRational();
        MutableRational out = new MutableRational();
        for (int u = 1; u <= MAX_COUNT; u++) {
            for (int offset = 0; offset <= u * span; offset++) {
                scale.meanPoints(u, u * scaleMin + offset, value, out);
                points[stateBase[u] + offset] = out.toRational();
            }
        }
        return points;
    }

    /** The least common denominator of the points, or 0 when it, or a point over it, is beyond {@link #BOUND}. */
    static long commonDenominator(Fraction[] points) {
        long den = 1;
        for (Fraction p : points) {
            if (!p.fitsLongs()) {
                return 0;
            }
            long d = p.longDenominator();
            long q = den / LongArithmetic.gcd(den, d);
            // checked before multiplying: a point's denominator alone may be far beyond the bound
            if (d > BOUND || q > BOUND / d) {
                return 0;
            }
            den = q * d;
        }
        return den;
    }

    /** The points as whole multiples of 1/den, or null when one, times the weights' sum, might not fit a long. */
    static long[] scaledPoints(Fraction[] points, long den, long[] weights) {
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        long[] scaled = new long[points.length];
        for (int i = 0; i < points.length; i++) {
            BigInteger v = BigInteger.valueOf(points[i].longNumerator()).multiply(BigInteger.valueOf(den / points[i].longDenominator()));
            if (v.abs().multiply(BigInteger.valueOf(total)).bitLength() > 62) {
                return null;
            }
            scaled[i] = v.longValueExact();
        }
        return den * total > BOUND * 1024 ? null : scaled;
    }

    /**
     * Scores a tally: the points are the sum of the counting sources' weights times their state points,
     * over {@link #pointsDen} times the sum of those weights. Sets {@code points} to them (to 0 when no
     * source reached its minimum) and returns the tally's key; or returns {@link #NOT_A_STATE}, having
     * changed nothing, when a source's tally is not a state (a rating that is not a small whole number,
     * or too many ratings).
     *
     * @param counts each source's usable count at i, and at n + i whether it has a rating that is not a small whole number
     * @param sums each source's sum of whole-number ratings
     */
    long score(int[] counts, long[] sums, MutableRational points) {
        int n = minRatings.length;
        long key = 0;
        long num = 0;
        long weight = 0;
        for (int i = 0; i < n; i++) {
            int usable = counts[i];
            long offset = sums[i] - usable * scaleMin;
            if (counts[n + i] != 0 || usable > MAX_COUNT || offset < 0 || offset > (long) usable * span) {
                return NOT_A_STATE;
            }
            if (usable >= minRatings[i]) {
                num += intWeight[i] * statePoints[stateBase[usable] + (int) offset];
                weight += intWeight[i];
            } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                weight += intWeight[i];
            }
            key = key << TALLY_BITS | (long) usable << (TALLY_BITS - 4) | offset;
        }
        if (num == 0 && weight == 0) {
            points.setZero();
        } else {
            points.set(num, pointsDen * weight);
        }
        return key;
    }

    /** Source i's usable count in a tally of n sources. */
    static int usable(long key, int i, int n) {
        return (int) (key >>> ((n - 1 - i) * TALLY_BITS + TALLY_BITS - 4)) & 15;
    }

    /** Source i's sum of ratings in a tally of n sources. */
    long sum(long key, int i, int n) {
        long offset = (key >>> ((n - 1 - i) * TALLY_BITS)) & ((1 << (TALLY_BITS - 4)) - 1);
        return usable(key, i, n) * scaleMin + offset;
    }
}
