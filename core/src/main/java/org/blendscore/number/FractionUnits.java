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

import static org.blendscore.number.LongArithmetic.OVERFLOW;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A {@link Fraction} as decimals: rounded half-even to a scale, its whole units of 10^-scale and
 * what remains of them, its exact decimal if it has one. Each first in {@code long}s and, when that
 * would overflow, once more in {@link BigInteger}s, with the same result.
 */
final class FractionUnits {

    private FractionUnits() {
    }

    /** The value x 10^scale in longs, or {@link LongArithmetic#OVERFLOW} when it is large or does not fit. */
    private static long units(Fraction f, int scale) {
        if (f.fitsLongs() && scale >= 0 && scale <= LongArithmetic.MAX_POW10_EXPONENT) {
            return LongArithmetic.multiplyOrOverflow(f.smallNum(), LongArithmetic.pow10(scale));
        }
        return OVERFLOW;
    }

    static BigDecimal round(Fraction f, int scale) {
        long units = units(f, scale);
        if (units != OVERFLOW) {
            long den = f.smallDen();
            return BigDecimal.valueOf(den == 1 ? units : LongArithmetic.roundHalfEven(units, den), scale);
        }
        return new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()), scale, RoundingMode.HALF_EVEN);
    }

    static BigInteger floor(Fraction f, int scale) {
        requireScale(scale);
        long units = units(f, scale);
        if (units != OVERFLOW) {
            return BigInteger.valueOf(Math.floorDiv(units, f.smallDen()));
        }
        BigInteger[] qr = f.numerator().multiply(BigInteger.TEN.pow(scale)).divideAndRemainder(f.denominator());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    static Fraction remainder(Fraction f, int scale) {
        requireScale(scale);
        long units = units(f, scale);
        if (units != OVERFLOW) {
            return Fraction.of(Math.floorMod(units, f.smallDen()), f.smallDen());
        }
        return Fraction.of(f.numerator().multiply(BigInteger.TEN.pow(scale)).mod(f.denominator()), f.denominator());
    }

    static Optional<BigDecimal> exactDecimal(Fraction f) {
        BigInteger d = f.denominator();
        BigInteger rest = d.shiftRight(d.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (rest.mod(five).signum() == 0) {
            rest = rest.divide(five);
        }
        if (!rest.equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(f.numerator()).divide(new BigDecimal(d)));
    }

    private static void requireScale(int scale) {
        if (scale < 0) {
            throw new IllegalArgumentException(NumberMessages.negativeScale(scale));
        }
    }
}
