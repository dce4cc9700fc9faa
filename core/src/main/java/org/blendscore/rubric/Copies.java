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
package org.blendscore.rubric;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Immutable copies of the lists a rubric part is made of, where a null list or a null element is
 * named with its place ({@code measures[2] of section 'Revenue' is null}) instead of the nameless
 * {@link NullPointerException} of {@link List#copyOf}.
 */
final class Copies {

    private Copies() {
    }

    /**
     * An immutable copy of a list.
     *
     * @param list the list given
     * @param field its name, such as {@code measures}
     * @param owner what it belongs to, such as {@code section 'Revenue'}; only asked for on an error
     * @throws NullPointerException naming the list, or the position of its first null element
     */
    static <T> List<T> list(List<T> list, String field, Supplier<String> owner) {
        if (list == null) {
            throw new NullPointerException(ModelMessages.nullPart(field, owner.get()));
        }
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            throw named(e, list, field, owner);
        }
    }

    /**
     * An immutable copy of a set.
     *
     * @param set the set given
     * @param field its name, such as {@code workingDays}
     * @param owner what it belongs to; only asked for on an error
     * @throws NullPointerException naming the set, or saying that it holds a null
     */
    static <T> Set<T> set(Set<T> set, String field, Supplier<String> owner) {
        if (set == null) {
            throw new NullPointerException(ModelMessages.nullPart(field, owner.get()));
        }
        try {
            return Set.copyOf(set);
        } catch (NullPointerException e) {
            throw named(e, set, field, owner);
        }
    }

    /** The copy's exception, with the position of the first null; looked for only now, so a good copy costs nothing more. */
    private static NullPointerException named(NullPointerException e, Collection<?> given, String field, Supplier<String> owner) {
        int i = 0;
        for (Object element : given) {
            if (element == null) {
                return new NullPointerException(ModelMessages.nullPart(field + "[" + i + "]", owner.get()));
            }
            i++;
        }
        return e;
    }
}
