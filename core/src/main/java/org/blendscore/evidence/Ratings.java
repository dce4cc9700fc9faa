package org.blendscore.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The ratings of one rating measure, from any of its sources, in any order.
 *
 * @param ratings the ratings
 */
public record Ratings(@NotNull List<@Valid @NotNull Rating> ratings) implements MeasureEvidence {

    /**
     * Copies the list.
     *
     * @param ratings the ratings
     */
    public Ratings {
        ratings = List.copyOf(ratings);
    }

    /**
     * Ratings from the given ones.
     *
     * @param ratings the ratings
     * @return the evidence
     */
    public static Ratings of(Rating... ratings) {
        return new Ratings(List.of(ratings));
    }
}
