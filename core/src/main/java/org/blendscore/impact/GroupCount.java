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

/**
 * How many reviews one group has and how many of them were selected: the input of
 * {@link AdverseImpact#ofCounts}, for counts made outside this library (a distributed engine's
 * aggregation over reviews joined with their subjects' groups).
 *
 * @param group the group label, not blank
 * @param count how many reviews the group has, at least 1
 * @param selected how many of them meet the outcome, 0 to {@code count}
 */
public record GroupCount(String group, int count, int selected) {

    /**
     * Checks the parts.
     *
     * @param group the group label, not blank
     * @param count how many reviews the group has, at least 1
     * @param selected how many of them meet the outcome, 0 to {@code count}
     * @throws NullPointerException if the group is null
     * @throws IllegalArgumentException naming the group if its label is blank or a count is out of range
     */
    public GroupCount {
        Objects.requireNonNull(group, "group");
        if (group.isBlank()) {
            throw new IllegalArgumentException(ImpactMessages.blankGroupCount());
        }
        if (count < 1 || selected < 0 || selected > count) {
            throw new IllegalArgumentException(ImpactMessages.groupCountOutOfRange(group, count, selected));
        }
    }
}
