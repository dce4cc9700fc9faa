package org.blendscore.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier interim check-in of a quota measure: the actual to date as it stood on that date.
 * Used by interim reviews to tell whether a gap to the expected target has persisted.
 *
 * @param date the check-in date
 * @param actualToDate the actual accumulated up to and including that date
 */
public record CheckIn(@NotNull LocalDate date, @NotNull @PositiveOrZero BigDecimal actualToDate) {

    /**
     * Checks that the parts are present.
     *
     * @param date the check-in date
     * @param actualToDate the actual accumulated up to and including that date
     */
    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actualToDate, "actualToDate");
    }
}
