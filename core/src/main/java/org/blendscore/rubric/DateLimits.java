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

/**
 * The dates Blendscore reads, in rubrics and in evidence: from {@value #FIRST_YEAR}-01-01 to
 * {@value #LAST_YEAR}-12-31, the years of ISO 8601's four digits. A rubric's effective period and
 * season parts, and a subject's participation (start, end, hire date, leaves), must lie within them,
 * so that the day after, or the month after, any date the scorer reads is a date too: a leave ending
 * on {@link LocalDate#MAX} is rejected by name instead of breaking {@code java.time}'s arithmetic.
 */
public final class DateLimits {

    /** The first year a date may have. */
    public static final int FIRST_YEAR = 1;

    /** The last year a date may have. */
    public static final int LAST_YEAR = 9999;

    private DateLimits() {
    }

    /**
     * Whether a date is within the limits.
     *
     * @param date a date
     * @return true if its year is from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     */
    public static boolean allows(LocalDate date) {
        int year = date.getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * Whether both ends of a range are within the limits.
     *
     * @param range a date range
     * @return true if its start and end are
     */
    public static boolean allows(DateRange range) {
        return allows(range.start()) && allows(range.end());
    }

    /**
     * The message for a date outside the limits.
     *
     * @param field what the date is, such as {@code leave end}
     * @param date the date
     * @return the message
     */
    public static String message(String field, LocalDate date) {
        return ModelMessages.dateOutsideSupportedRange(field, date, FIRST_YEAR, LAST_YEAR);
    }
}
