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
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a quota actual that is a sum, such as a rep's part of a split deal.
 *
 * @param label what the part is, such as {@code own deals} or {@code split d-7}; at most
 *     {@link EvidenceLimits#MAX_ID_LENGTH} characters
 * @param amount the part, in the target's unit; never negative (checked when scored)
 * @param detail how the part came about, such as {@code 50% of 200000.00}; may be empty
 */
public record BasisPart(@NotNull String label, @NotNull BigDecimal amount, @NotNull String detail) {

    /**
     * Checks that every part is present.
     *
     * @param label what the part is
     * @param amount the part
     * @param detail how the part came about; may be empty
     */
    public BasisPart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(detail, "detail");
    }
}
