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

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Quota relief for an event outside the subject's control (territory change, outage, reassigned
 * account), with who approved it and when. Relief only ever helps: a {@link Kind#CREDIT} moves the
 * actual in its better direction and a {@link Kind#TARGET} relief makes the target easier. The
 * rubric may cap the total.
 *
 * @param kind whether the actual or the target is relieved
 * @param amount the amount, in the target's unit; positive
 * @param reason why, as the review shows it
 * @param approver who approved it
 * @param approved the date of approval
 */
public record Relief(@NotNull Kind kind, @NotNull @Positive BigDecimal amount, @NotBlank String reason,
                     @NotBlank String approver, @NotNull LocalDate approved) {

    /** What a relief changes. */
    public enum Kind {
        /** Credited to the actual (added where higher is better, subtracted where lower is better). */
        CREDIT,
        /** Taken off the target (or, where lower is better, added to the allowed target). */
        TARGET
    }

    /**
     * Checks that the parts are present.
     *
     * @param kind whether the actual or the target is relieved
     * @param amount the amount, in the target's unit; positive
     * @param reason why, as the review shows it
     * @param approver who approved it
     * @param approved the date of approval
     */
    public Relief {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approved, "approved");
    }
}
