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
import java.math.RoundingMode;

/**
 * An exact fraction of two integers, always in lowest terms with a positive denominator. The
 * scorer computes with these so that means such as 13/3 and renormalised weights such as 1/3 stay
 * exact until the single rounding at the rubric's scale.
 *
 * <p>Numerator and denominator live in {@code long}s while they fit, which is nearly always, and
 * move to {@link BigInteger}s only when an operation would overflow (detected without exceptions),
 * so the common case allocates one small object per operation and never a BigInteger.
 */
final class Rational implements Comparable<Rational> {

    static final Rational ZERO = new Rational(0, 1);
    static final Rational ONE = new Rational(1, 1);
    static final Rational HUNDRED = new Rational(100, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The small form, valid when {@code bigNum == null}. */
    private final long num;
    private final long den;
    /** The large form, or null. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Rational(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Rational(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    static Rational of(long value) {
        if (value == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(value), BigInteger.ONE);
        }
        return value == 0 ? ZERO : new Rational(value, 1);
    }

    /** num / den in lowest terms; den must not be 0. */
    static Rational of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (num == 0) {
            return ZERO;
        }
        if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        return new Rational(num / g, den / g);
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (fitsLong(num) && fitsLong(den)) {
            return new Rational(num.longValue(), den.longValue());
        }
        return new Rational(num, den);
    }

    static Rational of(BigDecimal value) {
        int scale = value.scale();
        if (scale <= 0) {
            if (value.precision() - scale <= 18) {
                return of(value.longValueExact());
            }
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        if (scale <= 18 && value.precision() <= 18) {
            return of(value.unscaledValue().longValue(), POW10[scale]);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /** 10^i for i in 0..18. */
    static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) > 0 && b.compareTo(LONG_MAX) <= 0;
    }

    /** How many of Euclid's divisions {@link #gcd} tries before the binary method. */
    private static final int EUCLID_STEPS = 3;

    /**
     * Gcd of two non-negative longs, not both 0: a few of Euclid's divisions, then the binary (Stein's)
     * method. The binary loop has no data-dependent
     * branch but its exit: the smaller value and the difference are chosen arithmetically, which
     * matters because the operands of a review look random to the branch predictor.
     */
    static long gcd(long a, long b) {
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

    /** The value as a double close to it, for a first comparison (see {@link MutableRational#compareTo(Rational, double, double)}). */
    double approx() {
        return small() ? (double) num / den : new java.math.BigDecimal(bigNum).divide(new java.math.BigDecimal(bigDen),
                java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** Whether the value is held in longs: {@link #smallNum()} and {@link #smallDen()} are then valid. */
    boolean small() {
        return bigNum == null;
    }

    /** The numerator, in lowest terms, when {@link #small()}; never {@link Long#MIN_VALUE}. */
    long smallNum() {
        return num;
    }

    /** The denominator, positive, in lowest terms, when {@link #small()}. */
    long smallDen() {
        return den;
    }

    private BigInteger bn() {
        return bigNum != null ? bigNum : BigInteger.valueOf(num);
    }

    private BigInteger bd() {
        return bigDen != null ? bigDen : BigInteger.valueOf(den);
    }

    /** a * b, or Long.MIN_VALUE as a marker when it overflows (MIN_VALUE itself is never a valid result here). */
    private static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo == Long.MIN_VALUE ? Long.MIN_VALUE : lo;
        }
        return Long.MIN_VALUE;
    }

    private static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0 || r == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return r;
    }

    Rational add(Rational o) {
        if (o.small() && small()) {
            if (num == 0) {
                return o;
            }
            if (o.num == 0) {
                return this;
            }
            if (den == o.den) {
                long n = add(num, o.num);
                if (n != Long.MIN_VALUE) {
                    return den == 1 ? of(n) : of(n, den);
                }
            } else {
                long g = gcd(den, o.den);
                long left = mul(num, o.den / g);
                long right = mul(o.num, den / g);
                long d = mul(den / g, o.den);
                if (left != Long.MIN_VALUE && right != Long.MIN_VALUE && d != Long.MIN_VALUE) {
                    long n = add(left, right);
                    if (n != Long.MIN_VALUE) {
                        return of(n, d);
                    }
                }
            }
        }
        return of(bn().multiply(o.bd()).add(o.bn().multiply(bd())), bd().multiply(o.bd()));
    }

    Rational subtract(Rational o) {
        return add(o.negate());
    }

    Rational negate() {
        if (small()) {
            return num == 0 ? this : new Rational(-num, den);
        }
        return new Rational(bigNum.negate(), bigDen);
    }

    Rational multiply(Rational o) {
        if (o.small() && small()) {
            if (num == 0 || o.num == 0) {
                return ZERO;
            }
            // cross-reduce first so that the products stay small
            long g1 = gcd(Math.abs(num), o.den);
            long g2 = gcd(Math.abs(o.num), den);
            long n = mul(num / g1, o.num / g2);
            long d = mul(den / g2, o.den / g1);
            if (n != Long.MIN_VALUE && d != Long.MIN_VALUE) {
                return new Rational(n, d);
            }
        }
        return of(bn().multiply(o.bn()), bd().multiply(o.bd()));
    }

    Rational divide(Rational o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return multiply(o.reciprocal());
    }

    private Rational reciprocal() {
        if (small()) {
            return num < 0 ? of(-den, -num) : new Rational(den, num);
        }
        return of(bigDen, bigNum);
    }

    int signum() {
        return small() ? Long.signum(num) : bigNum.signum();
    }

    Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** Rounds half-even to {@code scale} decimal places. */
    BigDecimal toBigDecimal(int scale) {
        if (small() && scale <= 18) {
            if (den == 1) {
                return BigDecimal.valueOf(num).setScale(scale, RoundingMode.UNNECESSARY);
            }
            long units = mul(num, POW10[scale]);
            if (units != Long.MIN_VALUE) {
                return BigDecimal.valueOf(roundHalfEven(units, den), scale);
            }
        }
        return new BigDecimal(bn()).divide(new BigDecimal(bd()), scale, RoundingMode.HALF_EVEN);
    }

    /** n / d rounded half-even, for d &gt; 0. */
    static long roundHalfEven(long n, long d) {
        // floor division with one divide: Java's / truncates towards 0
        long q = n / d;
        long r = n - q * d;
        if (r < 0) {
            q--;
            r += d;
        }
        long twice = r * 2;
        if (r > (Long.MAX_VALUE >> 1)) {
            // cannot double safely: compare r with d - r instead
            long other = d - r;
            return r > other || (r == other && (q & 1) != 0) ? q + 1 : q;
        }
        if (twice > d || (twice == d && (q & 1) != 0)) {
            return q + 1;
        }
        return q;
    }

    /** The value times 10^scale, rounded towards negative infinity. */
    BigInteger floorUnits(int scale) {
        if (small() && scale <= 18) {
            long units = mul(num, POW10[scale]);
            if (units != Long.MIN_VALUE) {
                return BigInteger.valueOf(Math.floorDiv(units, den));
            }
        }
        BigInteger scaled = bn().multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = scaled.divideAndRemainder(bd());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The value times 10^scale, rounded towards negative infinity, when it fits a long; else Long.MIN_VALUE. */
    long floorUnitsLong(int scale) {
        if (small() && scale <= 18) {
            long units = mul(num, POW10[scale]);
            if (units != Long.MIN_VALUE) {
                return Math.floorDiv(units, den);
            }
        }
        BigInteger f = floorUnits(scale);
        return fitsLong(f) ? f.longValue() : Long.MIN_VALUE;
    }

    /** What remains of value x 10^scale above its floor, as a fraction in [0, 1). */
    Rational remainderUnits(int scale) {
        if (small() && scale <= 18) {
            long units = mul(num, POW10[scale]);
            if (units != Long.MIN_VALUE) {
                return of(Math.floorMod(units, den), den);
            }
        }
        Rational scaled = multiply(of(BigInteger.TEN.pow(scale), BigInteger.ONE));
        return scaled.subtract(of(floorUnits(scale), BigInteger.ONE));
    }

    @Override
    public int compareTo(Rational o) {
        if (small() && o.small()) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            long left = mul(num, o.den);
            long right = mul(o.num, den);
            if (left != Long.MIN_VALUE && right != Long.MIN_VALUE) {
                return Long.compare(left, right);
            }
        }
        return bn().multiply(o.bd()).compareTo(o.bn().multiply(bd()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rational r)) {
            return false;
        }
        if (small() && r.small()) {
            return num == r.num && den == r.den;
        }
        return bn().equals(r.bn()) && bd().equals(r.bd());
    }

    @Override
    public int hashCode() {
        return bn().hashCode() * 31 + bd().hashCode();
    }

    @Override
    public String toString() {
        return bd().equals(BigInteger.ONE) ? bn().toString() : bn() + "/" + bd();
    }
}
