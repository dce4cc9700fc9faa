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

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days: the working days of the week, less a list of non-working dates
 * (public holidays, company shutdowns).
 *
 * @param workingDays the working days of the week; at least one
 * @param nonWorkingDates dates that are not working days although their day of the week is
 */
public record WorkCalendar(@NotEmpty Set<@NotNull DayOfWeek> workingDays, @NotNull Set<@NotNull LocalDate> nonWorkingDates) {

    /**
     * Copies the sets.
     *
     * @param workingDays the working days of the week; at least one
     * @param nonWorkingDates dates that are not working days although their day of the week is
     */
    public WorkCalendar {
        workingDays = Copies.set(workingDays, "workingDays", () -> "WorkCalendar");
        nonWorkingDates = Copies.set(nonWorkingDates, "nonWorkingDates", () -> "WorkCalendar");
    }

    /**
     * Monday to Friday, no holidays.
     *
     * @return the calendar
     */
    public static WorkCalendar weekdays() {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
    }

    /**
     * Monday to Friday less the given dates.
     *
     * @param holidays the non-working dates
     * @return the calendar
     */
    public static WorkCalendar weekdaysExcept(Set<LocalDate> holidays) {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Objects.requireNonNull(holidays, "holidays"));
    }

    /**
     * Whether {@code day} is a working day.
     *
     * @param day a date
     * @return true for a working day
     */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !nonWorkingDates.contains(day);
    }
}
