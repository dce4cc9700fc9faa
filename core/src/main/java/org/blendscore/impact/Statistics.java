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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * The tests behind an adverse-impact report, written out here so that core needs no statistics
 * library: the pooled two-proportion z test with its two-sided normal p-value, and Fisher's exact
 * two-sided test. Uses {@link StrictMath}, so every JVM gives the same bits.
 */
final class Statistics {

    /** R's {@code fisher.test} tolerance: tables this much more probable than the observed one still count. */
    static final double FISHER_RELATIVE_TOLERANCE = 1e-7;

    private static final double ONE_OVER_SQRT_2 = 0.70710678118654752440;
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

    // W. J. Cody, "Rational Chebyshev approximations for the error function",
    // Math. Comp. 23 (1969) 631-637; the coefficients of his CALERF (netlib specfun).
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
        3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
        2.84423683343917062e03};
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
        2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
        1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
        1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
        1.23033935480374942e03};
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
        1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1,
        6.05183413124413191e-2, 2.33520497626869185e-3};

    /** Beyond this, erfc(x) underflows to 0 in double precision. */
    private static final double ERFC_UNDERFLOW = 26.543;

    private Statistics() {
    }

    /**
     * The complementary error function, by Cody's rational approximations: near-minimax on
     * |x| &lt;= 0.46875 (for erf), 0.46875 &lt; |x| &lt;= 4 and |x| &gt; 4 (for erfc), with
     * exp(-x²) evaluated in two parts so that x² is not rounded; relative error within a few units
     * in the last place of a double.
     */
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double y = Math.abs(x);
        double result;
        if (y <= 0.46875) {
            double ysq = y > 1.11e-16 ? y * y : 0.0;
            double num = A[4] * ysq;
            double den = ysq;
            for (int i = 0; i < 3; i++) {
                num = (num + A[i]) * ysq;
                den = (den + B[i]) * ysq;
            }
            double erf = x * (num + A[3]) / (den + B[3]);
            return 1.0 - erf;
        } else if (y <= 4.0) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            result = expMinusSquare(y) * ((num + C[7]) / (den + D[7]));
        } else if (y >= ERFC_UNDERFLOW) {
            result = 0.0;
        } else {
            double ysq = 1.0 / (y * y);
            double num = P[5] * ysq;
            double den = ysq;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * ysq;
                den = (den + Q[i]) * ysq;
            }
            double r = ysq * (num + P[4]) / (den + Q[4]);
            result = expMinusSquare(y) * ((ONE_OVER_SQRT_PI - r) / y);
        }
        return x < 0 ? 2.0 - result : result;
    }

    /** exp(-y²), with y split at a multiple of 1/16 so that the square of the larger part is exact. */
    private static double expMinusSquare(double y) {
        double head = Math.floor(y * 16.0) / 16.0;
        double del = (y - head) * (y + head);
        return StrictMath.exp(-head * head) * StrictMath.exp(-del);
    }

    /**
     * The two-sided p-value of a standard normal statistic: P(|Z| &gt;= |z|) = erfc(|z| / √2).
     *
     * @param z the statistic
     * @return the p-value, between 0 and 1
     */
    static double twoSidedNormalP(double z) {
        return Math.min(1.0, erfc(Math.abs(z) * ONE_OVER_SQRT_2));
    }

    /**
     * The pooled two-proportion z statistic of x1 of n1 against x2 of n2: (p1 - p2) / √(p(1-p)(1/n1 +
     * 1/n2)) with p = (x1 + x2) / (n1 + n2). Computed as (x1·n2 - x2·n1) · √(N / (n1·n2·X·(N - X))), the
     * difference exact in integers and the root at 34 digits, so the result is the double nearest to
     * the true value up to one rounding.
     *
     * @return z, positive when group 1's rate is higher; empty when every member of both groups or none was selected
     */
    static OptionalDouble pooledZ(long x1, long n1, long x2, long n2) {
        long n = n1 + n2;
        long x = x1 + x2;
        if (x == 0 || x == n) {
            return OptionalDouble.empty();
        }
        BigInteger diff = BigInteger.valueOf(x1).multiply(BigInteger.valueOf(n2))
                .subtract(BigInteger.valueOf(x2).multiply(BigInteger.valueOf(n1)));
        BigInteger product = BigInteger.valueOf(n1).multiply(BigInteger.valueOf(n2)).multiply(BigInteger.valueOf(x))
                .multiply(BigInteger.valueOf(n - x));
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal root = new BigDecimal(BigInteger.valueOf(n)).divide(new BigDecimal(product), mc).sqrt(mc);
        return OptionalDouble.of(new BigDecimal(diff).multiply(root, mc).doubleValue());
    }

    /**
     * Fisher's exact two-sided p-value for the 2x2 table (x1 of n1 against x2 of n2): the
     * probability, under the hypergeometric distribution with every margin fixed, of the tables no
     * more probable than the observed one (with R's relative tolerance of 1e-7).
     *
     * <p>The probabilities are computed in logarithms from the ratio of consecutive hypergeometric
     * terms, so large groups neither overflow nor lose the tail to underflow, and the p-value is
     * formed from sums scaled by their largest term.
     *
     * @return the p-value, between 0 and 1
     */
    static double fisherTwoSided(long x1, long n1, long x2, long n2) {
        long selected = x1 + x2;
        long lo = Math.max(0, selected - n2);
        long hi = Math.min(n1, selected);
        int size = Math.toIntExact(hi - lo + 1);
        double[] logd = new double[size];
        // d(k) ∝ C(n1, k) C(n2, selected - k); d(k + 1) / d(k) = (n1 - k)(selected - k) / ((k + 1)(n2 - selected + k + 1))
        for (int i = 1; i < size; i++) {
            long k = lo + i - 1;
            logd[i] = logd[i - 1] + StrictMath.log((double) (n1 - k) * (selected - k))
                    - StrictMath.log((double) (k + 1) * (n2 - selected + k + 1));
        }
        double observed = logd[Math.toIntExact(x1 - lo)];
        double limit = observed + StrictMath.log1p(FISHER_RELATIVE_TOLERANCE);
        double maxAll = Double.NEGATIVE_INFINITY;
        double maxTail = Double.NEGATIVE_INFINITY;
        for (double v : logd) {
            maxAll = Math.max(maxAll, v);
            if (v <= limit) {
                maxTail = Math.max(maxTail, v);
            }
        }
        double all = 0;
        double tail = 0;
        for (double v : logd) {
            all += StrictMath.exp(v - maxAll);
            if (v <= limit) {
                tail += StrictMath.exp(v - maxTail);
            }
        }
        double p = StrictMath.exp(maxTail - maxAll + StrictMath.log(tail) - StrictMath.log(all));
        return Math.min(1.0, p);
    }
}
