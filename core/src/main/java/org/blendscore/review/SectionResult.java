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

/**
 * One section's part in a review.
 *
 * @param name the section name
 * @param weight the declared weight in the rubric, percent
 * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
 *     (0 when left out)
 * @param score the section's score (its measures' points weighted in the section) at the rubric's
 *     scale; empty when left out
 * @param contribution the section's contribution: the sum of its measures' contributions
 * @param measures the measures in declaration order
 */
public record SectionResult(String name, BigDecimal weight, BigDecimal effectiveWeight, Optional<BigDecimal> score,
                            BigDecimal contribution, List<MeasureResult> measures) {

    /**
     * Checks the parts and copies the measures.
     *
     * @param name the section name
     * @param weight the declared weight in the rubric, percent
     * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
     *         (0 when left out)
     * @param score the section's score (its measures' points weighted in the section) at the rubric's
     *         scale; empty when left out
     * @param contribution the section's contribution: the sum of its measures' contributions
     * @param measures the measures in declaration order
     */
    public SectionResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(contribution, "contribution");
        measures = List.copyOf(measures);
    }

    /**
     * Whether the section was left out for want of usable evidence.
     *
     * @return true if left out
     */
    public boolean leftOut() {
        return score.isEmpty();
    }
}
