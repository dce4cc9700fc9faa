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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actual amount, count or rate against a target, turned into points by a curve.
 *
 * @param id the measure id
 * @param weight weight in the section, percent
 * @param target the target
 * @param direction whether higher or lower actuals are better
 * @param curve attainment to points
 * @param factors the names of the rubric's {@link TargetFactor}s that adjust this measure's target
 * @param missingEvidence what happens when the measure (or one of its sources) has no usable evidence,
 *     if not its section's policy
 */
public record QuotaMeasure(@NotBlank String id, @NotNull @Positive BigDecimal weight, @Valid @NotNull Target target,
                           @NotNull Direction direction, @Valid @NotNull Curve curve, @NotNull List<@NotNull String> factors,
        @NotNull Optional<MissingEvidencePolicy> missingEvidence)
        implements Measure {

    /**
     * Checks that the parts are present and copies the factor names.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param target the target
     * @param direction whether higher or lower actuals are better
     * @param curve attainment to points
     * @param factors the names of the rubric's {@link TargetFactor}s that adjust this measure's target
     * @param missingEvidence the policy for this measure's missing evidence, or empty for the section's
     */
    public QuotaMeasure {
        Objects.requireNonNull(missingEvidence, "missingEvidence");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(curve, "curve");
        factors = Copies.list(factors, "factors", () -> "measure '" + id + "'");
    }

    /**
     * A quota measure whose target no factor adjusts.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param target the base target
     * @param direction whether higher or lower actuals are better
     * @param curve attainment to points
     */
    public QuotaMeasure(String id, BigDecimal weight, Target target, Direction direction, Curve curve) {
        this(id, weight, target, direction, curve, List.of());
    }

    /**
     * With the section's missing-evidence policy.
     *
     * @param id the measure id
     * @param weight weight in the section, percent
     * @param target the target
     * @param direction whether higher or lower actuals are better
     * @param curve attainment to points
     * @param factors the names of the rubric's target factors that adjust this measure's target
     */
    public QuotaMeasure(String id, BigDecimal weight, Target target, Direction direction, Curve curve, List<String> factors) {
        this(id, weight, target, direction, curve, factors, Optional.empty());
    }

    /**
     * A copy with its own missing-evidence policy, everything else equal.
     *
     * @param policy the policy for this measure's missing evidence
     * @return a new measure
     */
    public QuotaMeasure withMissingEvidence(MissingEvidencePolicy policy) {
        return new QuotaMeasure(id, weight, target, direction, curve, factors, Optional.of(policy));
    }
}
