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

/**
 * Reads a stream one line at a time, keeping at most the limit of characters of a line: the rest of a
 * longer line is skipped (and the line reported too long), so memory stays bounded per line however
 * the input is written. A line ends at {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLines {

    private final Reader in;
    private final int most;
    private final StringBuilder line = new StringBuilder();
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
        line.setLength(0);
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
                int room = most - line.length();
                if (count > room) {
                    tooLong = true;
                    count = Math.max(room, 0);
                }
                line.append(buffer, position, count);
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
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return true;
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

    String text() {
        return line.toString();
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
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
