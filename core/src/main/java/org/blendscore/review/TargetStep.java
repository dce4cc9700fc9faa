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
package org.blendscore.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step from a base target (or a reported actual) to the effective one, so that a reviewer can
 * recompute it by hand: {@code x territory 0.85 = 850,000}.
 */
public final class TargetStep {

    private final String label;
    private final String operator;
    private final BigDecimal value;
    private final BigDecimal result;
    private final String detail;

    /**
     * Checks that the parts are present.
     *
     * @param label what the step is, such as {@code base target}, {@code territory}, {@code time share},
     *         {@code relief} or {@code credit}
     * @param operator {@code =} for the starting value, {@code x}, {@code +} or {@code -}
     * @param value the step's factor or amount (a time share rounded half-even to 6 places)
     * @param result the running value after the step, rounded half-even to 2 places for display;
     *         the scorer itself computes with the exact value
     * @param detail the inputs behind the step, such as the days counted or who approved a relief
     */
    public TargetStep(String label, String operator, BigDecimal value, BigDecimal result, String detail) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
        this.label = label;
        this.operator = operator;
        this.value = value;
        this.result = result;
        this.detail = detail;
    }

    /**
     * Returns what the step is, such as {@code base target}, {@code territory}, {@code time share}, {@code relief} or {@code credit}.
     *
     * @return what the step is, such as {@code base target}, {@code territory}, {@code time share}, {@code relief} or {@code credit}
     */
    public String label() {
        return label;
    }

    /**
     * Returns {@code =} for the starting value, {@code x}, {@code +} or {@code -}.
     *
     * @return {@code =} for the starting value, {@code x}, {@code +} or {@code -}
     */
    public String operator() {
        return operator;
    }

    /**
     * Returns the step's factor or amount (a time share rounded half-even to 6 places).
     *
     * @return the step's factor or amount (a time share rounded half-even to 6 places)
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the running value after the step, rounded half-even to 2 places for display; the scorer itself computes with the exact value.
     *
     * @return the running value after the step, rounded half-even to 2 places for display; the scorer itself computes with the exact value
     */
    public BigDecimal result() {
        return result;
    }

    /**
     * Returns the inputs behind the step, such as the days counted or who approved a relief.
     *
     * @return the inputs behind the step, such as the days counted or who approved a relief
     */
    public String detail() {
        return detail;
    }

    /** Equal to another TargetStep whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TargetStep other
                && Objects.equals(label, other.label)
                && Objects.equals(operator, other.operator)
                && Objects.equals(value, other.value)
                && Objects.equals(result, other.result)
                && Objects.equals(detail, other.detail);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(label, operator, value, result, detail);
    }

    /** The parts, as {@code TargetStep[part=value, ...]}. */
    @Override
    public String toString() {
        return "TargetStep[label=" + label
                + ", operator=" + operator
                + ", value=" + value
                + ", result=" + result
                + ", detail=" + detail
                + "]";
    }
}
