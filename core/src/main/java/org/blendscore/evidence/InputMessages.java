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

/** The messages of the evidence types' own argument errors (a null list, set or map, or a null in one), one named factory each. */
final class InputMessages {

    private InputMessages() {
    }

    /** A null where evidence needs a value: a collection or one of its elements, with what it belongs to. */
    static String nullPart(String field, String owner) {
        return field + (owner.isEmpty() ? "" : " of " + owner) + " is null; a value is required";
    }

    /** A map of evidence with a null key. */
    static String nullKey(String field, String owner) {
        return field + (owner.isEmpty() ? "" : " of " + owner) + " has a null key; every entry needs one";
    }
}
