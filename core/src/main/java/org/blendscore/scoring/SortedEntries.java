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

import java.util.Arrays;
import java.util.Map;

/**
 * The entries of a string-keyed map in {@link String#compareTo} order of their keys, in arrays kept
 * from one map to the next. Maps of consecutive pieces of evidence mostly have the same keys (the
 * rubric's measure ids): when the new map holds every key of the previous one and no other, the
 * previous order is taken again and nothing is sorted.
 *
 * <p>Not thread-safe. Between uses it keeps the keys of the last map, never its values.
 *
 * @param <V> the type of the values
 */
final class SortedEntries<V> {

    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int size;

    /**
     * Takes the entries of {@code map} in key order.
     *
     * @param map a map without null keys or values
     * @return how many entries; {@link #key} and {@link #value} give them
     */
    int of(Map<String, ? extends V> map) {
        int n = map.size();
        if (n == size && sameKeys(map)) {
            return n;
        }
        if (keys.length < n) {
            keys = new String[Math.max(n, 2 * keys.length)];
            values = new Object[keys.length];
        }
        map.keySet().toArray(keys);
        Arrays.fill(keys, n, Math.max(n, size), null);
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            values[i] = map.get(keys[i]);
        }
        size = n;
        return n;
    }

    /** Whether {@code map}, of the previous map's size, holds each of its keys (and so no other). */
    private boolean sameKeys(Map<String, ? extends V> map) {
        for (int i = 0; i < size; i++) {
            Object v = map.get(keys[i]);
            if (v == null) {
                return false;
            }
            values[i] = v;
        }
        return true;
    }

    String key(int i) {
        return keys[i];
    }

    @SuppressWarnings("unchecked")
    V value(int i) {
        return (V) values[i];
    }

    /** Lets go of the values, so that nothing of the map's evidence stays reachable from here. */
    void release() {
        Arrays.fill(values, 0, size, null);
    }
}
