package org.blendscore.analysis;

import java.util.Objects;

/**
 * Two tiers of a tier table that both claim some attainments, so the table does not say which
 * points those attainments earn.
 *
 * @param first the index of the earlier tier, as declared
 * @param second the index of the later tier, as declared
 * @param overlap the attainments both tiers claim
 */
public record TierOverlap(int first, int second, Interval overlap) {

    /** Checks the parts. */
    public TierOverlap {
        Objects.requireNonNull(overlap, "overlap");
    }

    /** Renders as in {@code tiers[0] and tiers[1] overlap on [0.8, 1.0)}. */
    @Override
    public String toString() {
        return AnalysisMessages.overlap(first, second, overlap);
    }
}
