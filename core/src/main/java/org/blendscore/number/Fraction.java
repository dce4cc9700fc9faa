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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact fraction of two integers, always in lowest terms with a positive denominator, so that
 * two fractions of equal value are {@link #equals(Object) equal}. The library computes with these so
 * that a mean such as 13/3, a renormalised weight such as 1/3 or a jump such as 100/3 points stays
 * exact until it is rounded once, with {@link #toBigDecimal(int)}, at the scale you need.
 *
 * <p>Numerator and denominator live in {@code long}s while they fit, which is nearly always, and
 * move to {@link BigInteger}s only when an operation would overflow (detected without exceptions),
 * so the common case allocates one small object per operation and never a BigInteger. The two forms
 * are one value type: which one holds a value depends on the value alone ({@link #fitsLongs()}).
 */
public final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(0, 1);

    /** One. */
    public static final Fraction ONE = new Fraction(1, 1);

    /** One hundred. */
    public static final Fraction HUNDRED = new Fraction(100, 1);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The small form, valid when {@code bigNum == null}; the numerator is never {@link Long#MIN_VALUE}. */
    private final long num;
    private final long den;
    /** The large form, used exactly when numerator or denominator does not fit the small form; else null. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    /**
     * The whole number {@code value}.
     *
     * @param value a whole number
     * @return the fraction value/1
     */
    public static Fraction of(long value) {
        if (value == Long.MIN_VALUE) {
            return new Fraction(LONG_MIN, BigInteger.ONE);
        }
        return value == 0 ? ZERO : new Fraction(value, 1);
    }

    /**
     * The fraction {@code numerator/denominator}, reduced.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException(NumberMessages.zeroDenominator(numerator));
        }
        if (numerator == 0) {
            return ZERO;
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = LongArithmetic.gcd(Math.abs(numerator), denominator);
        return new Fraction(numerator / g, denominator / g);
    }

    /**
     * The fraction {@code numerator/denominator}, reduced.
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction
     * @throws ArithmeticException if the denominator is zero
     */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException(NumberMessages.zeroDenominator(numerator));
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE)) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (fitsLong(numerator) && fitsLong(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue());
        }
        return new Fraction(numerator, denominator);
    }

    /**
     * The exact value of a decimal, as in {@code Fraction.of(new BigDecimal("0.25"))} = 1/4.
     *
     * @param value a decimal
     * @return the same value as a fraction
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int scale = value.scale();
        if (scale <= 0) {
            if (value.precision() - scale <= 18) {
                return of(value.longValueExact());
            }
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        if (scale <= LongArithmetic.MAX_POW10_EXPONENT && value.precision() <= 18) {
            return of(value.unscaledValue().longValue(), LongArithmetic.pow10(scale));
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /**
     * The exact value of decimal text, as in {@code Fraction.parse("65.00")} = 65.
     *
     * @param decimal decimal text, as {@link BigDecimal#BigDecimal(String)} reads it
     * @return the value as a fraction
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static Fraction parse(String decimal) {
        return of(new BigDecimal(Objects.requireNonNull(decimal, "decimal")));
    }

    /** Whether b lies in the small form's range, -(2^63 - 1) to 2^63 - 1 (symmetric, so negation stays small). */
    private static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) > 0 && b.compareTo(LONG_MAX) <= 0;
    }

    /**
     * The numerator in lowest terms, carrying the sign.
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        return bigNum != null ? bigNum : BigInteger.valueOf(num);
    }

    /**
     * The denominator in lowest terms, positive.
     *
     * @return the denominator
     */
    public BigInteger denominator() {
        return bigDen != null ? bigDen : BigInteger.valueOf(den);
    }

    /**
     * Whether numerator and denominator each lie between -(2^63 - 1) and 2^63 - 1, so that
     * {@link #longNumerator()} and {@link #longDenominator()} give them without allocating.
     *
     * @return true if both fit a long (and the numerator is not {@link Long#MIN_VALUE})
     */
    public boolean fitsLongs() {
        return bigNum == null;
    }

    /** A value in the small form: {@code num / den} already in lowest terms, {@code den > 0}, {@code num != Long.MIN_VALUE}. */
    static Fraction small(long num, long den) {
        return new Fraction(num, den);
    }

    /** The small form's numerator, unchecked: valid when {@link #fitsLongs()}. */
    long smallNum() {
        return num;
    }

    /** The small form's denominator, unchecked: valid when {@link #fitsLongs()}. */
    long smallDen() {
        return den;
    }

    /**
     * The numerator as a long, for fast arithmetic on a value that {@link #fitsLongs() fits longs}.
     *
     * @return the numerator in lowest terms; never {@link Long#MIN_VALUE}
     * @throws ArithmeticException if the value does not fit longs
     */
    public long longNumerator() {
        if (bigNum != null) {
            throw new ArithmeticException(NumberMessages.doesNotFitLongs(this));
        }
        return num;
    }

    /**
     * The denominator as a long, for fast arithmetic on a value that {@link #fitsLongs() fits longs}.
     *
     * @return the denominator in lowest terms, positive
     * @throws ArithmeticException if the value does not fit longs
     */
    public long longDenominator() {
        if (bigNum != null) {
            throw new ArithmeticException(NumberMessages.doesNotFitLongs(this));
        }
        return den;
    }

    /**
     * A double close to the value (within a few units in the last place), for a quick first
     * comparison; never use it where the result must be exact.
     *
     * @return the value as a double
     */
    public double doubleValue() {
        return bigNum == null ? (double) num / den
                : new BigDecimal(bigNum).divide(new BigDecimal(bigDen), MathContext.DECIMAL64).doubleValue();
    }

    /**
     * This plus {@code other}.
     *
     * @param other the addend
     * @return the exact sum
     */
    public Fraction add(Fraction other) {
        return FractionArithmetic.add(this, other);
    }

    /**
     * This minus {@code other}.
     *
     * @param other the subtrahend
     * @return the exact difference
     */
    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    /**
     * Minus this.
     *
     * @return the negated value
     */
    public Fraction negate() {
        if (bigNum == null) {
            return num == 0 ? this : new Fraction(-num, den);
        }
        return new Fraction(bigNum.negate(), bigDen);
    }

    /**
     * The absolute value.
     *
     * @return this if not negative, otherwise its negation
     */
    public Fraction abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * This times {@code other}.
     *
     * @param other the factor
     * @return the exact product
     */
    public Fraction multiply(Fraction other) {
        return FractionArithmetic.multiply(this, other);
    }

    /**
     * This divided by {@code other}.
     *
     * @param other the divisor, not zero
     * @return the exact quotient
     * @throws ArithmeticException if {@code other} is zero
     */
    public Fraction divide(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException(NumberMessages.divisionByZero(this));
        }
        return multiply(other.reciprocal());
    }

    /** One over this, which is not zero. */
    private Fraction reciprocal() {
        if (bigNum == null) {
            return num < 0 ? new Fraction(-den, -num) : new Fraction(den, num);
        }
        return of(bigDen, bigNum);
    }

    /**
     * The sign.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return bigNum == null ? Long.signum(num) : bigNum.signum();
    }

    /**
     * The smaller of this and {@code other}.
     *
     * @param other another fraction
     * @return the smaller value (this when equal)
     */
    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The larger of this and {@code other}.
     *
     * @param other another fraction
     * @return the larger value (this when equal)
     */
    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Rounds half-even to {@code scale} decimal places.
     *
     * @param scale decimal places of the result (negative rounds to tens, hundreds...)
     * @return the rounded decimal
     */
    public BigDecimal toBigDecimal(int scale) {
        return FractionUnits.round(this, scale);
    }

    /**
     * The exact decimal value, if the fraction has one (its reduced denominator has no prime factor
     * other than 2 and 5); 1/4 gives 0.25, 1/3 gives empty.
     *
     * @return the exact decimal, or empty if its expansion does not terminate
     */
    public Optional<BigDecimal> toExactDecimal() {
        return FractionUnits.exactDecimal(this);
    }

    /**
     * The value times 10^scale, rounded towards negative infinity: the whole units of
     * {@code 10^-scale} in the value, as 1234 for 12.345 at scale 2 and -1235 for -12.345.
     *
     * @param scale decimal places, 0 or more
     * @return the floor of value x 10^scale
     * @throws IllegalArgumentException if the scale is negative
     */
    public BigInteger floorUnits(int scale) {
        return FractionUnits.floor(this, scale);
    }

    /**
     * What remains of value x 10^scale above its {@link #floorUnits(int) floor}, a fraction in [0, 1).
     *
     * @param scale decimal places, 0 or more
     * @return value x 10^scale minus its floor
     * @throws IllegalArgumentException if the scale is negative
     */
    public Fraction remainderUnits(int scale) {
        return FractionUnits.remainder(this, scale);
    }

    /**
     * Compares this with a decimal, exactly.
     *
     * @param value a decimal
     * @return negative, zero or positive as this is less than, equal to or greater than {@code value}
     */
    public int compareTo(BigDecimal value) {
        return compareTo(of(value));
    }

    /**
     * Compares two values exactly.
     *
     * @param other another fraction
     * @return negative, zero or positive as this is less than, equal to or greater than {@code other}
     */
    @Override
    public int compareTo(Fraction other) {
        return FractionArithmetic.compare(this, other);
    }

    /** Equal when the values are equal: the lowest-terms form is unique, and so is which form holds it. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Fraction f)) {
            return false;
        }
        if (bigNum == null || f.bigNum == null) {
            return bigNum == null && f.bigNum == null && num == f.num && den == f.den;
        }
        return bigNum.equals(f.bigNum) && bigDen.equals(f.bigDen);
    }

    @Override
    public int hashCode() {
        return bigNum == null ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    /** Renders as {@code 65} or {@code 100/3}. */
    @Override
    public String toString() {
        return bigNum == null ? (den == 1 ? Long.toString(num) : num + "/" + den)
                : bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
    }
}
