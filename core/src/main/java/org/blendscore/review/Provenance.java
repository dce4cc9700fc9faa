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
import java.util.function.Supplier;

/**
 * Where a review came from: the rubric and a fingerprint of the evidence, so that an auditor can
 * tell whether two reviews were made from the same facts.
 *
 * <p>The fingerprint is lowercase hex SHA-256 of the evidence's canonical form (subject, period,
 * participation, target factors, and every measure's evidence in a fixed order; ratings sorted;
 * attributes are not part of it). The scorer computes it when it is first asked for, once, so that
 * scoring a batch does not pay for fingerprints nobody reads; the value never depends on when.
 * Immutable and thread-safe.
 */
public final class Provenance {

    private final String rubricId;
    private final String rubricVersion;
    private final Supplier<String> fingerprint;
    private volatile String value;

    /**
     * A provenance with a known fingerprint.
     *
     * @param rubricId the rubric id
     * @param rubricVersion the rubric version
     * @param evidenceFingerprint the evidence fingerprint
     */
    public Provenance(String rubricId, String rubricVersion, String evidenceFingerprint) {
        this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
        this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
        this.value = Objects.requireNonNull(evidenceFingerprint, "evidenceFingerprint");
        this.fingerprint = null;
    }

    private Provenance(String rubricId, String rubricVersion, Supplier<String> fingerprint) {
        this.rubricId = Objects.requireNonNull(rubricId, "rubricId");
        this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * A provenance whose fingerprint is computed by {@code fingerprint} when first asked for. The
     * supplier must be a pure function of data that does not change.
     *
     * @param rubricId the rubric id
     * @param rubricVersion the rubric version
     * @param fingerprint computes the evidence fingerprint
     * @return the provenance
     */
    public static Provenance deferred(String rubricId, String rubricVersion, Supplier<String> fingerprint) {
        return new Provenance(rubricId, rubricVersion, fingerprint);
    }

    /**
     * The rubric id.
     *
     * @return the rubric id
     */
    public String rubricId() {
        return rubricId;
    }

    /**
     * The rubric version.
     *
     * @return the rubric version
     */
    public String rubricVersion() {
        return rubricVersion;
    }

    /**
     * The evidence fingerprint, lowercase hex SHA-256.
     *
     * @return the fingerprint
     */
    public String evidenceFingerprint() {
        String v = value;
        if (v == null) {
            v = Objects.requireNonNull(fingerprint.get(), "fingerprint");
            value = v;
        }
        return v;
    }

    /** Equal when the rubric id, version and evidence fingerprint are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && rubricId.equals(p.rubricId) && rubricVersion.equals(p.rubricVersion)
                && evidenceFingerprint().equals(p.evidenceFingerprint());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rubricId, rubricVersion, evidenceFingerprint());
    }

    /** Renders as {@code Provenance[rubricId=..., rubricVersion=..., evidenceFingerprint=...]}. */
    @Override
    public String toString() {
        return "Provenance[rubricId=" + rubricId + ", rubricVersion=" + rubricVersion + ", evidenceFingerprint="
                + evidenceFingerprint() + "]";
    }
}
