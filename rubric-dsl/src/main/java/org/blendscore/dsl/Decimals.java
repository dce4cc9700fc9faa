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
package org.blendscore.dsl;

import java.math.BigDecimal;
import org.blendscore.rubric.NumberLimits;

/**
 * Turns the DSL's numbers into decimals, naming the field when a number cannot be one. A
 * {@code BigDecimal} is taken exactly, a {@code long} exactly, and a {@code double} by its shortest
 * decimal string ({@link BigDecimal#valueOf(double)}); each with trailing zeros stripped.
 */
final class Decimals {

    private Decimals() {
    }

    /**
     * The shortest decimal of a double, as written in source code: 0.5 gives 0.5, 1_000_000 gives 1000000.
     *
     * @throws IllegalArgumentException for NaN or an infinity, naming the field
     */
    static BigDecimal of(double value, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw DslErrors.notFinite(field, value);
        }
        return normal(BigDecimal.valueOf(value));
    }

    /**
     * The decimal as given, trailing zeros stripped.
     *
     * @throws NullPointerException naming the field, for null
     */
    static BigDecimal of(BigDecimal value, String field) {
        return normal(Args.notNull(value, field));
    }

    /** A whole number, exactly. */
    static BigDecimal of(long value) {
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal normal(BigDecimal value) {
        if (!NumberLimits.allows(value)) {
            // left as given (stripping a long one is slow): the rubric or the scorer names it with its path
            return value;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
