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
 * Progression milestones worth points. The points of every rule add up; when
 * {@code capAt100} is set, the total is capped at 100.
 *
 * @param id the measure id
 * @param weight weight in the section, percent
 * @param rules the milestones, stage ladders and counted milestones
 * @param capAt100 whether the total is capped at 100 points
 * @param missingEvidence what happens when the measure (or one of its sources) has no usable evidence,
 *     if not its section's policy
 */
public record MilestoneMeasure(@NotBlank String id, @NotNull @Positive BigDecimal weight,
                               @NotEmpty List<@Valid @NotNull MilestoneRule> rules, boolean capAt100,
        @NotNull Optional<MissingEvidencePolicy> missingEvidence) implements Measure {

    /**
     * Copies the rules.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param rules the milestones, stage ladders and counted milestones
     * @param capAt100 whether the total is capped at 100 points
     * @param missingEvidence the policy for this measure's missing evidence, or empty for the section's
     */
    public MilestoneMeasure {
        Objects.requireNonNull(missingEvidence, "missingEvidence");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        rules = Copies.list(rules, "rules", () -> "measure '" + id + "'");
    }

    /**
     * The most points the measure can give: the rules' maxima added up, capped at 100 if so declared.
     *
     * @return the maximum points
     */
    public BigDecimal maxPoints() {
        BigDecimal sum = rules.stream().map(MilestoneRule::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        return capAt100 ? sum.min(BigDecimal.valueOf(100)) : sum;
    }

    /**
     * With the section's missing-evidence policy.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param rules the milestone rules
     * @param capAt100 whether points are capped at 100
     */
    public MilestoneMeasure(String id, BigDecimal weight, List<MilestoneRule> rules, boolean capAt100) {
        this(id, weight, rules, capAt100, Optional.empty());
    }

    /**
     * A copy with its own missing-evidence policy, everything else equal.
     *
     * @param policy the policy for this measure's missing evidence
     * @return a new measure
     */
    public MilestoneMeasure withMissingEvidence(MissingEvidencePolicy policy) {
        return new MilestoneMeasure(id, weight, rules, capAt100, Optional.of(policy));
    }
}
