/*
 * Copyright 2026 the Blendscore authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A behaviour-anchored rating scale from {@code min} to {@code max} in steps of {@code step}, with a
 * level for every value on it.
 *
 * <p>Points: by default the scale maps linearly onto 0..100 ({@code (r - min) / (max - min) x 100}).
 * A level may override its points; a value between two levels (a mean of ratings) is interpolated
 * linearly between their points.
 *
 * @param min the lowest value
 * @param max the highest value
 * @param step the distance between two levels
 * @param levels one level for each value from min to max, in ascending order
 */
public record RatingScale(@NotNull BigDecimal min, @NotNull BigDecimal max, @NotNull @Positive BigDecimal step,
                          @NotEmpty List<@Valid @NotNull ScaleLevel> levels) {

    /**
     * Copies the levels.
     *
     * @param min the lowest value
     * @param max the highest value
     * @param step the distance between two levels
     * @param levels one level for each value from min to max, in ascending order
     */
    public RatingScale {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        levels = Copies.list(levels, "levels", () -> "RatingScale");
    }

    /**
     * Whether {@code value} is a level of this scale.
     *
     * @param value a rating value
     * @return true if min &lt;= value &lt;= max and value - min is a whole number of steps
     */
    public boolean isOnScale(BigDecimal value) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || step.signum() <= 0) {
            return false;
        }
        return value.subtract(min).remainder(step).signum() == 0;
    }

    /**
     * The default points of a level: the linear map of the scale onto 0..100.
     *
     * @param value a value on the scale
     * @param scale decimal places of the result
     * @return the points, rounded half-even at {@code scale} places
     */
    public BigDecimal linearPoints(BigDecimal value, int scale) {
        return value.subtract(min).multiply(BigDecimal.valueOf(100))
                .divide(max.subtract(min), scale, java.math.RoundingMode.HALF_EVEN);
    }

    /** Renders as {@code min..max}. */
    @Override
    public String toString() {
        return min.toPlainString() + ".." + max.toPlainString();
    }
}
