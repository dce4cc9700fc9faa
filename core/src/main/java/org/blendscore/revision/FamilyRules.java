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

/**
 * The revision rules of one rubric family, named by the rubric id that the family's versions share:
 * what a registry holds each revision of that id to, and what the {@code blendscore.revision-rules/1}
 * JSON document carries, so that rules can be kept and changed as data beside the rubrics.
 *
 * @param family the rubric id of the family, not blank
 * @param rules the rules every revision of the family must keep
 */
public record FamilyRules(String family, RevisionRules rules) {

    /**
     * Checks both parts.
     *
     * @param family the rubric id of the family
     * @param rules the rules
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if the family is blank
     */
    public FamilyRules {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(rules, "rules");
        if (family.isBlank()) {
            throw new IllegalArgumentException(RevisionMessages.blankFamily());
        }
    }
}
