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

import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The table of a rating measure's points by tally gives, for every tally it has a state for, exactly
 * the points of weighing the sources' mean points one by one; it refuses (returns null, or
 * {@link RatingTallyTable#NOT_A_STATE}) exactly the measures and tallies it cannot hold in longs; and
 * its helpers keep their documented bounds.
 */
class RatingTallyTableTest {

    private static final long BOUND = 1L << 40;

    private static RatingMeasure measure(RatingScale scale, RatingSource... sources) {
        return rating("r", "100", scale, Aggregation.MEAN, sources);
    }

    private static long[] weights(String... weights) {
        RatingSource[] sources = new RatingSource[weights.length];
        for (int i = 0; i < weights.length; i++) {
            sources[i] = source("s" + i, weights[i], 1);
        }
        return RatingTallyTable.integerWeights(measure(scale(1, 5), sources));
    }

    @Test
    void weightsBecomeWholeNumbersOfTheirFinestDecimalPlace() {
        assertArrayEquals(new long[] {60, 40}, weights("60", "40"));
        assertArrayEquals(new long[] {50, 25}, weights("0.5", "0.25"));
        assertArrayEquals(new long[] {1}, weights("1.000000000"));
        assertArrayEquals(new long[] {1, 2}, weights("0.000001", "0.000002"));
        assertArrayEquals(new long[] {1_000_000}, weights("1000000"));
        assertArrayEquals(new long[] {1_000_000, 1}, weights("100000.0", "0.1"));
    }

    @Test
    void weightsTooFineOrTooLargeAreRefused() {
        assertNull(weights("0.0000001"));
        assertNull(weights("1", "0.0000001"));
        assertNull(weights("1000001"));
        assertNull(weights("1", "100000.1"));
        assertNull(weights("100000.01", "0.1"));
    }

    private static Fraction[] fractions(long... numsAndDens) {
        Fraction[] f = new Fraction[numsAndDens.length / 2];
        for (int i = 0; i < f.length; i++) {
            f[i] = Fraction.of(numsAndDens[2 * i], numsAndDens[2 * i + 1]);
        }
        return f;
    }

    @Test
    void theCommonDenominatorIsTheLeastOne() {
        assertEquals(1, RatingTallyTable.commonDenominator(fractions(0, 1, 5, 1)));
        assertEquals(6, RatingTallyTable.commonDenominator(fractions(1, 2, 1, 3)));
        assertEquals(12, RatingTallyTable.commonDenominator(fractions(1, 4, 1, 6, 5, 12)));
        assertEquals(BOUND, RatingTallyTable.commonDenominator(fractions(1, BOUND, 1, 2)));
        // (2^40 - 1) / 3 and 3 are coprime: their product is 2^40 - 1, just within the bound
        assertEquals(BOUND - 1, RatingTallyTable.commonDenominator(fractions(1, (BOUND - 1) / 3, 1, 3)));
    }

    @Test
    void aCommonDenominatorBeyondTheBoundIsRefused() {
        assertEquals(0, RatingTallyTable.commonDenominator(fractions(1, BOUND + 1)));
        assertEquals(0, RatingTallyTable.commonDenominator(fractions(1, 2, 1, Long.MAX_VALUE)));
        assertEquals(0, RatingTallyTable.commonDenominator(fractions(1, BOUND / 2 + 2, 1, 3)));
        assertEquals(0, RatingTallyTable.commonDenominator(fractions(1, 1L << 20, 1, 1_594_323)));
        Fraction huge = Fraction.of(BigInteger.ONE, BigInteger.TWO.pow(80));
        assertEquals(0, RatingTallyTable.commonDenominator(new Fraction[] {Fraction.ONE, huge}));
    }

    @Test
    void pointsAreScaledToTheCommonDenominator() {
        assertArrayEquals(new long[] {0, 2, 3, -5}, RatingTallyTable.scaledPoints(fractions(0, 1, 1, 2, 3, 4, -5, 4), 4, new long[] {1}));
        assertArrayEquals(new long[] {15, 20}, RatingTallyTable.scaledPoints(fractions(3, 4, 1, 1), 20, new long[] {2, 3}));
    }

    @Test
    void pointsThatTimesTheWeightsMightNotFitALongAreRefused() {
        long justFits = (1L << 62) - 1;
        assertArrayEquals(new long[] {justFits}, RatingTallyTable.scaledPoints(fractions(justFits, 1), 1, new long[] {1}));
        assertArrayEquals(new long[] {-justFits}, RatingTallyTable.scaledPoints(fractions(-justFits, 1), 1, new long[] {1}));
        assertNull(RatingTallyTable.scaledPoints(fractions(1L << 62, 1), 1, new long[] {1}));
        assertNull(RatingTallyTable.scaledPoints(fractions(-(1L << 62), 1), 1, new long[] {1}));
        // the weights' sum counts, not one weight
        assertArrayEquals(new long[] {(1L << 61) - 1}, RatingTallyTable.scaledPoints(fractions((1L << 61) - 1, 1), 1, new long[] {1, 1}));
        assertNull(RatingTallyTable.scaledPoints(fractions(1L << 61, 1), 1, new long[] {1, 1}));
        // and so does the denominator times that sum
        assertNotNull(RatingTallyTable.scaledPoints(fractions(1, BOUND), BOUND, new long[] {512, 512}));
        assertNull(RatingTallyTable.scaledPoints(fractions(1, BOUND), BOUND, new long[] {512, 513}));
    }

    @Test
    void measuresBeyondTheTableAreNotGivenOne() {
        RatingSource one = source("a", "1", 1);
        RatingScale five = scale(1, 5);
        RatingScalePoints points = new RatingScalePoints(five);
        assertNotNull(RatingTallyTable.of(measure(five, one, one, one, one), points, 1, 4, MissingEvidencePolicy.LEAVE_OUT));
        assertNull(RatingTallyTable.of(measure(five, one, one, one, one, one), points, 1, 4, MissingEvidencePolicy.LEAVE_OUT));
        RatingScale eleven = scale(0, 10);
        assertNotNull(RatingTallyTable.of(measure(eleven, one), new RatingScalePoints(eleven), 0, 10, MissingEvidencePolicy.LEAVE_OUT));
        RatingScale twelve = scale(0, 11);
        assertNull(RatingTallyTable.of(measure(twelve, one), new RatingScalePoints(twelve), 0, 11, MissingEvidencePolicy.LEAVE_OUT));
        assertNull(RatingTallyTable.of(measure(five, source("a", "0.0000001", 1)), points, 1, 4, MissingEvidencePolicy.LEAVE_OUT));
    }

    /** A measure of 1 to 4 sources and one tally of its ratings (some not states of the table). */
    record Case(int min, int span, List<String> weights, int[] minRatings, MissingEvidencePolicy policy, int[] counts, long[] sums) {
        @Override
        public String toString() {
            return "scale " + min + "+" + span + " weights " + weights + " min " + Arrays.toString(minRatings) + " " + policy
                    + " counts " + Arrays.toString(counts) + " sums " + Arrays.toString(sums);
        }
    }

    private static final List<String> WEIGHTS = List.of("1", "60", "40", "33.3", "0.5", "12.25", "100");

    static Gen<Case> cases(boolean statesOnly) {
        return in -> {
            int min = Generate.range(-3, 3).generate(in);
            int span = Generate.range(1, 10).generate(in);
            int n = Generate.range(1, 4).generate(in);
            List<String> weights = new ArrayList<>();
            int[] minRatings = new int[n];
            int[] counts = new int[2 * n];
            long[] sums = new long[n];
            for (int i = 0; i < n; i++) {
                weights.add(WEIGHTS.get(Generate.range(0, WEIGHTS.size() - 1).generate(in)));
                minRatings[i] = Generate.range(1, 4).generate(in);
                counts[i] = Generate.range(0, statesOnly ? RatingTallyTable.MAX_COUNT : RatingTallyTable.MAX_COUNT + 1).generate(in);
                sums[i] = (long) counts[i] * min + Generate.range(statesOnly ? 0 : -1, counts[i] * span + (statesOnly ? 0 : 1)).generate(in);
                counts[n + i] = statesOnly || Generate.range(0, 5).generate(in) > 0 ? 0 : 1;
            }
            MissingEvidencePolicy policy = Generate.booleans().generate(in) ? MissingEvidencePolicy.COUNT_AS_ZERO
                    : MissingEvidencePolicy.LEAVE_OUT;
            return new Case(min, span, weights, minRatings, policy, counts, sums);
        };
    }

    private static RatingMeasure measureOf(Case c) {
        RatingSource[] sources = new RatingSource[c.weights().size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = source("s" + i, c.weights().get(i), c.minRatings()[i]);
        }
        return measure(scale(c.min(), c.min() + c.span()), sources);
    }

    /** The points weighed one source at a time, with fractions: the plain exact path. */
    private static Fraction weighed(Case c, RatingScalePoints points) {
        Fraction num = Fraction.ZERO;
        Fraction weight = Fraction.ZERO;
        for (int i = 0; i < c.weights().size(); i++) {
            Fraction w = Fraction.of(new java.math.BigDecimal(c.weights().get(i)));
            if (c.counts()[i] >= c.minRatings()[i]) {
                MutableRational value = new MutableRational();
                MutableRational p = new MutableRational();
                points.meanPoints(c.counts()[i], c.sums()[i], value, p);
                num = num.add(w.multiply(p.toRational()));
                weight = weight.add(w);
            } else if (c.policy() == MissingEvidencePolicy.COUNT_AS_ZERO) {
                weight = weight.add(w);
            }
        }
        return weight.signum() == 0 ? Fraction.ZERO : num.divide(weight);
    }

    @Test
    void everyStateScoresWhatWeighingTheSourcesOneByOneGives() {
        qt().withExamples(3_000).forAll(cases(true)).checkAssert(c -> {
            RatingScalePoints points = new RatingScalePoints(scale(c.min(), c.min() + c.span()));
            RatingTallyTable table = RatingTallyTable.of(measureOf(c), points, c.min(), c.span(), c.policy());
            assertNotNull(table, c::toString);
            MutableRational out = new MutableRational().set(7, 3);
            long key = table.score(c.counts(), c.sums(), out);
            assertEquals(weighed(c, points), out.toRational(), c::toString);
            int n = c.weights().size();
            for (int i = 0; i < n; i++) {
                assertEquals(c.counts()[i], RatingTallyTable.usable(key, i, n), c::toString);
                assertEquals(c.sums()[i], table.sum(key, i, n), c::toString);
            }
        });
    }

    @Test
    void aTallyThatIsNotAStateChangesNothing() {
        qt().withExamples(3_000).forAll(cases(false)).checkAssert(c -> {
            RatingScalePoints points = new RatingScalePoints(scale(c.min(), c.min() + c.span()));
            RatingTallyTable table = RatingTallyTable.of(measureOf(c), points, c.min(), c.span(), c.policy());
            int n = c.weights().size();
            boolean state = true;
            for (int i = 0; i < n; i++) {
                long offset = c.sums()[i] - (long) c.counts()[i] * c.min();
                state &= c.counts()[n + i] == 0 && c.counts()[i] <= RatingTallyTable.MAX_COUNT && offset >= 0
                        && offset <= (long) c.counts()[i] * c.span();
            }
            MutableRational out = new MutableRational().set(7, 3);
            long key = table.score(c.counts(), c.sums(), out);
            if (state) {
                assertEquals(weighed(c, points), out.toRational(), c::toString);
            } else {
                assertEquals(RatingTallyTable.NOT_A_STATE, key, c::toString);
                assertEquals(Fraction.of(7, 3), out.toRational(), c::toString);
            }
        });
    }
}
