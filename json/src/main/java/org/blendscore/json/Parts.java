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

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Building one part of the core's model from values already read: only when every value is present
 * (a {@code null} means its problem is recorded), and with a constructor's own refusal recorded at the
 * part's pointer instead of escaping.
 */
final class Parts {

    private Parts() {
    }

    /** Whether every value was read (none is {@code null}). */
    static boolean present(Object... values) {
        for (Object v : values) {
            if (v == null) {
                return false;
            }
        }
        return true;
    }

    /** The part, or {@code null} if a value is missing or the constructor refuses them (recorded at {@code at}). */
    static <T> T build(Cursor at, Supplier<T> part, Object... values) {
        if (at == null || !present(values)) {
            return null;
        }
        try {
            return part.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            at.problem(e.getMessage() == null ? "not allowed here" : e.getMessage());
            return null;
        }
    }

    /** The value of an optional read, or the default when absent; {@code null} stays {@code null} (bad). */
    static <T> T orElse(Optional<T> read, T otherwise) {
        return read == null ? null : read.orElse(otherwise);
    }
}
