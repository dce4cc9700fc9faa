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

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point of a piecewise-linear curve: at this attainment, the measure scores these points.
 *
 * @param attainment attainment as a ratio (1.00 is 100% of target); not negative
 * @param points points earned at exactly this attainment; not negative
 */
public record Breakpoint(@NotNull @PositiveOrZero BigDecimal attainment, @NotNull @PositiveOrZero BigDecimal points) {

    /**
     * Checks that both parts are present.
     *
     * @param attainment attainment as a ratio (1.00 is 100% of target); not negative
     * @param points points earned at exactly this attainment; not negative
     */
    public Breakpoint {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(points, "points");
    }

    /**
     * A breakpoint from decimal text, as in {@code Breakpoint.of("1.5", "130")}.
     *
     * @param attainment attainment as a ratio
     * @param points points at that attainment
     * @return the breakpoint
     */
    public static Breakpoint of(String attainment, String points) {
        return new Breakpoint(new BigDecimal(attainment), new BigDecimal(points));
    }
}
