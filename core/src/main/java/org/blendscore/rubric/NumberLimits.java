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
package org.blendscore.rubric;

import java.math.BigDecimal;

/**
 * The size of the decimals Blendscore accepts, in rubrics and in evidence: at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_FRACTION_DIGITS}
 * after it (trailing zeros do not count), written with a scale of at most {@value #MAX_WRITTEN_SCALE}
 * either way (trailing zeros do count: {@code 0E-100000000} and {@code 1.} followed by 200,000 zeros
 * are refused, as is {@code 0E+101}). Every amount, count, rate, weight, rating and factor of a sales
 * review fits easily; the limits keep a rubric or a record from an untrusted source (say
 * {@code 1E+5000000}) from stalling the scorer, and such a number is rejected with an error naming
 * its field.
 *
 * <p>Deciding costs at most a look at the number's scale and precision, and, for a number written
 * with more than {@value #MAX_FRACTION_DIGITS} decimal places, stripping the trailing zeros of at
 * most {@value #MAX_INTEGER_DIGITS} + {@value #MAX_WRITTEN_SCALE} digits: the written scale is
 * checked before anything is stripped.
 */
public final class NumberLimits {

    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The most digits after the decimal point, trailing zeros not counted. */
    public static final int MAX_FRACTION_DIGITS = 20;

    /**
     * The largest scale a number may be written with, either way: at most this many decimal places,
     * trailing zeros included, and for a number written with an exponent ({@code 0E+40}), at most
     * this power of ten.
     */
    public static final int MAX_WRITTEN_SCALE = 100;

    private NumberLimits() {
    }

    /**
     * Whether a decimal is within the limits.
     *
     * @param value a decimal
     * @return true if it is written with a scale within {@value #MAX_WRITTEN_SCALE} either way, and
     *         has at most 30 integer digits and 20 decimal places, trailing zeros not counted
     */
    public static boolean allows(BigDecimal value) {
        int scale = value.scale();
        if (scale > MAX_WRITTEN_SCALE || scale < -MAX_WRITTEN_SCALE) {
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        if (value.precision() - scale > MAX_INTEGER_DIGITS) {
            return false;
        }
        // at most 130 digits here, so stripping is cheap; trailing zeros do not count: 1.000...0 is fine
        return scale <= MAX_FRACTION_DIGITS || value.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS;
    }

    /**
     * The message for a decimal outside the limits: a number too large or too fine is outside the
     * supported range; a number within it written with too long a scale (zero with a hundred million
     * decimal places, or one with 200,000 trailing zeros) is written too long.
     *
     * @param field what the number is
     * @param value the number
     * @return the message
     */
    public static String message(String field, BigDecimal value) {
        String shown = value.precision() > 40 || Math.abs(value.scale()) > 40 ? value.toString() : value.toPlainString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        if (writtenTooLong(value)) {
            return ModelMessages.writtenTooLong(field, shown, value.scale(), MAX_WRITTEN_SCALE, value.signum() == 0);
        }
        return ModelMessages.outsideSupportedRange(field, shown, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }

    /**
     * Whether a decimal outside the limits could be within the range if written shorter: zero, or a
     * number whose digits do not reach beyond the range once its trailing zeros are stripped.
     */
    private static boolean writtenTooLong(BigDecimal value) {
        long scale = value.scale();
        if (scale <= MAX_WRITTEN_SCALE && scale >= -MAX_WRITTEN_SCALE) {
            return false;
        }
        if (value.signum() == 0) {
            return true;
        }
        long precision = value.precision();
        // stripping removes at most precision - 1 zeros, so the finest digit is at least this fine
        return precision - scale <= MAX_INTEGER_DIGITS && scale - (precision - 1) <= MAX_FRACTION_DIGITS;
    }
}
