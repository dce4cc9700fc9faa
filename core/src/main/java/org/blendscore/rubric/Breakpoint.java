package org.blendscore.rubric;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point of a piecewise-linear curve: at this attainment, the measure scores these points.
 *
 * @param attainment attainment as a ratio (1.00 is 100% of target); not negative
 * @param points points earned at exactly this attainment; not negative
 */
public record Breakpoint(@NotNull @PositiveOrZero BigDecimal attainment, @NotNull @PositiveOrZero BigDecimal points) {

    /**
     * Checks that both parts are present.
     *
     * @param attainment attainment as a ratio (1.00 is 100% of target); not negative
     * @param points points earned at exactly this attainment; not negative
     */
    public Breakpoint {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(points, "points");
    }

    /**
     * A breakpoint from decimal text, as in {@code Breakpoint.of("1.5", "130")}.
     *
     * @param attainment attainment as a ratio
     * @param points points at that attainment
     * @return the breakpoint
     */
    public static Breakpoint of(String attainment, String points) {
        return new Breakpoint(new BigDecimal(attainment), new BigDecimal(points));
    }
}
