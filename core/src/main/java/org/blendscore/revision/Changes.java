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
package org.blendscore.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the changes of a diff in walking order, and matches the parts of two lists by key with
 * maps, so matching is linear in the lists' sizes. A key that occurs more than once in one list
 * gets a suffix {@code #2}, {@code #3}... so no part is lost.
 */
final class Changes {

    /** What to compare of two parts that share a key. */
    interface Both<T> {
        void compare(String path, T before, T after);
    }

    private final List<Change> out = new ArrayList<>();

    List<Change> list() {
        return List.copyOf(out);
    }

    /** Records a change if the two values read differently. */
    void value(String path, Object before, Object after) {
        String b = ValueText.text(before);
        String a = ValueText.text(after);
        if (!b.equals(a)) {
            out.add(new Change(ChangeKind.CHANGED, path, Optional.of(b), Optional.of(a)));
        }
    }

    /**
     * Matches the parts of two lists by key: parts in both are compared, in the later list's order;
     * then the added parts, in the later list's order; then the removed ones, in the earlier's.
     */
    <T> void keyed(String path, List<T> before, List<T> after, Function<T, String> key, Function<T, String> summary,
                   Both<T> both) {
        Map<String, T> earlier = byKey(before, key);
        Map<String, T> later = byKey(after, key);
        for (Map.Entry<String, T> e : later.entrySet()) {
            T b = earlier.get(e.getKey());
            if (b != null) {
                both.compare(path + "[" + e.getKey() + "]", b, e.getValue());
            }
        }
        for (Map.Entry<String, T> e : later.entrySet()) {
            if (!earlier.containsKey(e.getKey())) {
                out.add(new Change(ChangeKind.ADDED, path + "[" + e.getKey() + "]", Optional.empty(),
                        Optional.of(summary.apply(e.getValue()))));
            }
        }
        for (Map.Entry<String, T> e : earlier.entrySet()) {
            if (!later.containsKey(e.getKey())) {
                out.add(new Change(ChangeKind.REMOVED, path + "[" + e.getKey() + "]", Optional.of(summary.apply(e.getValue())),
                        Optional.empty()));
            }
        }
    }

    private static <T> Map<String, T> byKey(List<T> parts, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (T part : parts) {
            String k = key.apply(part);
            int n = seen.merge(k, 1, Integer::sum);
            map.put(n == 1 ? k : k + "#" + n, part);
        }
        return map;
    }
}
