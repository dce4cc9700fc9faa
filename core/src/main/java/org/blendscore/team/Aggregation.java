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
package org.blendscore.team;

import java.util.Objects;

/**
 * How a team's score is rolled up from its members' overall scores: a closed set.
 */
public sealed interface Aggregation {

    /** The plain mean of the members' overall scores. */
    record Mean() implements Aggregation {
    }

    /** The median of the members' overall scores; of an even count, the mean of the middle two. */
    record Median() implements Aggregation {
    }

    /**
     * The mean weighted by each member's effective target of a quota measure, so that a member who
     * carries more of the team's quota counts for more.
     *
     * @param measureId the quota measure whose target weighs each member
     */
    record WeightedByQuota(String measureId) implements Aggregation {

        /**
         * Checks that the measure is named.
         *
         * @param measureId the quota measure whose target weighs each member
         */
        public WeightedByQuota {
            Objects.requireNonNull(measureId, "measureId");
        }
    }

    /**
     * The plain mean.
     *
     * @return the mean aggregation
     */
    static Aggregation mean() {
        return new Mean();
    }

    /**
     * The median.
     *
     * @return the median aggregation
     */
    static Aggregation median() {
        return new Median();
    }

    /**
     * The mean weighted by each member's target of a quota measure.
     *
     * @param measureId the quota measure
     * @return the weighted aggregation
     */
    static Aggregation weightedByQuota(String measureId) {
        return new WeightedByQuota(measureId);
    }

    /**
     * The aggregation as a review shows it: {@code mean}, {@code median} or {@code weighted by new-arr target}.
     *
     * @return the label
     */
    default String label() {
        if (this instanceof WeightedByQuota w) {
            return TeamMessages.weightedBy(w.measureId());
        }
        return this instanceof Median ? "median" : "mean";
    }
}
