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
package org.blendscore.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact fraction of two integers, always in lowest terms with a positive denominator, so that
 * two fractions of equal value are {@link #equals(Object) equal}. The rubric analysis computes with
 * these so that a share such as 1/3 or a jump such as 100/3 points stays exact; render a value with
 * {@link #toBigDecimal(int)} at the scale you need.
 *
 * @param numerator the numerator, carrying the sign
 * @param denominator the denominator, positive
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    /** One. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    /** One hundred. */
    public static final Fraction HUNDRED = new Fraction(BigInteger.valueOf(100), BigInteger.ONE);

    /**
     * Creates a fraction and reduces it to lowest terms with a positive denominator.
     *
     * @param numerator the numerator, carrying the sign
     * @param denominator the denominator, positive
     * @throws ArithmeticException if the denominator is zero
     */
    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("the denominator of " + numerator + "/0 is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        } else if (!g.equals(BigInteger.ONE)) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
    }

    /**
     * The whole number {@code value}.
     *
     * @param value a whole number
     * @return the fraction value/1
     */
    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
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
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * The exact value of a decimal, as in {@code Fraction.of(new BigDecimal("0.25"))} = 1/4.
     *
     * @param value a decimal
     * @return the same value as a fraction
     */
    public static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() <= 0) {
            return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * The exact value of decimal text, as in {@code Fraction.parse("65.00")} = 65.
     *
     * @param decimal decimal text, as {@link BigDecimal#BigDecimal(String)} reads it
     * @return the value as a fraction
     * @throws NumberFormatException if the text is not a decimal number
     */
    public static Fraction parse(String decimal) {
        return of(new BigDecimal(decimal));
    }

    /**
     * This plus {@code other}.
     *
     * @param other the addend
     * @return the exact sum
     */
    public Fraction add(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
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
     * This times {@code other}.
     *
     * @param other the factor
     * @return the exact product
     */
    public Fraction multiply(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
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
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /**
     * Minus this.
     *
     * @return the negated value
     */
    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
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
     * The sign.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return numerator.signum();
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
     * @param scale decimal places of the result
     * @return the rounded decimal
     */
    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The exact decimal value, if the fraction has one (its reduced denominator has no prime factor
     * other than 2 and 5); 1/4 gives 0.25, 1/3 gives empty.
     *
     * @return the exact decimal, or empty if its expansion does not terminate
     */
    public Optional<BigDecimal> toExactDecimal() {
        BigInteger rest = denominator;
        BigInteger two = BigInteger.TWO;
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(two).signum() == 0) {
            rest = rest.divide(two);
        }
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        if (!rest.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator)));
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

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** Renders as {@code 65} or {@code 100/3}. */
    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
