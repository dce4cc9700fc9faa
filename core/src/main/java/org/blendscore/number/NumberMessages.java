package org.blendscore.number;

/** The texts of this package's errors, one factory each. */
final class NumberMessages {

    private NumberMessages() {
    }

    static String zeroDenominator(Object numerator) {
        return "the denominator of " + numerator + "/0 is zero";
    }

    static String divisionByZero(Fraction dividend) {
        return "cannot divide " + dividend + " by zero";
    }

    static String negativeScale(int scale) {
        return "scale " + scale + " is negative: a count of decimal places must be 0 or more";
    }

    static String pow10OutOfRange(int exponent) {
        return "10^" + exponent + " does not fit a long: the exponent must be 0 to " + LongArithmetic.MAX_POW10_EXPONENT;
    }

    static String doesNotFitLongs(Fraction value) {
        return value + " does not fit longs: read numerator() and denominator() instead";
    }
}
