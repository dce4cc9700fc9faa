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
package org.blendscore.review;

import java.util.Objects;

/**
 * Where a review came from: the rubric and a fingerprint of the evidence, so that an auditor can
 * tell whether two reviews were made from the same facts.
 *
 * <p>The fingerprint is lowercase hex SHA-256 of the evidence's canonical form (subject, period,
 * participation, target factors, and every measure's evidence in a fixed order; ratings sorted;
 * attributes are not part of it). The scorer computes it when it makes the review.
 *
 * @param rubricId the rubric id
 * @param rubricVersion the rubric version
 * @param evidenceFingerprint the evidence fingerprint, lowercase hex SHA-256
 */
public record Provenance(String rubricId, String rubricVersion, String evidenceFingerprint) {

    /**
     * Checks that the parts are present.
     *
     * @param rubricId the rubric id
     * @param rubricVersion the rubric version
     * @param evidenceFingerprint the evidence fingerprint, lowercase hex SHA-256
     */
    public Provenance {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        Objects.requireNonNull(evidenceFingerprint, "evidenceFingerprint");
    }
}
