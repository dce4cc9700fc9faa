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
 * One sub-period of a {@link Seasonality} with its share of the period target.
 *
 * @param name the name, such as {@code Q1}
 * @param range the dates of the sub-period
 * @param weight its share of the period target, percent
 */
public record SeasonPart(@NotBlank String name, @NotNull DateRange range, @NotNull @Positive BigDecimal weight) {

    /**
     * Checks that the parts are present.
     *
     * @param name the name, such as {@code Q1}
     * @param range the dates of the sub-period
     * @param weight its share of the period target, percent
     */
    public SeasonPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(weight, "weight");
    }
}
