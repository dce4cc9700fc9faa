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
package org.blendscore.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.blendscore.rubric.DateRange;

/**
 * What one subject did in one period, keyed by measure id.
 *
 * <p>{@code attributes} carry facts about the person that a platform keeps beside the evidence
 * (team, region, anything); scoring never reads them, and they are not part of the evidence
 * fingerprint.
 *
 * @param subjectId who is reviewed; must not be blank (checked when scored)
 * @param period the review period
 * @param measures the evidence of each measure, by measure id
 * @param attributes facts about the subject that scoring never reads
 * @param participation when the subject was in the role, for proration and ramps
 * @param factors the subject's values of the rubric's target factors (territory potential...)
 */
public record Evidence(@NotBlank String subjectId, @NotNull DateRange period,
                       @NotNull Map<@NotNull String, @Valid @NotNull MeasureEvidence> measures,
                       @NotNull Map<@NotNull String, @NotNull String> attributes,
                       @Valid @NotNull Participation participation,
                       @NotNull Map<@NotNull String, @NotNull BigDecimal> factors) {

    /**
     * Copies the maps.
     *
     * @param subjectId who is reviewed; must not be blank (checked when scored)
     * @param period the review period
     * @param measures the evidence of each measure, by measure id
     * @param attributes facts about the subject that scoring never reads
     * @param participation when the subject was in the role, for proration and ramps
     * @param factors the subject's values of the rubric's target factors (territory potential...)
     */
    public Evidence {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(period, "period");
        measures = Copies.map(measures, "measures", () -> "subject '" + subjectId + "'");
        attributes = Copies.map(attributes, "attributes", () -> "subject '" + subjectId + "'");
        Objects.requireNonNull(participation, "participation");
        factors = Copies.map(factors, "factors", () -> "subject '" + subjectId + "'");
    }

    /**
     * Evidence of a subject in the role for the whole period, with no target factors.
     *
     * @param subjectId who is reviewed
     * @param period the review period
     * @param measures the evidence of each measure, by measure id
     * @param attributes facts about the subject that scoring never reads
     */
    public Evidence(String subjectId, DateRange period, Map<String, MeasureEvidence> measures, Map<String, String> attributes) {
        this(subjectId, period, measures, attributes, Participation.full(), Map.of());
    }

    /**
     * Evidence without attributes.
     *
     * @param subjectId who is reviewed
     * @param period the review period
     * @param measures the evidence of each measure, by measure id
     * @return the evidence
     */
    public static Evidence of(String subjectId, DateRange period, Map<String, MeasureEvidence> measures) {
        return new Evidence(subjectId, period, measures, Map.of());
    }

    /**
     * A copy for another subject, everything else equal.
     *
     * @param otherSubjectId the other subject's id
     * @return a new evidence record
     */
    public Evidence withSubjectId(String otherSubjectId) {
        return new Evidence(otherSubjectId, period, measures, attributes, participation, factors);
    }

    /**
     * A copy with other participation, everything else equal.
     *
     * @param other the participation
     * @return a new evidence record
     */
    public Evidence withParticipation(Participation other) {
        return new Evidence(subjectId, period, measures, attributes, other, factors);
    }

    /**
     * A copy with other target factor values, everything else equal.
     *
     * @param other the factor values by factor name
     * @return a new evidence record
     */
    public Evidence withFactors(Map<String, BigDecimal> other) {
        return new Evidence(subjectId, period, measures, attributes, participation, other);
    }

    /**
     * A copy with other attributes, everything else equal.
     *
     * @param otherAttributes the attributes
     * @return a new evidence record
     */
    public Evidence withAttributes(Map<String, String> otherAttributes) {
        return new Evidence(subjectId, period, measures, otherAttributes, participation, factors);
    }
}
