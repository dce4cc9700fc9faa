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

import java.time.LocalDate;

/** Dates as ISO {@code yyyy-mm-dd} text, read in place from a parser's characters. */
final class IsoDates {

    private IsoDates() {
    }

    /**
     * The date written in {@code chars[from, from + length)}: the usual {@code yyyy-mm-dd} of ASCII digits
     * read in place, anything else as {@link LocalDate#parse} reads it (the same dates either way).
     *
     * @throws java.time.DateTimeException if the text is not a date
     */
    static LocalDate read(char[] chars, int from, int length) {
        if (length == 10 && chars[from + 4] == '-' && chars[from + 7] == '-') {
            int year = number(chars, from, 4);
            int month = number(chars, from + 5, 2);
            int day = number(chars, from + 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(new String(chars, from, length));
    }

    /** The number written by {@code count} ASCII digits from {@code from}, or -1 if one is not a digit. */
    private static int number(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return -1;
            }
            value = value * 10 + (chars[i] - '0');
        }
        return value;
    }
}
