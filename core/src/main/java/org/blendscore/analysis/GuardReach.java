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
 *
 * @param index the guard's index in the rubric
 * @param guard the guard
 * @param lowestScore the lowest score of the section or measure the condition names, or empty if unbounded
 * @param highestScore its highest score, or empty if unbounded
 * @param canHold whether the condition holds for some reachable score
 * @param alwaysHolds whether the condition holds for every review (its section or measure can never be
 *     left out and every reachable score satisfies it)
 * @param canLowerBand whether some band above the cap band is reachable by the overall
 */
public record GuardReach(int index, BandGuard guard, Optional<Fraction> lowestScore, Optional<Fraction> highestScore,
                         boolean canHold, boolean alwaysHolds, boolean canLowerBand) {

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
    public GuardReach {
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(lowestScore, "lowestScore");
        Objects.requireNonNull(highestScore, "highestScore");
    }

    /**
     * Whether the guard can never lower a band.
     *
     * @return true if its condition can never hold or its cap never lowers a reachable band
     */
    public boolean isDead() {
        return !canHold || !canLowerBand;
    }
}
