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
package org.blendscore.registry;

/**
 * A registry lookup that finds nothing, or more than one thing: an unknown id or version, or a role
 * and day that no rubric (or more than one rubric id) covers. The message names what was looked up
 * and what the registry has.
 */
public final class RubricNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    RubricNotFoundException(String message) {
        super(message);
    }
}
