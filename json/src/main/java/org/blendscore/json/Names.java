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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.SerializableString;

/**
 * The JSON names of the core's enums: lower case, words joined by hyphens ({@code LEAVE_OUT} is
 * {@code "leave-out"}), a closed set taken from the enum's constants, never a class name.
 */
final class Names {

    private Names() {
    }

    /** Each enum's names by ordinal, made once per enum type (writers ask for a name per value written). */
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = name((Enum<?>) constants[i]);
            }
            return names;
        }
    };

    /** Each enum's names by ordinal, pre-encoded for a generator. */
    private static final ClassValue<SerializableString[]> ENCODED = new ClassValue<>() {
        @Override
        protected SerializableString[] computeValue(Class<?> type) {
            String[] names = NAMES.get(type);
            SerializableString[] encoded = new SerializableString[names.length];
            for (int i = 0; i < names.length; i++) {
                encoded[i] = Keys.key(names[i]);
            }
            return encoded;
        }
    };

    /** A value's JSON name, pre-encoded (immutable, shared). */
    static SerializableString encoded(Enum<?> value) {
        return ENCODED.get(value.getDeclaringClass())[value.ordinal()];
    }

    static String of(Enum<?> value) {
        return NAMES.get(value.getDeclaringClass())[value.ordinal()];
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A closed set of kinds, in the order given (as error messages list them). */
    static Map<String, String> closed(String... kinds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : kinds) {
            out.put(k, k);
        }
        return Collections.unmodifiableMap(out);
    }

    static <E extends Enum<E>> Map<String, E> of(Class<E> type) {
        Map<String, E> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(of(e), e);
        }
        return Collections.unmodifiableMap(out);
    }
}
