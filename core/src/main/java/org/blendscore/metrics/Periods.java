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
package org.blendscore.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import org.blendscore.rubric.DateRange;

/** What the metrics read of a period (a {@link DateRange}, both days included): its days and months. */
final class Periods {

    private Periods() {
    }

    /** Whether {@code start <= day <= end}. */
    static boolean contains(DateRange period, LocalDate day) {
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    /** The month before the period's first month: the base of retention and churn. */
    static YearMonth baseMonth(DateRange period) {
        return YearMonth.from(period.start()).minusMonths(1);
    }

    /** The period's first month. */
    static YearMonth firstMonth(DateRange period) {
        return YearMonth.from(period.start());
    }

    /** The period's last month. */
    static YearMonth lastMonth(DateRange period) {
        return YearMonth.from(period.end());
    }
}
