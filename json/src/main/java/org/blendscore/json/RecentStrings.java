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

/**
 * Short strings a reader met recently, found again by their characters, so that values repeated from
 * one record to the next (a rating's source, its rater) are not made anew for every line. A small
 * direct-mapped table: a miss makes the string and takes the slot. Threads may share it: a slot holds
 * an immutable string or null, so a race costs at most a miss.
 */
final class RecentStrings {

    private static final int SLOTS = 256;
    /** Longer strings are made every time: rarely repeated, and costly to compare. */
    private static final int LONGEST = 40;

    private final String[] slots = new String[SLOTS];

    /** The string of {@code chars[from, from + length)}: one met recently, or a new one. */
    String of(char[] chars, int from, int length) {
        if (length > LONGEST) {
            return new String(chars, from, length);
        }
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String seen = slots[slot];
        if (seen != null && same(seen, chars, from, length)) {
            return seen;
        }
        String made = new String(chars, from, length);
        slots[slot] = made;
        return made;
    }

    /** Whether {@code seen} has the characters of {@code chars[from, from + length)}. */
    static boolean same(String seen, char[] chars, int from, int length) {
        if (seen.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (seen.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
