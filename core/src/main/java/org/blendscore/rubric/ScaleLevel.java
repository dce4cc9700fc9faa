package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a rating scale with its behavioural anchor.
 *
 * @param value the level's value on the scale
 * @param label a short label, such as {@code Strong}
 * @param anchor the observable behaviour that earns this level
 * @param points points for this level, overriding the default linear map of the scale onto 0..100
 */
public record ScaleLevel(@NotNull BigDecimal value, @NotBlank String label, @NotBlank String anchor, Optional<BigDecimal> points) {

    /**
     * Checks that the parts are present.
     *
     * @param value the level's value on the scale
     * @param label a short label, such as {@code Strong}
     * @param anchor the observable behaviour that earns this level
     * @param points points for this level, overriding the default linear map of the scale onto 0..100
     */
    public ScaleLevel {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(points, "points");
    }
}
