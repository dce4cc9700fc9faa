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
package org.blendscore.testkit;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The renames the subject-blind check tries for one subject id, each varying one thing a pipeline
 * can read of an id: the case of its first letter or of all of it, its length (one letter, or
 * longer than eight), digits (added, or taken out), letters outside ASCII (added, or folded to
 * ASCII) and a prefix (added, or taken off). A pipeline that treats ids differently by any of
 * these changes a score under at least one of them, whatever the id it starts from. The renames
 * are in this order, without repeats and without the id itself, and every one is a valid id (not
 * blank).
 */
final class SubjectRenames {

    /** A prefix that pipelines are known to read: favoured accounts. */
    static final String PREFIX = "VIP-";

    private SubjectRenames() {
    }

    /**
     * The renames of an id.
     *
     * @param id a non-blank subject id
     * @return the renames, simplest first
     */
    static List<String> of(String id) {
        Set<String> out = new LinkedHashSet<>();
        int first = id.codePointAt(0);
        String rest = id.substring(Character.charCount(first));
        // case: the first letter flipped, then all of it upper and lower
        int flipped = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
        out.add(new StringBuilder().appendCodePoint(flipped).append(rest).toString());
        out.add(id.toUpperCase(Locale.ROOT));
        out.add(id.toLowerCase(Locale.ROOT));
        // length: one letter, and longer than eight
        out.add(new StringBuilder().appendCodePoint(first).toString());
        out.add(id + "-extended");
        // digits: one added, all taken out
        out.add(id + "7");
        out.add(withoutDigits(id));
        // letters outside ASCII: one added in front, all folded to ASCII
        out.add("\u00e9" + id);
        out.add(ascii(id));
        // prefixes: one added, one taken off
        out.add(PREFIX + id);
        int dash = id.indexOf('-');
        if (dash >= 0) {
            out.add(id.substring(dash + 1));
        }
        out.remove(id);
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    private static String withoutDigits(String id) {
        StringBuilder b = new StringBuilder();
        id.codePoints().filter(c -> !Character.isDigit(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The id with accents taken off its letters and any other character outside ASCII dropped. */
    private static String ascii(String id) {
        String decomposed = Normalizer.normalize(id, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        decomposed.chars().filter(c -> c < 128).forEach(c -> b.append((char) c));
        return b.toString();
    }
}
