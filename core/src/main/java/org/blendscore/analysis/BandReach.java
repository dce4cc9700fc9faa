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

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether any evidence can put a review in a band.
 */
public final class BandReach {

    private final String label;
    private final BigDecimal lowerBound;
    private final Optional<String> unreachableBecause;

    /**
     * Checks the parts.
     *
     * @param label the band label
     * @param lowerBound the band's lower bound
     * @param unreachableBecause why no evidence can reach the band; empty when some may
     */
    public BandReach(String label, BigDecimal lowerBound, Optional<String> unreachableBecause) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(unreachableBecause, "unreachableBecause");
        this.label = label;
        this.lowerBound = lowerBound;
        this.unreachableBecause = unreachableBecause;
    }

    /**
     * Whether some evidence may reach the band. The analysis treats the overall as able to take any
     * value between its lowest and highest, so a band found reachable may still lie between the
     * few overalls that a rubric of milestones alone can give.
     *
     * @return true unless the band is shown unreachable
     */
    public boolean isReachable() {
        return unreachableBecause.isEmpty();
    }

    /**
     * Returns the band label.
     *
     * @return the band label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the band's lower bound.
     *
     * @return the band's lower bound
     */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /**
     * Returns why no evidence can reach the band; empty when some may.
     *
     * @return why no evidence can reach the band; empty when some may
     */
    public Optional<String> unreachableBecause() {
        return unreachableBecause;
    }

    /** Equal to another BandReach whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BandReach other
                && Objects.equals(label, other.label)
                && Objects.equals(lowerBound, other.lowerBound)
                && Objects.equals(unreachableBecause, other.unreachableBecause);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(label, lowerBound, unreachableBecause);
    }

    /** The parts, as {@code BandReach[part=value, ...]}. */
    @Override
    public String toString() {
        return "BandReach[label=" + label
                + ", lowerBound=" + lowerBound
                + ", unreachableBecause=" + unreachableBecause
                + "]";
    }
}
