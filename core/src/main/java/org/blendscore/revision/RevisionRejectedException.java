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

import java.util.List;

/** A revision that breaks one or more of its rubric family's revision rules; the message lists them all. */
public final class RevisionRejectedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rules broken; not serialized (the message lists them all). */
    private final transient List<RuleViolation> violations;

    /**
     * A rejection.
     *
     * @param rubricId the rubric revised
     * @param version the rejected version
     * @param violations every rule broken
     */
    public RevisionRejectedException(String rubricId, String version, List<RuleViolation> violations) {
        super(RevisionMessages.rejected(rubricId, version, violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * The rules broken; empty on an exception that was deserialized (its message still lists them).
     *
     * @return the violations
     */
    public List<RuleViolation> violations() {
        return violations == null ? List.of() : violations;
    }
}
