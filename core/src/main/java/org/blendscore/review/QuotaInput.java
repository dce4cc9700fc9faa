package org.blendscore.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.Direction;

/**
 * A quota measure's inputs.
 *
 * @param actual the actual
 * @param target the target
 * @param unit the target's unit
 * @param direction whether higher or lower is better
 * @param attainment attainment as a ratio, rounded half-even to 6 places; empty when lower is better
 *     and the actual is 0 (attainment without bound)
 * @param rule the curve rule that produced the points, such as
 *     {@code linear from 100.0% (100) to 150.0% (130)}
 */
public record QuotaInput(BigDecimal actual, BigDecimal target, String unit, Direction direction,
                         Optional<BigDecimal> attainment, String rule) implements MeasureInput {

    /** Checks that the parts are present. */
    public QuotaInput {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(rule, "rule");
    }
}
