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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every object reachable from a value: through every field of the library's own classes (records,
 * lambdas and hidden helpers included), and through the public API of the JDK's collections, maps,
 * optionals and arrays (JDK internals are not opened to tests; other JDK objects end the walk there).
 * Numbers, strings, dates and enums end the walk.
 */
final class Reachable {

    private Reachable() {
    }

    static List<Object> from(Object root) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> out = new ArrayList<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            out.add(o);
            if (o instanceof String || o instanceof BigDecimal || o instanceof BigInteger || o instanceof Number
                    || o instanceof Boolean || o instanceof Enum<?> || o instanceof TemporalAccessor) {
                continue;
            }
            if (o instanceof Optional<?> opt) {
                opt.ifPresent(todo::push);
            } else if (o instanceof Collection<?> c) {
                c.stream().filter(x -> x != null).forEach(todo::push);
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if (k != null && v != null) {
                        todo.push(k);
                        todo.push(v);
                    }
                });
            } else if (o instanceof Object[] array) {
                for (Object element : array) {
                    if (element != null) {
                        todo.push(element);
                    }
                }
            } else if (o.getClass().getName().startsWith("org.blendscore.")) {
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        Object value;
                        try {
                            f.setAccessible(true);
                            value = f.get(o);
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            throw new AssertionError("cannot read " + f, e);
                        }
                        if (value != null) {
                            todo.push(value);
                        }
                    }
                }
            }
        }
        return out;
    }
}
