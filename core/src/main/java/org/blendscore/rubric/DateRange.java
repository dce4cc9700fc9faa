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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An inclusive range of calendar dates, such as a review period or a rubric's effective period.
 *
 * @param start the first day, inclusive
 * @param end the last day, inclusive; never before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Creates a range and checks that it is not empty.
     *
     * @param start the first day, inclusive
     * @param end the last day, inclusive; never before {@code start}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(ModelMessages.dateRangeBackwards(start, end));
        }
    }

    /**
     * Returns the range from {@code start} to {@code end}, both inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * Returns the calendar year {@code year}, 1 January to 31 December.
     *
     * @param year the year
     * @return the range covering the whole year
     */
    public static DateRange year(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Whether {@code other} lies wholly inside this range.
     *
     * @param other another range
     * @return true if other starts on or after this start and ends on or before this end
     */
    public boolean encloses(DateRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * The number of days in the range, counting both ends.
     *
     * @return at least 1
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Renders as {@code start..end}, both in ISO format. */
    @Override
    public String toString() {
        return start + ".." + end;
    }
}
