package org.blendscore.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The actual amount, count or rate of a quota measure, in the target's unit.
 *
 * @param actual the actual; never negative (checked when scored)
 */
public record QuotaActual(@NotNull @PositiveOrZero BigDecimal actual) implements MeasureEvidence {

    /** Checks that the actual is present. */
    public QuotaActual {
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * An actual from decimal text.
     *
     * @param actual the actual, such as {@code "1200000"}
     * @return the evidence
     */
    public static QuotaActual of(String actual) {
        return new QuotaActual(new BigDecimal(actual));
    }
}
