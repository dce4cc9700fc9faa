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
package org.blendscore.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.blendscore.rubric.NumberLimits;

/** The checks of the impact package's arguments that name what was wrong: a null list or element, a number outside {@link NumberLimits}. */
final class ImpactArguments {

    private ImpactArguments() {
    }

    /**
     * An unmodifiable copy of a list with neither it nor an element null.
     *
     * @param list the list
     * @param name its name, as the message shows it
     * @return the copy
     * @throws NullPointerException naming the list, or the element by its index
     */
    static <T> List<T> list(List<T> list, String name) {
        if (list == null) {
            throw new NullPointerException(ImpactMessages.nullArgument(name));
        }
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            int i = 0;
            for (T element : list) {
                if (element == null) {
                    throw new NullPointerException(ImpactMessages.nullArgument(name + "[" + i + "]"));
                }
                i++;
            }
            throw e;
        }
    }

    /**
     * A map, if it is not null.
     *
     * @param map the map
     * @param name its name, as the message shows it
     * @return the map
     * @throws NullPointerException naming the map
     */
    static <K, V> Map<K, V> map(Map<K, V> map, String name) {
        if (map == null) {
            throw new NullPointerException(ImpactMessages.nullArgument(name));
        }
        return map;
    }

    /**
     * A number, if it is not null and within {@link NumberLimits}.
     *
     * @param value the number
     * @param name its name, as the message shows it
     * @return the number
     * @throws NullPointerException naming it
     * @throws IllegalArgumentException for a number outside the limits, as {@link NumberLimits#message} says
     */
    static BigDecimal number(BigDecimal value, String name) {
        if (value == null) {
            throw new NullPointerException(ImpactMessages.nullArgument(name));
        }
        if (!NumberLimits.allows(value)) {
            throw new IllegalArgumentException(NumberLimits.message(name, value));
        }
        return value;
    }
}
