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
package org.blendscore.number;

/**
 * Exact arithmetic on {@code long}s that {@link Fraction} and the scorer's in-place fractions share:
 * a fast gcd, powers of ten that fit a long, and half-even rounding of a quotient. Every method is
 * exact for every argument it accepts; none allocates.
 */
public final class LongArithmetic {

    /** The largest exponent of ten whose power fits a long. */
    public static final int MAX_POW10_EXPONENT = 18;

    /** 10^i for i in 0..18. */
    private static final long[] POW10 = new long[MAX_POW10_EXPONENT + 1];

    /** How many of Euclid's divisions {@link #gcd} tries before the binary method. */
    private static final int EUCLID_STEPS = 3;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private LongArithmetic() {
    }

    /**
     * Ten to the power {@code exponent}.
     *
     * @param exponent 0 to {@value #MAX_POW10_EXPONENT}
     * @return 10^exponent
     * @throws IllegalArgumentException if the power would not fit a long or the exponent is negative
     */
    public static long pow10(int exponent) {
        if (exponent < 0 || exponent > MAX_POW10_EXPONENT) {
            throw new IllegalArgumentException(NumberMessages.pow10OutOfRange(exponent));
        }
        return POW10[exponent];
    }

    /**
     * The greatest common divisor of two non-negative longs: a few of Euclid's divisions, then the
     * binary (Stein's) method. The binary loop has no data-dependent branch but its exit: the
     * smaller value and the difference are chosen arithmetically, which matters because the
     * operands of a review look random to the branch predictor.
     *
     * @param a a non-negative long
     * @param b a non-negative long
     * @return their greatest common divisor; the other one when either is 0 (so 0 for 0 and 0)
     */
    public static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        // first a few of Euclid's divisions: the denominators of a review are mostly decimal (powers of
        // 2 and 5 times a few small factors), and share so much that one or two divisions finish
        for (int k = 0; k < EUCLID_STEPS; k++) {
            long r = a % b;
            if (r == 0) {
                return b;
            }
            a = b;
            b = r;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        b >>>= Long.numberOfTrailingZeros(b);
        while (a != b) {
            // both odd and positive, below 2^63: a - b cannot overflow
            long d = a - b;
            long m = d >> 63;
            b += d & m;
            a = (d ^ m) - m;
            a >>>= Long.numberOfTrailingZeros(a);
        }
        return a << shift;
    }

    /**
     * {@code n / d} rounded half-even (a tie goes to the even neighbour).
     *
     * @param n the dividend, any long
     * @param d the divisor, positive
     * @return the rounded quotient
     */
    public static long roundHalfEven(long n, long d) {
        // floor division with one divide: Java's / truncates towards 0
        long q = n / d;
        long r = n - q * d;
        if (r < 0) {
            q--;
            r += d;
        }
        if (r > (Long.MAX_VALUE >> 1)) {
            // cannot double safely, and need not: r >= 2^62 > d - r (as d < 2^63), so r is past the half
            return q + 1;
        }
        long twice = r * 2;
        if (twice > d || (twice == d && (q & 1) != 0)) {
            return q + 1;
        }
        return q;
    }

    /** Marks an overflowed product or sum; never a value that {@link Fraction}'s long form holds. */
    static final long OVERFLOW = Long.MIN_VALUE;

    /** a x b, or {@link #OVERFLOW} when it overflows (or is Long.MIN_VALUE itself). */
    static long multiplyOrOverflow(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return OVERFLOW;
    }

    /** a + b, or {@link #OVERFLOW} when it overflows (or is Long.MIN_VALUE itself). */
    static long addOrOverflow(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return OVERFLOW;
        }
        return r;
    }
}
