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
package org.blendscore.testkit;

import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;

/**
 * What one probe found wrong: the finding in words, the evidence scored and its variant, and, when
 * scoring threw, the class of what it threw (so that shrinking keeps to the same failure).
 */
record Violation(String finding, Evidence evidence, Optional<Evidence> variant, Optional<Class<?>> thrown) {

    Violation {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(thrown, "thrown");
    }

    static Violation of(String finding, Evidence evidence, Evidence variant) {
        return new Violation(finding, evidence, Optional.of(variant), Optional.empty());
    }

    static Violation of(String finding, Evidence evidence) {
        return new Violation(finding, evidence, Optional.empty(), Optional.empty());
    }

    /** Whether another violation is the same kind of failure: both broke a relation, or both threw the same class. */
    boolean sameKind(Violation other) {
        return thrown.equals(other.thrown);
    }
}
