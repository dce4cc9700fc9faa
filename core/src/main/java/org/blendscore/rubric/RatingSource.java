package org.blendscore.rubric;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Who rates a rating measure (manager, customer, peer, self), with the source's weight and the
 * number of ratings it needs to count.
 *
 * @param name the source name, such as {@code customer}
 * @param weight weight among the measure's sources, percent
 * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
 */
public record RatingSource(@NotBlank String name, @NotNull @Positive BigDecimal weight, @Positive int minRatings) {

    /**
     * Checks that the parts are present.
     *
     * @param name the source name, such as {@code customer}
     * @param weight weight among the measure's sources, percent
     * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
     */
    public RatingSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
