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
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of a rating scale with its behavioural anchor.
 *
 * @param value the level's value on the scale
 * @param label a short label, such as {@code Strong}
 * @param anchor the observable behaviour that earns this level
 * @param points points for this level, overriding the default linear map of the scale onto 0..100
 */
public record ScaleLevel(@NotNull BigDecimal value, @NotBlank String label, @NotBlank String anchor, Optional<BigDecimal> points) {

    /**
     * Checks that the parts are present.
     *
     * @param value the level's value on the scale
     * @param label a short label, such as {@code Strong}
     * @param anchor the observable behaviour that earns this level
     * @param points points for this level, overriding the default linear map of the scale onto 0..100
     */
    public ScaleLevel {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(points, "points");
    }
}
