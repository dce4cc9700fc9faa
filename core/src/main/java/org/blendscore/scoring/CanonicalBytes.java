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
package org.blendscore.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable byte buffer into which the {@linkplain Fingerprint canonical form} of evidence is written
 * piece by piece, holding exactly the bytes that {@code String.getBytes(UTF_8)} would give for the
 * same text built as a string: UTF-16 lengths, unpaired surrogates as {@code '?'}, decimals as
 * {@link Fingerprint#decimal}, dates as {@link LocalDate#toString()}. It can also sort the lines
 * written since a mark, in the order their texts would sort.
 *
 * <p>Not thread-safe: one thread reuses it from one piece of evidence to the next.
 */
final class CanonicalBytes {

    private static final int INITIAL = 1024;
    /** Buffers grown beyond this by unusually large evidence are let go at the next reset. */
    private static final int KEPT = 1 << 16;
    /** Beyond this many zeros before or after the point, a decimal is written through BigDecimal. */
    private static final int PLAIN_ZEROS = 64;

    private byte[] buf = new byte[INITIAL];
    private int size;

    private int[] lineStarts = new int[16];
    private int lines;
    private boolean surrogates;
    private byte[] sortSpace = new byte[0];
    private int[] order = new int[16];
    /** Scratch space of the merge sort of {@link #order}. */
    private int[] mergeSpace = new int[16];

    /** Empties the buffer for the next piece of evidence. */
    void reset() {
        size = 0;
        if (buf.length > KEPT) {
            buf = new byte[INITIAL];
            sortSpace = new byte[0];
            mergeSpace = new int[16];
        }
    }

    /** The buffer; its first {@link #size()} bytes are the form written so far. */
    byte[] array() {
        return buf;
    }

    int size() {
        return size;
    }

    /** Forgets everything written after the first {@code newSize} bytes. */
    void truncate(int newSize) {
        size = newSize;
    }

    CanonicalBytes put(char ascii) {
        ensure(1);
        buf[size++] = (byte) ascii;
        return this;
    }

    /** Appends bytes known to be the form of some text (a keyword and its space, for instance). */
    CanonicalBytes put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Appends {@code s} as its length in UTF-16 chars, a colon and the text. */
    CanonicalBytes str(String s) {
        int n = s.length();
        if (n >= 100) {
            return number(n).put(':').text(s);
        }
        ensure(3);
        if (n >= 10) {
            buf[size++] = (byte) ('0' + n / 10);
        }
        buf[size++] = (byte) ('0' + n % 10);
        buf[size++] = ':';
        return text(s);
    }

    /** Appends the UTF-8 bytes of {@code s}, as {@code s.getBytes(UTF_8)} gives them. */
    CanonicalBytes text(String s) {
        int n = s.length();
        ensure(n);
        byte[] b = buf;
        int p = size;
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[p++] = (byte) c;
        }
        size = p;
        if (i < n) {
            encode(s, i);
        }
        return this;
    }

    /** UTF-8 from {@code s.charAt(from)} on, with the JDK's replacement of an unpaired surrogate by '?'. */
    private void encode(String s, int from) {
        int n = s.length();
        ensure(3 * (n - from));
        byte[] b = buf;
        int p = size;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                surrogates = true;
                char low;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(low = s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, low);
                    b[p++] = (byte) (0xF0 | cp >> 18);
                    b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[p++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = p;
    }

    /** Appends {@code v} in decimal, as {@link Long#toString(long)}. */
    CanonicalBytes number(long v) {
        if (v == Long.MIN_VALUE) {
            return text(Long.toString(v));
        }
        if (v < 0) {
            put('-');
            v = -v;
        }
        if (v < 10) {
            return put((char) ('0' + v));
        }
        int digits = digits(v);
        ensure(digits);
        int p = size + digits;
        size = p;
        do {
            buf[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        return this;
    }

    /** The number of decimal digits of {@code v >= 0}. */
    private static int digits(long v) {
        int d = 1;
        for (long limit = 10; d < 19 && v >= limit; limit *= 10) {
            d++;
        }
        return d;
    }

    /** Appends {@code d} as {@link LocalDate#toString()} gives it. */
    CanonicalBytes date(LocalDate d) {
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            return text(d.toString());
        }
        ensure(10);
        byte[] b = buf;
        int p = size;
        b[p] = (byte) ('0' + year / 1000);
        b[p + 1] = (byte) ('0' + year / 100 % 10);
        b[p + 2] = (byte) ('0' + year / 10 % 10);
        b[p + 3] = (byte) ('0' + year % 10);
        b[p + 4] = '-';
        b[p + 5] = (byte) ('0' + d.getMonthValue() / 10);
        b[p + 6] = (byte) ('0' + d.getMonthValue() % 10);
        b[p + 7] = '-';
        b[p + 8] = (byte) ('0' + d.getDayOfMonth() / 10);
        b[p + 9] = (byte) ('0' + d.getDayOfMonth() % 10);
        size = p + 10;
        return this;
    }

    /**
     * Appends {@code d} as {@link Fingerprint#decimal} writes it (without trailing zeros, never in
     * exponent form), from its unscaled value when that has at most 18 digits and the point is near.
     */
    CanonicalBytes decimal(BigDecimal d) {
        if (d.signum() == 0) {
            return put('0');
        }
        if (d.precision() > 18) {
            return text(Fingerprint.decimal(d));
        }
        // at most 18 digits: the unscaled value fits a long; moving the point makes one BigDecimal, where
        // unscaledValue() made a BigInteger and its int[] (and longValue() of it read them back)
        long unscaled = d.scale() == 0 ? d.longValue() : d.movePointRight(d.scale()).longValue();
        long stripped = d.scale();
        while (unscaled % 10 == 0) {
            unscaled /= 10;
            stripped--;
        }
        if (stripped < -PLAIN_ZEROS || stripped > PLAIN_ZEROS) {
            return text(Fingerprint.decimal(d));
        }
        int scale = (int) stripped;
        if (scale <= 0) {
            number(unscaled);
            ensure(-scale);
            Arrays.fill(buf, size, size - scale, (byte) '0');
            size -= scale;
            return this;
        }
        if (unscaled < 0) {
            put('-');
            unscaled = -unscaled;
        }
        int length = Math.max(digits(unscaled) - scale, 1) + 1 + scale;
        ensure(length);
        int p = size + length;
        size = p;
        for (int i = 0; i < scale; i++) {
            buf[--p] = (byte) ('0' + unscaled % 10);
            unscaled /= 10;
        }
        buf[--p] = '.';
        do {
            buf[--p] = (byte) ('0' + unscaled % 10);
            unscaled /= 10;
        } while (unscaled != 0);
        return this;
    }

    /** Starts a group of lines to be {@linkplain #sortLines() sorted}. */
    void startLines() {
        lines = 0;
        surrogates = false;
    }

    /** Marks the start of the next line of the group. */
    void line() {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = size;
    }

    /**
     * Sorts the lines of the group, which run from the first mark to the end of the buffer, into the
     * order of their texts ({@link String#compareTo}). Unsigned byte order is that order unless a
     * line holds a surrogate (UTF-8 orders supplementary characters after U+E000..U+FFFF, UTF-16
     * before, and an unpaired one was written as '?'): then nothing is sorted.
     *
     * @return whether the lines were sorted; if not, the caller writes them some other way
     */
    boolean sortLines() {
        if (surrogates) {
            return false;
        }
        int n = lines;
        if (n < 2) {
            return true;
        }
        int from = lineStarts[0];
        int length = size - from;
        if (sortSpace.length < length) {
            sortSpace = new byte[Math.max(length, 2 * sortSpace.length)];
        }
        System.arraycopy(buf, from, sortSpace, 0, length);
        if (order.length < n) {
            order = new int[Math.max(n, 2 * order.length)];
        }
        // a merge sort of line indices (insertion sort for short runs): n log n comparisons; equal lines are
        // equal bytes, so stability does not matter
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (mergeSpace.length < n) {
            mergeSpace = new int[Math.max(n, 2 * mergeSpace.length)];
        }
        sortOrder(0, n, from);
        int p = from;
        for (int k = 0; k < n; k++) {
            int line = order[k];
            int start = lineStarts[line] - from;
            int end = line + 1 < n ? lineStarts[line + 1] - from : length;
            System.arraycopy(sortSpace, start, buf, p, end - start);
            p += end - start;
        }
        return true;
    }

    /** Sorts {@code order[lo..hi)} by the lines' bytes: merge sort, insertion sort below 16 lines. */
    private void sortOrder(int lo, int hi, int from) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int line = order[i];
                int k = i;
                while (k > lo && compareLines(order[k - 1], line, from) > 0) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = line;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortOrder(lo, mid, from);
        sortOrder(mid, hi, from);
        if (compareLines(order[mid - 1], order[mid], from) <= 0) {
            return;
        }
        System.arraycopy(order, lo, mergeSpace, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            order[k++] = compareLines(mergeSpace[j], mergeSpace[i], from) < 0 ? mergeSpace[j++] : mergeSpace[i++];
        }
        System.arraycopy(mergeSpace, i, order, k, mid - i);
        System.arraycopy(mergeSpace, j, order, k + mid - i, hi - j);
    }

    private int compareLines(int a, int b, int from) {
        int aStart = lineStarts[a] - from;
        int aEnd = a + 1 < lines ? lineStarts[a + 1] - from : size - from;
        int bStart = lineStarts[b] - from;
        int bEnd = b + 1 < lines ? lineStarts[b + 1] - from : size - from;
        return Arrays.compareUnsigned(sortSpace, aStart, aEnd, sortSpace, bStart, bEnd);
    }

    private void ensure(int more) {
        if (more > buf.length - size) {
            long needed = (long) size + more;
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(ScoringMessages.canonicalFormTooLarge());
            }
            buf = Arrays.copyOf(buf, (int) Math.max(needed, Math.min(2L * buf.length, Integer.MAX_VALUE - 8)));
        }
    }
}
