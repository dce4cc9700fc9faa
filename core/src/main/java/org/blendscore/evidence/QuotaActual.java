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
import java.util.Optional;

/**
 * The actual amount, count or rate of a quota measure, in the target's unit, with any quota relief
 * and, for interim reviews, the earlier check-ins, and optionally where it came from.
 *
 * @param actual the actual (to date, in an interim review); never negative (checked when scored)
 * @param reliefs quota relief granted for this measure
 * @param checkIns earlier interim check-ins, in any order
 * @param basis where the actual came from (a metric's provenance, the parts of a split credit), shown in
 *     the review; empty when the actual is given bare
 */
public record QuotaActual(@NotNull @PositiveOrZero BigDecimal actual, @NotNull List<@Valid @NotNull Relief> reliefs,
                          @NotNull List<@Valid @NotNull CheckIn> checkIns, @NotNull Optional<@Valid ActualBasis> basis)
        implements MeasureEvidence {

    /**
     * Checks that the actual is present and copies the lists.
     *
     * @param actual the actual (to date, in an interim review); never negative (checked when scored)
     * @param reliefs quota relief granted for this measure
     * @param checkIns earlier interim check-ins, in any order
     * @param basis where the actual came from; empty when given bare
     */
    public QuotaActual {
        Objects.requireNonNull(actual, "actual");
        reliefs = Copies.list(reliefs, "reliefs", () -> "QuotaActual");
        checkIns = Copies.list(checkIns, "checkIns", () -> "QuotaActual");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * An actual with relief and check-ins, without a basis.
     *
     * @param actual the actual (to date, in an interim review); never negative (checked when scored)
     * @param reliefs quota relief granted for this measure
     * @param checkIns earlier interim check-ins, in any order
     */
    public QuotaActual(BigDecimal actual, List<Relief> reliefs, List<CheckIn> checkIns) {
        this(actual, reliefs, checkIns, Optional.empty());
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

    /**
     * This actual with a basis, its relief and check-ins kept.
     *
     * @param basis where the actual came from
     * @return the evidence with the basis
     */
    public QuotaActual withBasis(ActualBasis basis) {
        return new QuotaActual(actual, reliefs, checkIns, Optional.of(Objects.requireNonNull(basis, "basis")));
    }
}
