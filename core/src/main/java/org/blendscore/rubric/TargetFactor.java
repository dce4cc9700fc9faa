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

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A named adjustment factor that differentiates targets (territory potential, account maturity,
 * product complexity). Evidence gives each subject's value, which must lie in {@code min..max}; the
 * effective target of every quota measure that names the factor is multiplied by it.
 *
 * @param name the factor name, unique in the rubric
 * @param min the smallest allowed value; positive
 * @param max the largest allowed value; at least {@code min}
 * @param description what the factor reflects, for the published rubric
 */
public record TargetFactor(@NotBlank String name, @NotNull @Positive BigDecimal min, @NotNull @Positive BigDecimal max,
                           @NotNull String description) {

    /**
     * Checks that the parts are present.
     *
     * @param name the factor name, unique in the rubric
     * @param min the smallest allowed value; positive
     * @param max the largest allowed value; at least {@code min}
     * @param description what the factor reflects, for the published rubric
     */
    public TargetFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Whether {@code value} is allowed.
     *
     * @param value a factor value
     * @return true if min &lt;= value &lt;= max
     */
    public boolean allows(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
