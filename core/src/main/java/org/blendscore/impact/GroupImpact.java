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
import java.util.Optional;

/**
 * One group of an adverse-impact analysis.
 *
 * @param group the group label
 * @param count how many reviews the group has
 * @param selected how many of them meet the outcome
 * @param verdict reference, flagged, not flagged or too small to judge
 * @param againstReference the comparison with the reference group; empty for the reference group itself,
 *     and when no group is large enough to judge or the reference group had no one selected (no ratio exists)
 */
public record GroupImpact(String group, int count, int selected, Verdict verdict, Optional<AgainstReference> againstReference) {

    /**
     * Checks the parts.
     *
     * @param group the group label
     * @param count how many reviews the group has
     * @param selected how many of them meet the outcome
     * @param verdict reference, flagged, not flagged or too small to judge
     * @param againstReference the comparison with the reference group; empty for the reference group itself,
     *         and when no group is large enough to judge or the reference group had no one selected (no ratio exists)
     */
    public GroupImpact {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(againstReference, "againstReference");
    }

    /**
     * The selection rate, selected / count, with a single rounding.
     *
     * @return the rate, between 0 and 1
     */
    public double selectionRate() {
        return (double) selected / count;
    }

    /**
     * Whether the group is flagged by the four-fifths rule.
     *
     * @return true if the verdict is {@link Verdict#FLAGGED}
     */
    public boolean flagged() {
        return verdict == Verdict.FLAGGED;
    }
}
