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

    /** Checks the parts. */
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
