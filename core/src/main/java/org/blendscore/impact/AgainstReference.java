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
package org.blendscore.impact;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One group compared with the reference group (the highest selection rate): the impact ratio, the
 * four-fifths rule, the pooled two-proportion z test and Fisher's exact test.
 *
 * @param referenceGroup the reference group's label
 * @param impactRatio the group's selection rate over the reference group's, computed from the exact
 *     counts ({@code selected x referenceCount / (count x referenceSelected)}) with a single rounding
 * @param belowFourFifths whether the ratio is below 0.8, decided in integers:
 *     {@code selected x referenceCount x 5 < 4 x referenceSelected x count}; exactly 0.8 is not below.
 *     The group is {@link Verdict#FLAGGED} only if it is also large enough to judge
 * @param z the pooled two-proportion z statistic, (reference rate - group rate) / √(p(1 - p)(1/n_ref + 1/n)),
 *     p the pooled rate: positive when the group is selected less often; empty when both groups had
 *     everyone selected (the standard error is 0)
 * @param zPValue the two-sided p-value of {@code z} under the standard normal, P(|Z| &gt;= |z|); empty with {@code z}
 * @param fisherPValue Fisher's exact two-sided p-value for the 2x2 table of the two groups, selected or not:
 *     the probability of the tables, with every margin fixed, no more probable than the observed one
 *     (relative tolerance 1e-7, as R's {@code fisher.test})
 */
public record AgainstReference(String referenceGroup, double impactRatio, boolean belowFourFifths, OptionalDouble z,
                               OptionalDouble zPValue, double fisherPValue) {

    /**
     * Checks the parts.
     *
     * @param referenceGroup the reference group's label
     * @param impactRatio the group's selection rate over the reference group's, computed from the exact
     *         counts ({@code selected x referenceCount / (count x referenceSelected)}) with a single rounding
     * @param belowFourFifths whether the ratio is below 0.8, decided in integers:
     *         {@code selected x referenceCount x 5 < 4 x referenceSelected x count}; exactly 0.8 is not below.
     *         The group is {@link Verdict#FLAGGED} only if it is also large enough to judge
     * @param z the pooled two-proportion z statistic, (reference rate - group rate) / √(p(1 - p)(1/n_ref + 1/n)),
     *         p the pooled rate: positive when the group is selected less often; empty when both groups had
     *         everyone selected (the standard error is 0)
     * @param zPValue the two-sided p-value of {@code z} under the standard normal, P(|Z| &gt;= |z|); empty with {@code z}
     * @param fisherPValue Fisher's exact two-sided p-value for the 2x2 table of the two groups, selected or not:
     *         the probability of the tables, with every margin fixed, no more probable than the observed one
     *         (relative tolerance 1e-7, as R's {@code fisher.test})
     */
    public AgainstReference {
        Objects.requireNonNull(referenceGroup, "referenceGroup");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(zPValue, "zPValue");
    }
}
