package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An actual amount, count or rate against a target, turned into points by a curve.
 *
 * @param id the measure id
 * @param weight weight in the section, percent
 * @param target the target
 * @param direction whether higher or lower actuals are better
 * @param curve attainment to points
 */
public record QuotaMeasure(@NotBlank String id, @NotNull @Positive BigDecimal weight, @Valid @NotNull Target target,
                           @NotNull Direction direction, @Valid @NotNull Curve curve) implements Measure {

    /** Checks that the parts are present. */
    public QuotaMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(curve, "curve");
    }
}
