package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction of two integers, always in lowest terms with a positive denominator. The
 * scorer computes with these so that means such as 13/3 and renormalised weights such as 1/3 stay
 * exact until the single rounding at the rubric's scale.
 */
final class Rational implements Comparable<Rational> {

    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        return new Rational(num, den);
    }

    static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Rational of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Rational(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    Rational add(Rational o) {
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational subtract(Rational o) {
        return add(o.negate());
    }

    Rational negate() {
        return num.signum() == 0 ? this : new Rational(num.negate(), den);
    }

    Rational multiply(Rational o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    Rational divide(Rational o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    int signum() {
        return num.signum();
    }

    Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** Rounds half-even to {@code scale} decimal places. */
    BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
    }

    /** The value times 10^scale, rounded towards negative infinity. */
    BigInteger floorUnits(int scale) {
        BigInteger scaled = num.multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = scaled.divideAndRemainder(den);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** What remains of value x 10^scale above its floor, as a fraction in [0, 1). */
    Rational remainderUnits(int scale) {
        Rational scaled = multiply(of(BigInteger.TEN.pow(scale), BigInteger.ONE));
        return scaled.subtract(of(floorUnits(scale), BigInteger.ONE));
    }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
