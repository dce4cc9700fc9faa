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
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * Evidence a review lacked: a measure with no usable evidence, or a rating source below its minimum.
 */
public final class MissingEvidence {

    private final String section;
    private final String measureId;
    private final Optional<String> source;
    private final String reason;
    private final Fraction nominalShare;

    /**
     * Checks that the parts are present.
     *
     * @param section the measure's section
     * @param measureId the measure
     * @param source the rating source, or empty for a whole measure
     * @param reason what was missing
     * @param nominalShare the share of the rubric's nominal weight it would have carried
     */
    public MissingEvidence(String section, String measureId, Optional<String> source, String reason,
                           Fraction nominalShare) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nominalShare, "nominalShare");
        this.section = section;
        this.measureId = measureId;
        this.source = source;
        this.reason = reason;
        this.nominalShare = nominalShare;
    }

    /**
     * Returns the measure's section.
     *
     * @return the measure's section
     */
    public String section() {
        return section;
    }

    /**
     * Returns the measure.
     *
     * @return the measure
     */
    public String measureId() {
        return measureId;
    }

    /**
     * Returns the rating source, for a source below its minimum; empty for a whole measure.
     *
     * @return the rating source, for a source below its minimum; empty for a whole measure
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * Returns what was missing, as the review says it.
     *
     * @return what was missing, as the review says it
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the share of the rubric's nominal weight it would have carried, 0 to 1.
     *
     * @return the share of the rubric's nominal weight it would have carried, 0 to 1
     */
    public Fraction nominalShare() {
        return nominalShare;
    }

    /** Equal to another MissingEvidence whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MissingEvidence other
                && Objects.equals(section, other.section)
                && Objects.equals(measureId, other.measureId)
                && Objects.equals(source, other.source)
                && Objects.equals(reason, other.reason)
                && Objects.equals(nominalShare, other.nominalShare);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(section, measureId, source, reason, nominalShare);
    }

    /** The parts, as {@code MissingEvidence[part=value, ...]}. */
    @Override
    public String toString() {
        return "MissingEvidence[section=" + section
                + ", measureId=" + measureId
                + ", source=" + source
                + ", reason=" + reason
                + ", nominalShare=" + nominalShare
                + "]";
    }
}
