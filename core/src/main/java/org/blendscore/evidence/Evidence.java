package org.blendscore.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 */
public record Evidence(@NotBlank String subjectId, @NotNull DateRange period,
                       @NotNull Map<@NotNull String, @Valid @NotNull MeasureEvidence> measures,
                       @NotNull Map<@NotNull String, @NotNull String> attributes) {

    /** Copies the maps. */
    public Evidence {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(period, "period");
        measures = Map.copyOf(measures);
        attributes = Map.copyOf(attributes);
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
        return new Evidence(otherSubjectId, period, measures, attributes);
    }

    /**
     * A copy with other attributes, everything else equal.
     *
     * @param otherAttributes the attributes
     * @return a new evidence record
     */
    public Evidence withAttributes(Map<String, String> otherAttributes) {
        return new Evidence(subjectId, period, measures, otherAttributes);
    }
}
