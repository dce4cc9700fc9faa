package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stage of a {@link StageLadder}.
 *
 * @param id the stage id, such as {@code proposal}
 * @param points the points credited when this is the furthest stage reached
 */
public record Stage(@NotBlank String id, @NotNull @PositiveOrZero BigDecimal points) {

    /**
     * Checks that the parts are present.
     *
     * @param id the stage id, such as {@code proposal}
     * @param points the points credited when this is the furthest stage reached
     */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }
}
