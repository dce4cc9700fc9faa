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
package org.blendscore.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier interim check-in of a quota measure: the actual to date as it stood on that date.
 * Used by interim reviews to tell whether a gap to the expected target has persisted.
 *
 * @param date the check-in date
 * @param actualToDate the actual accumulated up to and including that date
 */
public record CheckIn(@NotNull LocalDate date, @NotNull @PositiveOrZero BigDecimal actualToDate) {

    /**
     * Checks that the parts are present.
     *
     * @param date the check-in date
     * @param actualToDate the actual accumulated up to and including that date
     */
    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actualToDate, "actualToDate");
    }
}
