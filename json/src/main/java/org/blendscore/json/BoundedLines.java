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

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads a stream one line at a time, keeping at most the limit of characters of a line: the rest of a
 * longer line is skipped (and the line reported too long), so memory stays bounded per line however
 * the input is written. A line ends at {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLines {

    private final Reader in;
    private final int most;
    /** The current line's characters, {@code line[0, length)}, kept between lines so that reading one copies nothing more. */
    private char[] line = new char[1024];
    private int length;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private long number;
    private boolean tooLong;
    private boolean ended;

    BoundedLines(Reader in, int most) {
        this.in = in;
        this.most = most;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() {
        if (ended) {
            return false;
        }
        length = 0;
        tooLong = false;
        try {
            if (!fill()) {
                ended = true;
                return false;
            }
            number++;
            while (true) {
                // a run of the buffer up to the end of the line or of the buffer, appended up to the limit
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int count = end - position;
                int room = most - length;
                if (count > room) {
                    tooLong = true;
                    count = Math.max(room, 0);
                }
                append(count);
                position = end;
                if (end < limit) {
                    position++;
                    break;
                }
                if (!fill()) {
                    ended = true;
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read line " + (number + 1) + " of the JSON Lines input", e);
        }
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    /** Appends {@code count} characters of the buffer from its position to the line, growing it if needed. */
    private void append(int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, (int) Math.min(2L * line.length, Integer.MAX_VALUE - 8L)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    /** Refills the buffer when it is used up; false at the end of the input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** The line as a string (a copy: the fast path reads {@link #chars()} in place). */
    String text() {
        return new String(line, 0, length);
    }

    /** The current line's characters, from 0 to {@link #length()}; overwritten by the next {@link #next()}. */
    char[] chars() {
        return line;
    }

    /** The current line's length in characters. */
    int length() {
        return length;
    }

    long number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }

    boolean blank() {
        if (tooLong) {
            return false;
        }
        // the usual line starts with '{': decided at its first character
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }
}
