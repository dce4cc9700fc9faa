package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One sub-period of a {@link Seasonality} with its share of the period target.
 *
 * @param name the name, such as {@code Q1}
 * @param range the dates of the sub-period
 * @param weight its share of the period target, percent
 */
public record SeasonPart(@NotBlank String name, @NotNull DateRange range, @NotNull @Positive BigDecimal weight) {

    /**
     * Checks that the parts are present.
     *
     * @param name the name, such as {@code Q1}
     * @param range the dates of the sub-period
     * @param weight its share of the period target, percent
     */
    public SeasonPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(weight, "weight");
    }
}
