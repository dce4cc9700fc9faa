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
package org.blendscore.whatif;

import java.util.Objects;
import java.util.function.Function;

import org.blendscore.impact.Outcome;

/**
 * What a what-if needs to give the adverse impact before and after: each subject's group, given apart
 * from the evidence (a group is never a scoring input), what counts as selected under each version,
 * and the fewest members a group needs to be judged. A streaming what-if keeps a count per group, not
 * the scores, so the outcomes are a band at least ({@link Outcome#bandAtLeast}) or an overall score at
 * least ({@link Outcome#overallAtLeast}); a top percent needs every score and is refused.
 *
 * @param groupOf the group label of a subject id; null for a subject without one, which stops the run
 *     with an error naming the subject
 * @param before what counts as selected under the scorer before
 * @param after what counts as selected under the scorer after
 * @param minimumGroupSize the fewest members a group needs to be judged; at least 1
 */
public record ImpactGroups(Function<String, String> groupOf, Outcome before, Outcome after, int minimumGroupSize) {

    /**
     * Checks the parts.
     *
     * @param groupOf the group label of a subject id
     * @param before what counts as selected before
     * @param after what counts as selected after
     * @param minimumGroupSize the fewest members a group needs to be judged
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if an outcome is a top percent, or the minimum group size is below 1
     */
    public ImpactGroups {
        Objects.requireNonNull(groupOf, "groupOf");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before instanceof Outcome.TopPercent || after instanceof Outcome.TopPercent) {
            throw new IllegalArgumentException(WhatIfText.topPercentRefused());
        }
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException(WhatIfText.minimumGroupSize(minimumGroupSize));
        }
    }
}
