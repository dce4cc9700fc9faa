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
package org.blendscore.analysis;

import java.util.Objects;

/**
 * Two tiers of a tier table that both claim some attainments, so the table does not say which
 * points those attainments earn.
 */
public final class TierOverlap {

    private final int first;
    private final int second;
    private final Interval overlap;

    /**
     * Checks the parts.
     *
     * @param first the index of the earlier tier, as declared
     * @param second the index of the later tier, as declared
     * @param overlap the attainments both tiers claim
     */
    public TierOverlap(int first, int second, Interval overlap) {
        Objects.requireNonNull(overlap, "overlap");
        this.first = first;
        this.second = second;
        this.overlap = overlap;
    }

    /** Renders as in {@code tiers[0] and tiers[1] overlap on [0.8, 1.0)}. */
    @Override
    public String toString() {
        return AnalysisMessages.overlap(first, second, overlap);
    }

    /**
     * Returns the index of the earlier tier, as declared.
     *
     * @return the index of the earlier tier, as declared
     */
    public int first() {
        return first;
    }

    /**
     * Returns the index of the later tier, as declared.
     *
     * @return the index of the later tier, as declared
     */
    public int second() {
        return second;
    }

    /**
     * Returns the attainments both tiers claim.
     *
     * @return the attainments both tiers claim
     */
    public Interval overlap() {
        return overlap;
    }

    /** Equal to another TierOverlap whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TierOverlap other
                && first == other.first
                && second == other.second
                && Objects.equals(overlap, other.overlap);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(first, second, overlap);
    }
}
