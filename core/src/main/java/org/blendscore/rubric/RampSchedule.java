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

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new hire's ramp: the percentage of target expected in each month of tenure, such as 25, 50, 75,
 * 100. Months after the last listed one are at 100%.
 *
 * <p>The ramp begins in the month of the subject's start date, or in the next month when the start
 * date falls after {@code cutoffDay}; the days of a start month that does not begin the ramp carry
 * no target. Percentages never decrease from one month to the next.
 *
 * @param monthlyPercents the percentage of target for tenure month 1, 2, ...
 * @param cutoffDay the last day of a month on which a start still begins the ramp in that month (1..31)
 */
public record RampSchedule(@NotEmpty List<@NotNull BigDecimal> monthlyPercents, @Min(1) @Max(31) int cutoffDay) {

    /**
     * Copies the percentages.
     *
     * @param monthlyPercents the percentage of target for tenure month 1, 2, ...
     * @param cutoffDay the last day of a month on which a start still begins the ramp in that month (1..31)
     */
    public RampSchedule {
        monthlyPercents = Copies.list(monthlyPercents, "monthlyPercents", () -> "RampSchedule");
    }
}
