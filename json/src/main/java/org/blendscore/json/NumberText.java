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
import java.time.LocalDate;

import org.blendscore.number.Fraction;

import tools.jackson.core.JsonGenerator;

/**
 * Decimals and shares written as JSON strings straight from their digits into the generator, through a
 * small buffer per thread: the same characters as {@link Decimals#write} and {@link Fractions#write}
 * without the strings and builders those make per number. A value whose digits do not fit a
 * {@code long} is written through those methods.
 */
final class NumberText {

    /** Room for a sign, 19 digits, a point and 18 leading zeros, or two signed longs and a slash. */
    private static final int ROOM = 64;
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[ROOM]);

    private NumberText() {
    }

    /** Writes a decimal's text (plain, as {@link Decimals#write}) as a string value. */
    static void decimal(JsonGenerator g, BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            g.writeString(Decimals.write(value));
            return;
        }
        // at most 18 digits: the unscaled value is a long (scale 0: read without allocating)
        long unscaled = (scale == 0 ? value : value.scaleByPowerOfTen(scale)).longValue();
        char[] out = BUFFER.get();
        g.writeString(out, 0, plain(out, unscaled, scale));
    }

    /** Writes a share's text ({@code "numerator/denominator"}, as {@link Fractions#write}) as a string value. */
    static void fraction(JsonGenerator g, Fraction value) {
        if (!value.fitsLongs()) {
            g.writeString(Fractions.write(value));
            return;
        }
        char[] out = BUFFER.get();
        int at = plain(out, value.longNumerator(), 0);
        out[at++] = '/';
        int end = at + plain(out, at, value.longDenominator(), 0);
        g.writeString(out, 0, end);
    }

    /**
     * Writes a date's ISO text ({@code yyyy-mm-dd}, as {@link LocalDate#toString}) as a string value; a
     * year outside 0 to 9999 (which {@code toString} writes with a sign) goes through {@code toString}.
     */
    static void date(JsonGenerator g, LocalDate value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            g.writeString(value.toString());
            return;
        }
        char[] out = BUFFER.get();
        fill(out, 4, year, 4);
        out[4] = '-';
        fill(out, 7, value.getMonthValue(), 2);
        out[7] = '-';
        fill(out, 10, value.getDayOfMonth(), 2);
        g.writeString(out, 0, 10);
    }

    /** Writes {@code unscaled} x 10^-{@code scale} in plain notation from {@code out[0]}; returns its length. */
    static int plain(char[] out, long unscaled, int scale) {
        return plain(out, 0, unscaled, scale);
    }

    private static int plain(char[] out, int from, long unscaled, int scale) {
        int at = from;
        long magnitude = unscaled;
        if (unscaled < 0) {
            out[at++] = '-';
            magnitude = -unscaled;
        }
        int digits = digits(magnitude);
        if (scale == 0) {
            fill(out, at + digits, magnitude, digits);
            return at + digits - from;
        }
        if (digits > scale) {
            // integer digits, the point, then scale digits
            int end = at + digits + 1;
            fill(out, end, magnitude, scale);
            out[end - scale - 1] = '.';
            fill(out, end - scale - 1, magnitude / pow10(scale), digits - scale);
            return end - from;
        }
        // 0.000ddd: a zero, the point, scale - digits zeros, then the digits
        out[at++] = '0';
        out[at++] = '.';
        for (int i = 0; i < scale - digits; i++) {
            out[at++] = '0';
        }
        fill(out, at + digits, magnitude, digits);
        return at + digits - from;
    }

    /** Writes the lowest {@code count} digits of {@code value} ending just before {@code end}. */
    private static void fill(char[] out, int end, long value, int count) {
        long rest = value;
        for (int i = end - 1; i >= end - count; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static int digits(long magnitude) {
        int n = 1;
        for (long rest = magnitude / 10; rest > 0; rest /= 10) {
            n++;
        }
        return n;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
