package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * Caps the band when a condition holds: "when the Relationship section scores below 50, the band is
 * at most Meets". A guard never raises a band.
 *
 * @param condition when the guard applies
 * @param capAt the label of the highest band allowed while it applies
 */
public record BandGuard(@Valid @NotNull ScoreCondition condition, @NotBlank String capAt) {

    /**
     * Checks that the parts are present.
     *
     * @param condition when the guard applies
     * @param capAt the label of the highest band allowed while it applies
     */
    public BandGuard {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(capAt, "capAt");
    }
}
