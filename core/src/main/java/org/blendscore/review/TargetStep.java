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
 *
 * @param label what the step is, such as {@code base target}, {@code territory}, {@code time share},
 *     {@code relief} or {@code credit}
 * @param operator {@code =} for the starting value, {@code x}, {@code +} or {@code -}
 * @param value the step's factor or amount (a time share rounded half-even to 6 places)
 * @param result the running value after the step, rounded half-even to 2 places for display;
 *     the scorer itself computes with the exact value
 * @param detail the inputs behind the step, such as the days counted or who approved a relief
 */
public record TargetStep(String label, String operator, BigDecimal value, BigDecimal result, String detail) {

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
    public TargetStep {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
    }
}
