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
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.BandGuard;

/**
 * Whether a band guard can ever change a band.
 *
 * <p>A guard is dead when its condition can never hold (such as {@code section Relationship < 0},
 * or a threshold beyond the scores its section or measure can reach), or when its cap band is at or
 * above every band the overall can reach, so that capping never lowers anything. A condition is
 * evaluated, as the scorer does, on the score rounded at the rubric's scale.
 */
public final class GuardReach {

    private final int index;
    private final BandGuard guard;
    private final Optional<Fraction> lowestScore;
    private final Optional<Fraction> highestScore;
    private final boolean canHold;
    private final boolean alwaysHolds;
    private final boolean canLowerBand;

    /**
     * Checks the parts.
     *
     * @param index the guard's index in the rubric
     * @param guard the guard
     * @param lowestScore the lowest score of the section or measure the condition names, or empty if unbounded
     * @param highestScore its highest score, or empty if unbounded
     * @param canHold whether the condition holds for some reachable score
     * @param alwaysHolds whether the condition holds for every review (its section or measure can never be
     *         left out and every reachable score satisfies it)
     * @param canLowerBand whether some band above the cap band is reachable by the overall
     */
    public GuardReach(int index, BandGuard guard, Optional<Fraction> lowestScore, Optional<Fraction> highestScore,
                      boolean canHold, boolean alwaysHolds, boolean canLowerBand) {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(lowestScore, "lowestScore");
        Objects.requireNonNull(highestScore, "highestScore");
        this.index = index;
        this.guard = guard;
        this.lowestScore = lowestScore;
        this.highestScore = highestScore;
        this.canHold = canHold;
        this.alwaysHolds = alwaysHolds;
        this.canLowerBand = canLowerBand;
    }

    /**
     * Whether the guard can never lower a band.
     *
     * @return true if its condition can never hold or its cap never lowers a reachable band
     */
    public boolean isDead() {
        return !canHold || !canLowerBand;
    }

    /**
     * Returns the guard's index in the rubric.
     *
     * @return the guard's index in the rubric
     */
    public int index() {
        return index;
    }

    /**
     * Returns the guard.
     *
     * @return the guard
     */
    public BandGuard guard() {
        return guard;
    }

    /**
     * Returns the lowest score of the section or measure the condition names, or empty if unbounded.
     *
     * @return the lowest score of the section or measure the condition names, or empty if unbounded
     */
    public Optional<Fraction> lowestScore() {
        return lowestScore;
    }

    /**
     * Returns its highest score, or empty if unbounded.
     *
     * @return its highest score, or empty if unbounded
     */
    public Optional<Fraction> highestScore() {
        return highestScore;
    }

    /**
     * Returns whether the condition holds for some reachable score.
     *
     * @return whether the condition holds for some reachable score
     */
    public boolean canHold() {
        return canHold;
    }

    /**
     * Returns whether the condition holds for every review (its section or measure can never be left out and every reachable score satisfies it).
     *
     * @return whether the condition holds for every review (its section or measure can never be left out and every reachable score satisfies it)
     */
    public boolean alwaysHolds() {
        return alwaysHolds;
    }

    /**
     * Returns whether some band above the cap band is reachable by the overall.
     *
     * @return whether some band above the cap band is reachable by the overall
     */
    public boolean canLowerBand() {
        return canLowerBand;
    }

    /** Equal to another GuardReach whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GuardReach other
                && index == other.index
                && Objects.equals(guard, other.guard)
                && Objects.equals(lowestScore, other.lowestScore)
                && Objects.equals(highestScore, other.highestScore)
                && canHold == other.canHold
                && alwaysHolds == other.alwaysHolds
                && canLowerBand == other.canLowerBand;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(index, guard, lowestScore, highestScore, canHold, alwaysHolds, canLowerBand);
    }

    /** The parts, as {@code GuardReach[part=value, ...]}. */
    @Override
    public String toString() {
        return "GuardReach[index=" + index
                + ", guard=" + guard
                + ", lowestScore=" + lowestScore
                + ", highestScore=" + highestScore
                + ", canHold=" + canHold
                + ", alwaysHolds=" + alwaysHolds
                + ", canLowerBand=" + canLowerBand
                + "]";
    }
}
