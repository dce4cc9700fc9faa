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

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The target of a quota measure.
 *
 * @param value the target value; positive
 * @param unit the unit, such as a currency code ({@code USD}), {@code calls} or {@code days}
 * @param kind what the value counts
 */
public record Target(@NotNull @Positive BigDecimal value, @NotBlank String unit, @NotNull QuantityKind kind) {

    /**
     * Checks that the parts are present.
     *
     * @param value the target value; positive
     * @param unit the unit, such as a currency code ({@code USD}), {@code calls} or {@code days}
     * @param kind what the value counts
     */
    public Target {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An amount target, such as {@code Target.amount("1000000", "USD")}.
     *
     * @param value the amount
     * @param unit the unit, usually a currency code
     * @return the target
     */
    public static Target amount(String value, String unit) {
        return new Target(new BigDecimal(value), unit, QuantityKind.AMOUNT);
    }

    /**
     * A count target, such as {@code Target.count(800, "calls")}.
     *
     * @param value the count
     * @param unit what is counted
     * @return the target
     */
    public static Target count(long value, String unit) {
        return new Target(BigDecimal.valueOf(value), unit, QuantityKind.COUNT);
    }
}
