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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period target is split across sub-periods (quarters 20/25/25/30). The parts cover the
 * rubric's effective period without gaps or overlaps and their weights add up to 100. Within a part,
 * its share is spread evenly over its days (calendar or working days, as the rubric's proration
 * basis says).
 *
 * @param parts the sub-periods in order
 */
public record Seasonality(@NotEmpty List<@Valid @NotNull SeasonPart> parts) {

    /**
     * Copies the parts.
     *
     * @param parts the sub-periods in order
     */
    public Seasonality {
        parts = Copies.list(parts, "parts", () -> "Seasonality");
    }

    /**
     * The four calendar quarters of {@code year} with the given weights.
     *
     * @param year the year
     * @param q1 weight of Q1, percent
     * @param q2 weight of Q2
     * @param q3 weight of Q3
     * @param q4 weight of Q4
     * @return the seasonality
     * @throws IllegalArgumentException if the year is outside {@link DateLimits}
     */
    public static Seasonality quarters(int year, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4) {
        if (year < DateLimits.FIRST_YEAR || year > DateLimits.LAST_YEAR) {
            throw new IllegalArgumentException(TargetMessages.seasonYearOutsideSupportedRange(year, DateLimits.FIRST_YEAR, DateLimits.LAST_YEAR));
        }
        BigDecimal[] w = {q1, q2, q3, q4};
        List<SeasonPart> parts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            java.time.LocalDate start = java.time.LocalDate.of(year, q * 3 + 1, 1);
            parts.add(new SeasonPart("Q" + (q + 1), DateRange.of(start, start.plusMonths(3).minusDays(1)), w[q]));
        }
        return new Seasonality(parts);
    }
}
