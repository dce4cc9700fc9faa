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

import java.util.Optional;

/**
 * The place where a registry asks a rubric family's revision rules whether a new version may be
 * registered. A registry calls it inside the registering transaction, after the period checks pass
 * and before anything is written, with the version the new one revises: of the same id and role,
 * the one whose period starts last before the new one's (empty for a family's first version). To
 * refuse, the check throws an exception (a {@link RuntimeException} naming the rule and the figures
 * before and after); the transaction then rolls back and the exception reaches the caller unchanged.
 *
 * <p>The revision rules of issue 15 ({@code org.blendscore.revision} in core) plug in here; until a
 * registry is given one, it uses {@link #NONE}.
 */
@FunctionalInterface
public interface RevisionCheck {

    /** Accepts every revision. */
    RevisionCheck NONE = (previous, proposed) -> { };

    /**
     * Checks a revision, throwing if it breaks a rule.
     *
     * @param previous the version that the proposed one revises; empty for the first of its id and role
     * @param proposed the version to register
     */
    void check(Optional<RegisteredRubric> previous, RegisteredRubric proposed);
}
