package org.blendscore.funnel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** An exact non-negative fraction, for funnel rates such as a third that no decimal holds. */
record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {

    Ratio {
        if (den.signum() <= 0) {
            throw new ArithmeticException("denominator must be positive");
        }
        BigInteger g = num.gcd(den);
        if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Ratio of(long num, long den) {
        return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Ratio of(BigDecimal d) {
        return d.scale() <= 0 ? new Ratio(d.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    Ratio add(Ratio o) {
        return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Ratio subtract(Ratio o) {
        return new Ratio(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Ratio multiply(Ratio o) {
        return new Ratio(num.multiply(o.num), den.multiply(o.den));
    }

    /** This divided by {@code o}, rounded up to a whole number; o must be positive. */
    BigInteger divideCeiling(Ratio o) {
        BigInteger n = num.multiply(o.den);
        BigInteger d = den.multiply(o.num);
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Exact when the fraction terminates in decimals, else rounded half-even to 34 significant digits. */
    BigDecimal toBigDecimal() {
        BigDecimal n = new BigDecimal(num);
        BigDecimal d = new BigDecimal(den);
        try {
            return n.divide(d);
        } catch (ArithmeticException nonTerminating) {
            return n.divide(d, MathContext.DECIMAL128);
        }
    }

    BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
    }

    @Override
    public int compareTo(Ratio o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
