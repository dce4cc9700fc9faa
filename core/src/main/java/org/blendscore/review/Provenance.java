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
 */
public final class Provenance {

    private final String rubricId;
    private final String rubricVersion;
    private final String evidenceFingerprint;

    /**
     * Checks that the parts are present.
     *
     * @param rubricId the rubric id
     * @param rubricVersion the rubric version
     * @param evidenceFingerprint the evidence fingerprint, lowercase hex SHA-256
     */
    public Provenance(String rubricId, String rubricVersion, String evidenceFingerprint) {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        Objects.requireNonNull(evidenceFingerprint, "evidenceFingerprint");
        this.rubricId = rubricId;
        this.rubricVersion = rubricVersion;
        this.evidenceFingerprint = evidenceFingerprint;
    }

    /**
     * Returns the rubric id.
     *
     * @return the rubric id
     */
    public String rubricId() {
        return rubricId;
    }

    /**
     * Returns the rubric version.
     *
     * @return the rubric version
     */
    public String rubricVersion() {
        return rubricVersion;
    }

    /**
     * Returns the evidence fingerprint, lowercase hex SHA-256.
     *
     * @return the evidence fingerprint, lowercase hex SHA-256
     */
    public String evidenceFingerprint() {
        return evidenceFingerprint;
    }

    /** Equal to another Provenance whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Provenance other
                && Objects.equals(rubricId, other.rubricId)
                && Objects.equals(rubricVersion, other.rubricVersion)
                && Objects.equals(evidenceFingerprint, other.evidenceFingerprint);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(rubricId, rubricVersion, evidenceFingerprint);
    }

    /** The parts, as {@code Provenance[part=value, ...]}. */
    @Override
    public String toString() {
        return "Provenance[rubricId=" + rubricId
                + ", rubricVersion=" + rubricVersion
                + ", evidenceFingerprint=" + evidenceFingerprint
                + "]";
    }
}
