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
 * Who rates a rating measure (manager, customer, peer, self), with the source's weight and the
 * number of ratings it needs to count.
 *
 * @param name the source name, such as {@code customer}
 * @param weight weight among the measure's sources, percent
 * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
 */
public record RatingSource(@NotBlank String name, @NotNull @Positive BigDecimal weight, @Positive int minRatings) {

    /**
     * Checks that the parts are present.
     *
     * @param name the source name, such as {@code customer}
     * @param weight weight among the measure's sources, percent
     * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
     */
    public RatingSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
    }
}
