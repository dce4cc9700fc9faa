package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named milestone worth points when reached, such as {@code executive-alignment}.
 *
 * @param id the milestone id
 * @param points points for reaching it
 */
public record Milestone(@NotBlank String id, @NotNull @PositiveOrZero BigDecimal points) implements MilestoneRule {

    /**
     * Checks that the parts are present.
     *
     * @param id the milestone id
     * @param points points for reaching it
     */
    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }
}
