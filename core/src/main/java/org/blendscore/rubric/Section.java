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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A weighted group of measures, such as Revenue, Progression or Relationship.
 *
 * @param name the section name, unique in the rubric
 * @param weight weight in the rubric, percent
 * @param measures the measures, weights adding up to 100
 */
public record Section(@NotBlank String name, @NotNull @Positive BigDecimal weight, @NotEmpty List<@Valid @NotNull Measure> measures) {

    /**
     * Copies the measures.
     *
     * @param name the section name, unique in the rubric
     * @param weight weight in the rubric, percent
     * @param measures the measures, weights adding up to 100
     */
    public Section {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        measures = Copies.list(measures, "measures", () -> "section '" + name + "'");
    }
}
