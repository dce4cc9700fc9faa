package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A milestone counted against a target ("3 referrals secured"): each occurrence up to the target
 * earns its share of the points, so 2 of 3 earns two thirds.
 *
 * @param id the milestone id
 * @param target how many occurrences earn all the points; at least 1
 * @param points points for reaching the target
 */
public record CountedMilestone(@NotBlank String id, @Positive int target, @NotNull @PositiveOrZero BigDecimal points)
        implements MilestoneRule {

    /**
     * Checks that the parts are present.
     *
     * @param id the milestone id
     * @param target how many occurrences earn all the points; at least 1
     * @param points points for reaching the target
     */
    public CountedMilestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }
}
