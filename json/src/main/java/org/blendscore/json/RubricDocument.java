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

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.blendscore.rubric.Rubric;

/**
 * A {@value JsonFormat#RUBRIC} document as read: the rubric and the golden cases that travel with it
 * (none when the document has no {@code "cases"}). Check the cases with {@link Verification}.
 *
 * @param rubric the rubric
 * @param cases  its verification cases, in document order, ids unique
 */
public record RubricDocument(Rubric rubric, List<VerificationCase> cases) {

    /**
     * Checks the parts, copies the cases and rejects a repeated case id.
     *
     * @param rubric the rubric
     * @param cases  its verification cases
     */
    public RubricDocument {
        Objects.requireNonNull(rubric, "rubric");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
        Set<String> ids = new HashSet<>();
        for (VerificationCase c : cases) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("verification case id \"" + c.id() + "\" is used twice");
            }
        }
    }

    /**
     * A document of a rubric alone, without cases.
     *
     * @param rubric the rubric
     * @return the document
     */
    public static RubricDocument of(Rubric rubric) {
        return new RubricDocument(rubric, List.of());
    }
}
