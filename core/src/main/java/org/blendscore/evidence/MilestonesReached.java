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
package org.blendscore.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.Set;

/**
 * The milestones a subject reached: ids of plain milestones and of stages reached (the furthest
 * stage of a ladder counts), and the counts of counted milestones. An empty record means "none
 * reached"; a measure with no record at all has no evidence.
 *
 * @param reached ids of the milestones and stages reached
 * @param counts how often each counted milestone occurred; never negative
 */
public record MilestonesReached(@NotNull Set<@NotNull String> reached, @NotNull Map<@NotNull String, @NotNull @PositiveOrZero Integer> counts)
        implements MeasureEvidence {

    /**
     * Copies the set and map.
     *
     * @param reached ids of the milestones and stages reached
     * @param counts how often each counted milestone occurred; never negative
     */
    public MilestonesReached {
        reached = Copies.set(reached, "reached", () -> "MilestonesReached");
        counts = Copies.map(counts, "counts", () -> "MilestonesReached");
    }

    /**
     * Plain milestones or stages reached, no counts.
     *
     * @param reached the ids reached
     * @return the evidence
     */
    public static MilestonesReached of(String... reached) {
        return new MilestonesReached(Set.of(reached), Map.of());
    }
}
