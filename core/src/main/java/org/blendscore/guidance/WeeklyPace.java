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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.blendscore.funnel.ActivityPlan;

/**
 * For an interim review, the pace one quota measure needs from the review's date to the end of the
 * period for the review to reach the next band at the end: the least actual at the end that
 * reaches the band with everything else as it is ({@code neededByEnd}, found by scoring the
 * evidence as a final review, exactly like a {@link Step}), what remains of it after the actual to
 * date, that amount per week, and the activities per week the activity funnel needs for it.
 * {@code expectedToDate} is the target expected by the review's date, against which the interim
 * review scored the actual; {@code neededByEnd} minus the actual to date is the distance left.
 *
 * @param measureId the quota measure
 * @param unit the measure's unit, such as {@code USD}
 * @param asOf the interim review's date
 * @param periodEnd the last day of the review period
 * @param daysLeft the days after {@code asOf} up to and including {@code periodEnd}
 * @param expectedToDate the target expected by {@code asOf}
 * @param actualToDate the actual to date, after relief credits
 * @param neededByEnd the least actual at the end of the period that reaches the next band
 * @param remaining {@code neededByEnd} minus the actual as given in the evidence; not negative
 * @param perWeek {@code remaining} per week of the days left ({@code remaining x 7 / daysLeft}),
 *         rounded up to the input's resolution
 * @param activities each activity of the funnel: its count for the rest of the period to book
 *         {@code remaining}, and per week ({@code count x 7 / daysLeft}, rounded up); empty without
 *         a funnel or for a count measure
 */
public record WeeklyPace(String measureId, String unit, LocalDate asOf, LocalDate periodEnd, long daysLeft,
                         BigDecimal expectedToDate, BigDecimal actualToDate, BigDecimal neededByEnd, BigDecimal remaining,
                         BigDecimal perWeek, List<ActivityPlan.Activity> activities) {

    /**
     * Checks that every part is present and copies the activities.
     *
     * @param measureId the quota measure
     * @param unit the measure's unit
     * @param asOf the interim review's date
     * @param periodEnd the last day of the review period
     * @param daysLeft the days left
     * @param expectedToDate the target expected by {@code asOf}
     * @param actualToDate the actual to date
     * @param neededByEnd the least actual at the end that reaches the next band
     * @param remaining what remains to do
     * @param perWeek what remains per week
     * @param activities the activities for the rest of the period and per week
     */
    public WeeklyPace {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(expectedToDate, "expectedToDate");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(neededByEnd, "neededByEnd");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(perWeek, "perWeek");
        activities = List.copyOf(activities);
    }

    /**
     * The pace in one line, as the path to the next band explains it.
     *
     * @return such as {@code new-arr: 12,000 USD a week for the 30 days to 2026-12-31 (360,000 of 1,400,000 by the end; 40 calls, 10 pitches a week)}
     */
    public String explain() {
        return GuidanceMessages.pace(this);
    }
}
