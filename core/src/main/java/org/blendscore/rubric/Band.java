package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A labelled range of the overall score: scores at or above {@code lowerBound} (and below the next
 * higher band's bound) fall in this band.
 *
 * @param label the band label, such as {@code Exceeds}
 * @param lowerBound the lowest overall score in the band
 */
public record Band(@NotBlank String label, @NotNull @PositiveOrZero BigDecimal lowerBound) {

    /**
     * Checks that the parts are present.
     *
     * @param label the band label, such as {@code Exceeds}
     * @param lowerBound the lowest overall score in the band
     */
    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(lowerBound, "lowerBound");
    }
}
