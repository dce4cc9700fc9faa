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
package org.blendscore.json;

import java.math.BigDecimal;

/**
 * Decimals as the JSON format writes them: a JSON string holding the decimal as written, so that
 * nothing passes through {@code double} and the scale is kept ({@code "1250000.00"} reads back as
 * {@code 1250000.00}, not {@code 1250000}). An optional minus sign, digits, optionally a point and
 * digits, optionally an exponent ({@code "1E+3"}, written only for a decimal whose scale is
 * negative). Checked in one pass over at most the number length limit, before {@link BigDecimal}
 * sees it.
 */
final class Decimals {

    private Decimals() {
    }

    static String write(BigDecimal value) {
        return value.scale() >= 0 ? value.toPlainString() : value.toString();
    }

    /** What is wrong with a decimal's text, or {@code null} if it is a decimal within the length limit. */
    static String problem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return Messages.numberTooLong(text.length(), maxLength);
        }
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digits = skipDigits(text, i);
        if (digits == i) {
            return Messages.notADecimal(text);
        }
        i = digits;
        if (i < n && text.charAt(i) == '.') {
            int fraction = skipDigits(text, i + 1);
            if (fraction == i + 1) {
                return Messages.notADecimal(text);
            }
            i = fraction;
        }
        if (i < n && (text.charAt(i) == 'E' || text.charAt(i) == 'e')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = skipDigits(text, i);
            if (exponent == i || exponent - i > 4) {
                return Messages.notADecimal(text);
            }
            i = exponent;
        }
        return i == n ? null : Messages.notADecimal(text);
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
