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
import org.blendscore.number.Fraction;
import org.blendscore.number.LongArithmetic;

/**
 * An exact fraction that one scoring run updates in place, so that the arithmetic of a review
 * allocates nothing in the common case: the value lives in two {@code long}s, numerator and a
 * positive denominator, not necessarily in lowest terms (reducing costs a gcd, and rounding,
 * comparing and the next operation do not need it). When an operation would overflow, it is done
 * once more by {@link Fraction}, which reduces and falls back to {@link java.math.BigInteger}s, and
 * the result is held as that {@code Fraction} until it fits in longs again. Every operation is
 * therefore exact whatever the size of the numbers; only its cost varies.
 *
 * <p>Not thread-safe: a run's scratch values never leave the run. The value is never shared; what a
 * review keeps is rounded to {@link BigDecimal}s or copied out with {@link #toRational()}.
 */
final class MutableRational {

    /** Marks an overflowed product or sum; never a valid operand here (a Fraction's small form avoids it too). */
    private static final long OVERFLOW = Long.MIN_VALUE;

    private long num;
    /** Positive while {@code big} is null. */
    private long den = 1;
    /** The value when it does not fit in longs, else null. */
    private Fraction big;

    /** Zero. */
    MutableRational() {
    }

    /** a * b, or {@link #OVERFLOW} if it overflows or either operand is the marker. */
    private static long mul(long a, long b) {
        if (a == OVERFLOW || b == OVERFLOW) {
            return OVERFLOW;
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return OVERFLOW;
    }

    /** a + b, or {@link #OVERFLOW} if it overflows or either operand is the marker. */
    private static long add(long a, long b) {
        if (a == OVERFLOW || b == OVERFLOW) {
            return OVERFLOW;
        }
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return OVERFLOW;
        }
        return r;
    }

    /** Compares a * b with c * d exactly, in 128 bits. */
    static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return hi1 < hi2 ? -1 : 1;
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    MutableRational setZero() {
        num = 0;
        den = 1;
        big = null;
        return this;
    }

    /** Sets the value to n / d; {@code d} must be positive and neither may be {@link Long#MIN_VALUE}. */
    MutableRational set(long n, long d) {
        num = n;
        den = d;
        big = null;
        return this;
    }

    MutableRational set(Fraction r) {
        if (r.fitsLongs()) {
            num = r.longNumerator();
            den = r.longDenominator();
            big = null;
        } else {
            big = r;
        }
        return this;
    }

    MutableRational set(MutableRational o) {
        num = o.num;
        den = o.den;
        big = o.big;
        return this;
    }

    /** Sets the value to a decimal, exactly. */
    MutableRational set(BigDecimal v) {
        int scale = v.scale();
        int precision = v.precision();
        if (precision <= 18) {
            if (scale == 0) {
                return set(v.longValue(), 1);
            }
            if (scale > 0 && scale <= 18) {
                return set(v.movePointRight(scale).longValue(), LongArithmetic.pow10(scale));
            }
            if (scale < 0 && precision - scale <= 18) {
                return set(v.longValueExact(), 1);
            }
        }
        return set(Fraction.of(v));
    }

    /** The value as an immutable fraction in lowest terms (allocates). */
    Fraction toRational() {
        return big != null ? big : Fraction.of(num, den);
    }

    int signum() {
        return big != null ? big.signum() : Long.signum(num);
    }

    MutableRational add(Fraction r) {
        if (big == null && r.fitsLongs() && addSmall(r.longNumerator(), r.longDenominator())) {
            return this;
        }
        return set(toRational().add(r));
    }

    MutableRational add(MutableRational o) {
        if (big == null && o.big == null && addSmall(o.num, o.den)) {
            return this;
        }
        return set(toRational().add(o.toRational()));
    }

    MutableRational subtract(Fraction r) {
        if (big == null && r.fitsLongs() && addSmall(-r.longNumerator(), r.longDenominator())) {
            return this;
        }
        return set(toRational().subtract(r));
    }

    /** Adds n / d in longs if nothing overflows; leaves the value unchanged and returns false otherwise. */
    private boolean addSmall(long n, long d) {
        if (n == 0) {
            return true;
        }
        if (num == 0) {
            num = n;
            den = d;
            return true;
        }
        // a common denominator: divisions are the dearest part, so try the cases that need none or one
        long rn;
        long rd;
        long q;
        if (den == d) {
            rn = add(num, n);
            rd = d;
        } else if (d == 1) {
            rn = add(num, mul(n, den));
            rd = den;
        } else if (den == 1) {
            rn = add(mul(num, d), n);
            rd = d;
        } else if (d > den && (q = d / den) * den == d) {
            rn = add(mul(num, q), n);
            rd = d;
        } else if (den > d && (q = den / d) * d == den) {
            rn = add(num, mul(n, q));
            rd = den;
        } else {
            long g = LongArithmetic.gcd(den, d);
            long left = den / g;
            rd = mul(left, d);
            rn = add(mul(num, d / g), mul(n, left));
        }
        if (rn == OVERFLOW || rd == OVERFLOW) {
            return false;
        }
        num = rn;
        den = rd;
        return true;
    }

    MutableRational multiply(Fraction r) {
        if (big == null && r.fitsLongs() && multiplySmall(r.longNumerator(), r.longDenominator())) {
            return this;
        }
        return set(toRational().multiply(r));
    }

    MutableRational multiply(MutableRational o) {
        if (big == null && o.big == null && multiplySmall(o.num, o.den)) {
            return this;
        }
        return set(toRational().multiply(o.toRational()));
    }

    /** Divides by a fraction that is not 0. */
    MutableRational divide(Fraction r) {
        if (big == null && r.fitsLongs() && r.longNumerator() != 0) {
            long n = r.longNumerator();
            if (n > 0 ? multiplySmall(r.longDenominator(), n) : multiplySmall(-r.longDenominator(), -n)) {
                return this;
            }
        }
        return set(toRational().divide(r));
    }

    /** Divides by a positive integer. */
    MutableRational divide(long k) {
        if (big == null && multiplySmall(1, k)) {
            return this;
        }
        return set(toRational().divide(Fraction.of(k)));
    }

    /** Multiplies by n / d (d positive) in longs if nothing overflows; leaves the value unchanged otherwise. */
    private boolean multiplySmall(long n, long d) {
        if (num == 0) {
            return true;
        }
        if (n == 0) {
            num = 0;
            den = 1;
            return true;
        }
        long rn = mul(num, n);
        long rd = mul(den, d);
        if (rn == OVERFLOW || rd == OVERFLOW) {
            return false;
        }
        num = rn;
        den = rd;
        return true;
    }

    int compareTo(Fraction r) {
        if (big == null && r.fitsLongs()) {
            return compareProducts(num, r.longDenominator(), r.longNumerator(), den);
        }
        return toRational().compareTo(r);
    }

    int compareTo(MutableRational o) {
        if (big == null && o.big == null) {
            return compareProducts(num, o.den, o.num, den);
        }
        return toRational().compareTo(o.toRational());
    }

    /** Compares the absolute values. */
    int compareAbs(MutableRational o) {
        if (big == null && o.big == null) {
            return compareProducts(Math.abs(num), o.den, Math.abs(o.num), den);
        }
        Fraction a = toRational();
        Fraction b = o.toRational();
        return (a.signum() < 0 ? a.negate() : a).compareTo(b.signum() < 0 ? b.negate() : b);
    }

    /**
     * The value times 10^scale rounded half-even, when the value is {@link #small()} and that fits a
     * long; else {@link Long#MIN_VALUE}. {@code BigDecimal.valueOf(units, scale)} is then
     * {@link #toBigDecimal(int)}.
     */
    long roundedUnits(int scale) {
        if (big == null && scale <= 18) {
            long units = mul(num, LongArithmetic.pow10(scale));
            if (units != OVERFLOW) {
                return den == 1 ? units : LongArithmetic.roundHalfEven(units, den);
            }
        }
        return OVERFLOW;
    }

    /** Rounds half-even to {@code scale} decimal places, exactly as {@link Fraction#toBigDecimal(int)}. */
    BigDecimal toBigDecimal(int scale) {
        long units = roundedUnits(scale);
        return units != OVERFLOW ? BigDecimal.valueOf(units, scale) : toRational().toBigDecimal(scale);
    }

    /**
     * Whether the value is held in longs: {@link #numerator()} and {@link #denominator()} are then
     * valid (not necessarily in lowest terms).
     */
    boolean small() {
        return big == null;
    }

    long numerator() {
        return num;
    }

    long denominator() {
        return den;
    }

    /**
     * The value times 10^scale rounded towards negative infinity, when the value is {@link #small()}
     * and that product fits a long; else {@link Long#MIN_VALUE}.
     */
    long floorUnits(int scale) {
        if (big == null && scale <= 18) {
            long units = mul(num, LongArithmetic.pow10(scale));
            if (units != OVERFLOW) {
                long q = units / den;
                return units - q * den < 0 ? q - 1 : q;
            }
        }
        return OVERFLOW;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : num + "/" + den;
    }
}
