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
package org.blendscore.dsl;

import java.util.function.UnaryOperator;

/** Checks of the DSL's arguments: a null, or a describing function that returns null, is named. */
final class Args {

    private Args() {
    }

    /**
     * The value, if it is not null.
     *
     * @throws NullPointerException naming {@code what}
     */
    static <T> T notNull(T value, String what) {
        if (value == null) {
            throw DslErrors.nullArgument(what);
        }
        return value;
    }

    /**
     * Applies a describing function to a fresh step.
     *
     * @param describe the user's function, such as {@code s -> s.quota(...)}
     * @param start the step it starts from
     * @param what what it describes, for the errors, such as {@code section 'Revenue'}
     * @throws NullPointerException naming {@code what} if the function is null or returns null
     */
    static <S> S described(UnaryOperator<S> describe, S start, String what) {
        S step = notNull(describe, "the function describing " + what).apply(start);
        if (step == null) {
            throw DslErrors.nullStep(what);
        }
        return step;
    }
}
