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
 * A weighted group of measures, such as Revenue, Progression or Relationship.
 *
 * @param name the section name, unique in the rubric
 * @param weight weight in the rubric, percent
 * @param measures the measures, weights adding up to 100
 * @param missingEvidence what happens when a measure of the section, or the whole section, has no
 *     usable evidence, if not the rubric's policy (the default for its measures)
 */
public record Section(@NotBlank String name, @NotNull @Positive BigDecimal weight, @NotEmpty List<@Valid @NotNull Measure> measures,
        @NotNull Optional<MissingEvidencePolicy> missingEvidence) {

    /**
     * Copies the measures.
     *
     * @param name the section name, unique in the rubric
     * @param weight weight in the rubric, percent
     * @param measures the measures, weights adding up to 100
     * @param missingEvidence the policy for this section's missing evidence (the default for its measures), or empty for the rubric's
     */
    public Section {
        Objects.requireNonNull(missingEvidence, "missingEvidence");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        measures = Copies.list(measures, "measures", () -> "section '" + name + "'");
    }

    /**
     * With the rubric's missing-evidence policy.
     *
     * @param name the section name, unique in the rubric
     * @param weight weight in the rubric, percent
     * @param measures the measures, weights adding up to 100
     */
    public Section(String name, BigDecimal weight, List<Measure> measures) {
        this(name, weight, measures, Optional.empty());
    }

    /**
     * A copy with its own missing-evidence policy, everything else equal.
     *
     * @param policy the policy for this section's missing evidence (the default for its measures)
     * @return a new section
     */
    public Section withMissingEvidence(MissingEvidencePolicy policy) {
        return new Section(name, weight, measures, Optional.of(policy));
    }
}
