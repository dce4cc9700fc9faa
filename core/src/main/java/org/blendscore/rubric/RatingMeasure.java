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
package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Qualitative ratings on a behaviour-anchored scale from several weighted sources.
 *
 * <p>Each source's usable ratings (N/A ones are never counted) are aggregated into a value, the
 * value is mapped to points on the scale, and the measure's points are the sources' points weighted
 * by the sources' weights.
 *
 * @param id the measure id
 * @param weight weight in the section, percent
 * @param scale the rating scale
 * @param sources the sources, weights adding up to 100
 * @param aggregation how one source's ratings combine
 * @param missingEvidence what happens when the measure (or one of its sources) has no usable evidence,
 *     if not its section's policy
 */
public record RatingMeasure(@NotBlank String id, @NotNull @Positive BigDecimal weight, @Valid @NotNull RatingScale scale,
                            @NotEmpty List<@Valid @NotNull RatingSource> sources, @NotNull Aggregation aggregation,
        @NotNull Optional<MissingEvidencePolicy> missingEvidence)
        implements Measure {

    /**
     * Copies the sources.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param scale the rating scale
     * @param sources the sources, weights adding up to 100
     * @param aggregation how one source's ratings combine
     * @param missingEvidence the policy for this measure's missing evidence, or empty for the section's
     */
    public RatingMeasure {
        Objects.requireNonNull(missingEvidence, "missingEvidence");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(scale, "scale");
        sources = Copies.list(sources, "sources", () -> "measure '" + id + "'");
        Objects.requireNonNull(aggregation, "aggregation");
    }

    /**
     * With the section's missing-evidence policy.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param scale the rating scale
     * @param sources the rating sources
     * @param aggregation how a source aggregates its ratings
     */
    public RatingMeasure(String id, BigDecimal weight, RatingScale scale, List<RatingSource> sources, Aggregation aggregation) {
        this(id, weight, scale, sources, aggregation, Optional.empty());
    }

    /**
     * A copy with its own missing-evidence policy, everything else equal.
     *
     * @param policy the policy for this measure's missing evidence
     * @return a new measure
     */
    public RatingMeasure withMissingEvidence(MissingEvidencePolicy policy) {
        return new RatingMeasure(id, weight, scale, sources, aggregation, Optional.of(policy));
    }
}
