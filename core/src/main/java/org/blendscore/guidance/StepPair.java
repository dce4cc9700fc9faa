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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Two steps of two measures that together lift a review to the next band when no single measure
 * can. Verified by scoring: both steps taken reach the band; either one taken with the other's
 * next-smaller step does not. {@code first.overall()} and {@code second.overall()} are the scores
 * with both steps taken.
 *
 * @param first the step of the first measure (in the rubric's order)
 * @param second the step of the second measure
 * @param cost the sum of the two steps' costs (shares of their measures' ranges); the pairs of a
 *         path are ordered by it, cheapest first
 */
public record StepPair(Step first, Step second, BigDecimal cost) {

    /**
     * Checks that every part is present.
     *
     * @param first the step of the first measure
     * @param second the step of the second measure
     * @param cost the sum of the two steps' costs
     */
    public StepPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(cost, "cost");
    }
}
