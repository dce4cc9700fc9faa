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
package org.blendscore.calibration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How offsets are estimated and shown.
 *
 * @param shrinkage the shrinkage constant k, at least 0: a rater's offset is the sum of their residuals
 *     divided by (n + k), so that a rater with few ratings is pulled toward zero; k = 0 is the plain mean
 * @param minRatings the fewest residuals behind an offset before it is reported without a warning; at least 1
 * @param z the interval's half-width in standard errors (1.96 for about 95%); positive
 * @param scale the decimal places an offset and its interval are rounded to, 0 to 10
 */
public record CalibrationRules(@NotNull @PositiveOrZero BigDecimal shrinkage, @Positive int minRatings,
                               @NotNull @Positive BigDecimal z, int scale) {

    /** The most decimal places of an offset. */
    public static final int MAX_SCALE = 10;

    /**
     * Checks the parts.
     *
     * @param shrinkage the shrinkage constant k, at least 0
     * @param minRatings the fewest residuals behind an offset without a warning; at least 1
     * @param z the interval's half-width in standard errors; positive
     * @param scale the decimal places of an offset, 0 to 10
     * @throws IllegalArgumentException naming the part that is out of range
     */
    public CalibrationRules {
        Objects.requireNonNull(shrinkage, "shrinkage");
        Objects.requireNonNull(z, "z");
        if (shrinkage.signum() < 0) {
            throw new IllegalArgumentException(CalibrationMessages.atLeast("shrinkage", shrinkage, 0));
        }
        if (minRatings < 1) {
            throw new IllegalArgumentException(CalibrationMessages.atLeast("minRatings", minRatings, 1));
        }
        if (z.signum() <= 0) {
            throw new IllegalArgumentException(CalibrationMessages.outOfRange("z", z, "positive"));
        }
        if (scale < 0 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(CalibrationMessages.outOfRange("scale", scale, "0 to " + MAX_SCALE));
        }
    }

    /**
     * The defaults: shrinkage 2, a warning below 5 ratings, a 95% interval (z = 1.96), offsets at 2 places.
     *
     * @return the default rules
     */
    public static CalibrationRules defaults() {
        return new CalibrationRules(BigDecimal.valueOf(2), 5, new BigDecimal("1.96"), 2);
    }

    /**
     * A copy with another shrinkage constant.
     *
     * @param k the shrinkage constant, at least 0
     * @return new rules
     */
    public CalibrationRules withShrinkage(BigDecimal k) {
        return new CalibrationRules(k, minRatings, z, scale);
    }

    /**
     * A copy with another least number of ratings before the warning.
     *
     * @param n at least 1
     * @return new rules
     */
    public CalibrationRules withMinRatings(int n) {
        return new CalibrationRules(shrinkage, n, z, scale);
    }

    /**
     * A copy with another scale for offsets.
     *
     * @param places 0 to 10
     * @return new rules
     */
    public CalibrationRules withScale(int places) {
        return new CalibrationRules(shrinkage, minRatings, z, places);
    }
}
