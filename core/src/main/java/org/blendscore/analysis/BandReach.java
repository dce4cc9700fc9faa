package org.blendscore.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether any evidence can put a review in a band.
 *
 * @param label the band label
 * @param lowerBound the band's lower bound
 * @param unreachableBecause why no evidence can reach the band; empty when some may
 */
public record BandReach(String label, BigDecimal lowerBound, Optional<String> unreachableBecause) {

    /**
     * Checks the parts.
     *
     * @param label the band label
     * @param lowerBound the band's lower bound
     * @param unreachableBecause why no evidence can reach the band; empty when some may
     */
    public BandReach {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Objects.requireNonNull(unreachableBecause, "unreachableBecause");
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
}
