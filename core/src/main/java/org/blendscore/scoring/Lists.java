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
import java.util.List;

/**
 * Immutable lists of the first elements of a scratch array, copied once. {@code List.of(array)}
 * copies the array it is given, so a list built from a scratch array would cost two arrays; the
 * fixed-arity {@code List.of} overloads keep the one array they create, and those of one or two
 * elements need none. Reviews hold many short lists (a section's measures, a source's ratings), so
 * this saves an array per list.
 */
final class Lists {

    private Lists() {
    }

    /**
     * The first {@code n} elements of {@code a}, none of them null, as an immutable list.
     *
     * @param a the elements
     * @param n how many
     * @param <T> the element type
     * @return the list
     */
    static <T> List<T> of(T[] a, int n) {
        switch (n) {
            case 0:
                return List.of();
            case 1:
                return List.of(a[0]);
            case 2:
                return List.of(a[0], a[1]);
            case 3:
                return List.of(a[0], a[1], a[2]);
            case 4:
                return List.of(a[0], a[1], a[2], a[3]);
            case 5:
                return List.of(a[0], a[1], a[2], a[3], a[4]);
            case 6:
                return List.of(a[0], a[1], a[2], a[3], a[4], a[5]);
            case 7:
                return List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
            case 8:
                return List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
            case 9:
                return List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
            case 10:
                return List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
            default:
                return List.of(n == a.length ? a : Arrays.copyOf(a, n));
        }
    }
}
