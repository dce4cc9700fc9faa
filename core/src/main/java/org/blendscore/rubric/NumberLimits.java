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
 * after it. Every amount, count, rate, weight, rating and factor of a sales review fits easily; the
 * limits keep a rubric or a record from an untrusted source (say {@code 1E+5000000}) from stalling
 * the scorer, and such a number is rejected with an error naming its field.
 */
public final class NumberLimits {

    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The most digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 20;

    private NumberLimits() {
    }

    /**
     * Whether a decimal is within the limits.
     *
     * @param value a decimal
     * @return true if it has at most 30 integer digits and 20 decimal places
     */
    public static boolean allows(BigDecimal value) {
        int scale = value.scale();
        if (scale > MAX_FRACTION_DIGITS) {
            // trailing zeros do not count: 1.000...0 is fine
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > MAX_FRACTION_DIGITS) {
                return false;
            }
            scale = stripped.scale();
            value = stripped;
        }
        if (scale < -MAX_INTEGER_DIGITS) {
            return value.signum() == 0;
        }
        int integerDigits = value.precision() - scale;
        return integerDigits <= MAX_INTEGER_DIGITS;
    }

    /**
     * The message for a decimal outside the limits.
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
        return ModelMessages.outsideSupportedRange(field, shown, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }
}
