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
import java.util.LinkedHashMap;
import java.util.Map;

import org.blendscore.rubric.DateRange;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The values of {@link StreamedEvidence}'s fast path, read from the token stream: texts, decimals and
 * dates read in place (no string made where none is kept), recent strings shared between records, and
 * small maps. Whatever is not exactly as expected gives up ({@link #GIVE_UP}), and the document is
 * then read by the tree reader, which names the problem.
 */
final class StreamTokens {

    /** Gives up; thrown without a stack trace, caught by {@link StreamedEvidence}. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    static final GiveUp GIVE_UP = new GiveUp();

    /** The most members of a map or elements of a list read on the fast path; more are left to the tree reader. */
    static final int MOST = 10_000;

    private final JsonParser in;
    private final JsonLimits limits;
    private final RecentStrings strings;

    StreamTokens(JsonParser in, DocumentParser parser) {
        this.in = in;
        this.limits = parser.limits();
        this.strings = parser.strings();
    }

    /** Gives up unless {@code ok}. */
    static void check(boolean ok) {
        if (!ok) {
            throw GIVE_UP;
        }
    }

    String text() {
        String text = in.nextStringValue();
        check(text != null);
        return text;
    }

    /** The next value is a string: its characters are then read in place with {@link #chars()}, no string made. */
    void string() {
        check(in.nextToken() == JsonToken.VALUE_STRING);
    }

    /** The next value, a string, as one met recently if it was (raters and sources repeat between records). */
    String recent() {
        string();
        return strings.of(chars(), in.getStringOffset(), in.getStringLength());
    }

    char[] chars() {
        return in.getStringCharacters();
    }

    /** Whether the next value is the string {@code expected} (any other string, false; not a string, gives up). */
    boolean is(String expected) {
        string();
        return equal(expected);
    }

    /** Whether the current string value is {@code expected}. */
    boolean equal(String expected) {
        return RecentStrings.same(expected, chars(), in.getStringOffset(), in.getStringLength());
    }

    BigDecimal decimal() {
        string();
        return currentDecimal();
    }

    /** The current string value as a decimal, read in place. */
    BigDecimal currentDecimal() {
        BigDecimal value = Decimals.read(chars(), in.getStringOffset(), in.getStringLength(), limits.maxNumberLength());
        check(value != null);
        return value;
    }

    LocalDate date() {
        string();
        check(in.getStringLength() <= 10);
        return IsoDates.read(chars(), in.getStringOffset(), in.getStringLength());
    }

    DateRange range() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        LocalDate start = null;
        LocalDate end = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if (name.equals("start") && start == null) {
                start = date();
            } else if (name.equals("end") && end == null) {
                end = date();
            } else {
                throw GIVE_UP;
            }
        }
        check(start != null && end != null);
        return new DateRange(start, end);
    }

    /** A string of at most {@code most} characters; a longer one is left to the tree reader, which names it. */
    String limited(int most) {
        String text = text();
        check(text.length() <= most);
        return text;
    }

    /** An empty array; anything in it is left to the tree reader. */
    void empty() {
        check(in.nextToken() == JsonToken.START_ARRAY && in.nextToken() == JsonToken.END_ARRAY);
    }

    Map<String, String> texts() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            check(out.size() < MOST && out.put(name, text()) == null);
        }
        return out;
    }

    Map<String, BigDecimal> decimals() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            check(out.size() < MOST && out.put(name, decimal()) == null);
        }
        return out;
    }
}
