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
package org.blendscore.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the adverse-impact analysis against independent reference computations done
 * here in another way: Fisher's test by exact BigInteger binomial coefficients, the normal tail by
 * Simpson integration of the density, and erfc against values computed with mpmath at 40 digits.
 *
 * <p>Pinned for 48 of 80 against 12 of 40 (pooled rate 60/120 = 0.5):
 * z = 0.3 / √(0.25 x 0.0375) = 3.0983866769659335081 (the double 3.0983866769659336);
 * two-sided normal p = erfc(z / √2) = 0.0019457736937391518673 (mpmath, 40 digits);
 * Fisher's two-sided p = 0.0034092217678491819267 (exact rational sum, here and in Python's fractions;
 * scipy.stats.fisher_exact gives 0.0034092217678491827).
 */
class StatisticsTest {

    static final double Z = 3.0983866769659336;
    static final double Z_P = 0.0019457736937391518673;
    static final double FISHER_P = 0.0034092217678491819267;

    @Test
    void pooledZOf48Of80Against12Of40() {
        double z = Statistics.pooledZ(48, 80, 12, 40).orElseThrow();
        assertEquals(Z, z, 1e-12);
        assertEquals(0.3 / Math.sqrt(0.25 * 0.0375), z, 1e-12);
        assertEquals(-z, Statistics.pooledZ(12, 40, 48, 80).orElseThrow(), 0.0);
    }

    @Test
    void pooledZIsUndefinedWhenEveryoneOrNoOneWasSelected() {
        assertEquals(OptionalDouble.empty(), Statistics.pooledZ(10, 10, 5, 5));
        assertEquals(OptionalDouble.empty(), Statistics.pooledZ(0, 10, 0, 5));
        assertEquals(0.0, Statistics.pooledZ(5, 10, 5, 10).orElseThrow(), 0.0);
    }

    @Test
    void twoSidedNormalPAgreesWithSimpsonIntegrationOfTheDensity() {
        double p = Statistics.twoSidedNormalP(Z);
        assertEquals(simpsonTwoSidedTail(Z), p, 1e-9);
        assertEquals(Z_P, p, 1e-9);
        assertEquals(Z_P, p, Z_P * 1e-14);
        assertEquals(1.0, Statistics.twoSidedNormalP(0.0), 0.0);
        assertEquals(Statistics.twoSidedNormalP(-Z), p, 0.0);
        for (double z : new double[] {0.1, 0.5, 1.0, 1.959963984540054, 2.5, 4.0, 6.0}) {
            assertEquals(simpsonTwoSidedTail(z), Statistics.twoSidedNormalP(z), 1e-12, "z = " + z);
        }
    }

    @Test
    void erfcMatchesFortyDigitValuesToNearlyFullDoublePrecision() {
        String[][] cases = {
            {"-3", "1.999977909503001414558627"}, {"-0.5", "1.520499877813046537682747"}, {"0", "1"},
            {"0.1", "0.8875370839817151077967249"}, {"0.46875", "0.5073865267820620084118239"},
            {"0.5", "0.4795001221869534623172533"}, {"1", "0.1572992070502851306587794"},
            {"2", "0.004677734981047265837930744"}, {"3", "0.00002209049699858544137277613"},
            {"4", "1.541725790028001885215967e-8"}, {"4.5", "1.96616044154288747627916e-10"},
            {"6", "2.151973671249891311659335e-17"}, {"10", "2.088487583762544757000786e-45"},
            {"20", "5.395865611607900928934999e-176"}, {"26", "5.663192408856142846475728e-296"},
        };
        for (String[] c : cases) {
            double x = Double.parseDouble(c[0]);
            double expected = Double.parseDouble(c[1]);
            assertEquals(expected, Statistics.erfc(x), Math.abs(expected) * 5e-15, "erfc(" + c[0] + ")");
        }
        assertEquals(0.0, Statistics.erfc(30.0), 0.0);
        assertEquals(2.0, Statistics.erfc(-30.0), 0.0);
        assertTrue(Double.isNaN(Statistics.erfc(Double.NaN)));
    }

    @Test
    void fisherOf48Of80Against12Of40AgreesWithTheExactSum() {
        double p = Statistics.fisherTwoSided(12, 40, 48, 80);
        double exact = exactFisher(12, 40, 48, 80).doubleValue();
        assertEquals(exact, p, 1e-9);
        assertEquals(FISHER_P, p, 1e-9);
        assertEquals(FISHER_P, exact, FISHER_P * 1e-15);
        assertEquals(p, Statistics.fisherTwoSided(48, 80, 12, 40), p * 1e-12);
    }

    @Test
    void fisherAgreesWithTheExactSumOnEverySmallTable() {
        for (int n1 = 1; n1 <= 12; n1++) {
            for (int n2 = 1; n2 <= 12; n2++) {
                for (int x1 = 0; x1 <= n1; x1++) {
                    for (int x2 = 0; x2 <= n2; x2++) {
                        double exact = exactFisher(x1, n1, x2, n2).doubleValue();
                        double p = Statistics.fisherTwoSided(x1, n1, x2, n2);
                        assertEquals(exact, p, exact * 1e-11, x1 + "/" + n1 + " against " + x2 + "/" + n2);
                    }
                }
            }
        }
    }

    @Test
    void fisherStaysAccurateForLargeGroupsAndFarTails() {
        double exact = exactFisher(120, 400, 480, 800).doubleValue();
        assertEquals(exact, Statistics.fisherTwoSided(120, 400, 480, 800), exact * 1e-9);
        // 0 of 500 against 500 of 500: 2 / C(1000, 500), about 7.4e-300
        double tail = exactFisher(0, 500, 500, 500).doubleValue();
        assertFalse(tail == 0.0);
        assertEquals(tail, Statistics.fisherTwoSided(0, 500, 500, 500), tail * 1e-9);
        assertEquals(1.0, Statistics.fisherTwoSided(10, 10, 5, 5), 0.0);
    }

    /** P(|Z| >= z) = 2 ∫ φ(t) dt from z to z + 12 (the rest is below 1e-33), by composite Simpson. */
    static double simpsonTwoSidedTail(double z) {
        double a = Math.abs(z);
        double b = a + 12;
        int steps = 200_000;
        double h = (b - a) / steps;
        double sum = phi(a) + phi(b);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * phi(a + i * h);
        }
        return 2 * sum * h / 3;
    }

    private static double phi(double t) {
        return Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
    }

    /**
     * Fisher's two-sided p-value exactly: the tables' numbers of ways C(n1, k) C(n2, X - k) as
     * BigIntegers, those at most (1 + 1e-7) times the observed table's summed, over C(n1 + n2, X),
     * divided at 40 digits.
     */
    static BigDecimal exactFisher(int x1, int n1, int x2, int n2) {
        int selected = x1 + x2;
        BigInteger observed = binomial(n1, x1).multiply(binomial(n2, x2));
        BigInteger tolerance = BigInteger.TEN.pow(7);
        BigInteger sum = BigInteger.ZERO;
        for (int k = Math.max(0, selected - n2); k <= Math.min(n1, selected); k++) {
            BigInteger ways = binomial(n1, k).multiply(binomial(n2, selected - k));
            if (ways.multiply(tolerance).compareTo(observed.multiply(tolerance.add(BigInteger.ONE))) <= 0) {
                sum = sum.add(ways);
            }
        }
        return new BigDecimal(sum).divide(new BigDecimal(binomial(n1 + n2, selected)), new MathContext(40));
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
