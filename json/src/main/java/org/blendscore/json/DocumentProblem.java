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

import java.util.Objects;

/**
 * One problem of a JSON document: where it is, as a JSON Pointer (RFC 6901; the empty string is the
 * whole document), and what is wrong there, including what is allowed.
 *
 * @param pointer the JSON Pointer of the offending value, such as {@code /sections/0/measures/2/weight}
 * @param message what is wrong and what is allowed there
 */
public record DocumentProblem(String pointer, String message) {

    /**
     * Checks that both parts are present.
     *
     * @param pointer the JSON Pointer of the offending value
     * @param message what is wrong and what is allowed there
     *
     * @throws NullPointerException naming a missing part
     */
    public DocumentProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
