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
package org.blendscore.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Immutable copies of the lists, sets and maps evidence is made of, where a null collection, a null
 * element, a null key or a null value is named with its place ({@code measures[new-arr] of subject
 * 'ana' is null}) instead of the nameless {@link NullPointerException} of {@link List#copyOf}.
 * The null is looked for only when the copy fails, so a good copy costs nothing more.
 */
final class Copies {

    private Copies() {
    }

    /**
     * An immutable copy of a list.
     *
     * @throws NullPointerException naming the list, or the position of its first null element
     */
    static <T> List<T> list(List<T> list, String field, Supplier<String> owner) {
        notNull(list, field, owner);
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            throw named(e, list, field, owner);
        }
    }

    /**
     * An immutable copy of a set.
     *
     * @throws NullPointerException naming the set, or saying that it holds a null
     */
    static <T> Set<T> set(Set<T> set, String field, Supplier<String> owner) {
        notNull(set, field, owner);
        try {
            return Set.copyOf(set);
        } catch (NullPointerException e) {
            throw named(e, set, field, owner);
        }
    }

    /**
     * An immutable copy of a map.
     *
     * @throws NullPointerException naming the map, a null key, or the key of a null value
     */
    static <K, V> Map<K, V> map(Map<K, V> map, String field, Supplier<String> owner) {
        notNull(map, field, owner);
        try {
            return Map.copyOf(map);
        } catch (NullPointerException e) {
            for (Map.Entry<K, V> entry : map.entrySet()) {
                if (entry.getKey() == null) {
                    return fail(InputMessages.nullKey(field, owner.get()));
                }
                if (entry.getValue() == null) {
                    return fail(InputMessages.nullPart(field + "[" + entry.getKey() + "]", owner.get()));
                }
            }
            throw e;
        }
    }

    private static void notNull(Object collection, String field, Supplier<String> owner) {
        if (collection == null) {
            throw new NullPointerException(InputMessages.nullPart(field, owner.get()));
        }
    }

    private static <T> T fail(String message) {
        throw new NullPointerException(message);
    }

    private static NullPointerException named(NullPointerException e, Collection<?> given, String field, Supplier<String> owner) {
        int i = 0;
        for (Object element : given) {
            if (element == null) {
                return new NullPointerException(InputMessages.nullPart(field + "[" + i + "]", owner.get()));
            }
            i++;
        }
        return e;
    }
}
