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
package org.blendscore.revision;

import java.util.Objects;
import java.util.Optional;

/**
 * A revision rule that a revision breaks.
 *
 * @param rule the rule, in words, such as {@code qualitative share at least 30%}
 * @param before the figure before the revision, if the rule reads one
 * @param after the figure after the revision, if the rule reads one
 * @param message what is wrong, naming the rule and the figures
 */
public record RuleViolation(String rule, Optional<String> before, Optional<String> after, String message) {

    /**
     * Checks the parts.
     *
     * @param rule the rule in words
     * @param before the figure before, if any
     * @param after the figure after, if any
     * @param message what is wrong
     */
    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(message, "message");
    }
}
