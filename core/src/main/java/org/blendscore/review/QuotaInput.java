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

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.Direction;

/**
 * A quota measure's inputs.
 *
 * @param actual the effective actual, after relief credits
 * @param target the effective target (rounded half-even to 2 places for display when adjustments made it inexact)
 * @param unit the target's unit
 * @param direction whether higher or lower is better
 * @param attainment attainment as a ratio, rounded half-even to 6 places; empty when lower is better
 *     and the actual is 0 (attainment without bound)
 * @param rule the curve rule that produced the points, such as
 *     {@code linear from 100.0% (100) to 150.0% (130)}
 * @param targetSteps how the base target became {@code target}: the base target, each factor, the
 *     time share and each relief; a single base step when nothing adjusted it
 * @param actualSteps how the reported actual became {@code actual}: the reported actual and each
 *     credit; a single step when nothing was credited
 * @param pacing where the measure stands at an interim review; empty in a final review
 */
public record QuotaInput(BigDecimal actual, BigDecimal target, String unit, Direction direction,
                         Optional<BigDecimal> attainment, String rule, List<TargetStep> targetSteps,
                         List<TargetStep> actualSteps, Optional<Pacing> pacing) implements MeasureInput {

    /**
     * Checks that the parts are present and copies the lists.
     *
     * @param actual the effective actual, after relief credits
     * @param target the effective target (rounded half-even to 2 places for display when adjustments made it inexact)
     * @param unit the target's unit
     * @param direction whether higher or lower is better
     * @param attainment attainment as a ratio, rounded half-even to 6 places; empty when lower is better
     *         and the actual is 0 (attainment without bound)
     * @param rule the curve rule that produced the points, such as
     *         {@code linear from 100.0% (100) to 150.0% (130)}
     * @param targetSteps how the base target became {@code target}: the base target, each factor, the
     *         time share and each relief; a single base step when nothing adjusted it
     * @param actualSteps how the reported actual became {@code actual}: the reported actual and each
     *         credit; a single step when nothing was credited
     * @param pacing where the measure stands at an interim review; empty in a final review
     */
    public QuotaInput {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(rule, "rule");
        targetSteps = List.copyOf(targetSteps);
        actualSteps = List.copyOf(actualSteps);
        Objects.requireNonNull(pacing, "pacing");
    }

    /**
     * Whether anything adjusted the base target or the reported actual.
     *
     * @return true if there are adjustment steps to show
     */
    public boolean adjusted() {
        return targetSteps.size() > 1 || actualSteps.size() > 1;
    }
}
