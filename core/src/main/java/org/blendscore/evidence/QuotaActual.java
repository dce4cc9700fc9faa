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
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The actual amount, count or rate of a quota measure, in the target's unit, with any quota relief
 * and, for interim reviews, the earlier check-ins.
 *
 * @param actual the actual (to date, in an interim review); never negative (checked when scored)
 * @param reliefs quota relief granted for this measure
 * @param checkIns earlier interim check-ins, in any order
 */
public record QuotaActual(@NotNull @PositiveOrZero BigDecimal actual, @NotNull List<@Valid @NotNull Relief> reliefs,
                          @NotNull List<@Valid @NotNull CheckIn> checkIns) implements MeasureEvidence {

    /**
     * Checks that the actual is present and copies the lists.
     *
     * @param actual the actual (to date, in an interim review); never negative (checked when scored)
     * @param reliefs quota relief granted for this measure
     * @param checkIns earlier interim check-ins, in any order
     */
    public QuotaActual {
        Objects.requireNonNull(actual, "actual");
        reliefs = Copies.list(reliefs, "reliefs", () -> "QuotaActual");
        checkIns = Copies.list(checkIns, "checkIns", () -> "QuotaActual");
    }

    /**
     * An actual without relief or check-ins.
     *
     * @param actual the actual
     */
    public QuotaActual(BigDecimal actual) {
        this(actual, List.of(), List.of());
    }

    /**
     * An actual from decimal text.
     *
     * @param actual the actual, such as {@code "1200000"}
     * @return the evidence
     */
    public static QuotaActual of(String actual) {
        return new QuotaActual(new BigDecimal(actual));
    }
}
