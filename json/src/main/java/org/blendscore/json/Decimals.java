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
        return end(text.toCharArray(), 0, text.length()) == -1 ? Messages.notADecimal(text) : null;
    }

    /**
     * The decimal written in {@code chars[from, from + length)}, or {@code null} where {@link #problem}
     * names a problem; read in place. A decimal of at most 18 digits and no exponent is built from its
     * unscaled long (small whole numbers are then {@code BigDecimal}'s cached constants): the same value
     * and scale as {@code new BigDecimal(text)}.
     */
    static BigDecimal read(char[] chars, int from, int length, int maxLength) {
        int end = from + length;
        int exponent = length > maxLength ? -1 : end(chars, from, end);
        if (exponent == -1) {
            return null;
        }
        if (exponent < end) {
            return new BigDecimal(chars, from, length);
        }
        boolean negative = chars[from] == '-';
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        for (int i = negative ? from + 1 : from; i < end; i++) {
            char c = chars[i];
            if (c == '.') {
                scale = end - i - 1;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
            }
        }
        return digits > 18 ? new BigDecimal(chars, from, length) : BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * Scans a decimal, {@code -?digits(.digits)?([Ee][+-]?digits)?} with at most 4 exponent digits, in
     * {@code chars[from, end)}: where its exponent starts ({@code end} if it has none), or -1 if the text
     * is not a decimal.
     */
    private static int end(char[] chars, int from, int end) {
        int i = from;
        if (i < end && chars[i] == '-') {
            i++;
        }
        int digits = skipDigits(chars, i, end);
        if (digits == i) {
            return -1;
        }
        i = digits;
        if (i < end && chars[i] == '.') {
            int fraction = skipDigits(chars, i + 1, end);
            if (fraction == i + 1) {
                return -1;
            }
            i = fraction;
        }
        int exponentAt = i;
        if (i < end && (chars[i] == 'E' || chars[i] == 'e')) {
            i++;
            if (i < end && (chars[i] == '+' || chars[i] == '-')) {
                i++;
            }
            int exponent = skipDigits(chars, i, end);
            if (exponent == i || exponent - i > 4) {
                return -1;
            }
            i = exponent;
        }
        return i == end ? exponentAt : -1;
    }

    private static int skipDigits(char[] chars, int from, int end) {
        int i = from;
        while (i < end && chars[i] >= '0' && chars[i] <= '9') {
            i++;
        }
        return i;
    }
}
