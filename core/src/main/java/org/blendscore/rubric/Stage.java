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
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One stage of a {@link StageLadder}.
 *
 * @param id the stage id, such as {@code proposal}
 * @param points the points credited when this is the furthest stage reached
 */
public record Stage(@NotBlank String id, @NotNull @PositiveOrZero BigDecimal points) {

    /**
     * Checks that the parts are present.
     *
     * @param id the stage id, such as {@code proposal}
     * @param points the points credited when this is the furthest stage reached
     */
    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }
}
