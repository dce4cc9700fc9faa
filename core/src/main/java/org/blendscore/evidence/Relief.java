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
import java.util.Optional;
import org.blendscore.rubric.DateRange;

/**
 * Quota relief for an event outside the subject's control (territory change, outage, reassigned
 * account), with who approved it and when. Relief only ever helps: a {@link Kind#CREDIT} moves the
 * actual in its better direction and a {@link Kind#TARGET} relief makes the target easier. The
 * rubric may cap the total.
 *
 * <p>A target relief may apply to a part of the review period (a month, a quarter, any date range
 * inside the review period): its amount then comes off that part's share of the target only, the
 * share the rubric's proration, ramp and seasonality give those days for this subject, and never
 * more than that share (a larger amount is limited to it, with a warning). Without a part, the
 * relief comes off the whole target, as before. Parts of one measure's reliefs are the same range
 * or do not overlap. A credit has no part. At an interim review only relief approved on or before
 * the review's date is applied.
 *
 * @param kind whether the actual or the target is relieved
 * @param amount the amount, in the target's unit; positive
 * @param reason why, as the review shows it
 * @param approver who approved it
 * @param approved the date of approval
 * @param part the part of the review period whose share of the target a {@link Kind#TARGET}
 *     relief reduces; empty for the whole target (and always for a credit)
 */
public record Relief(@NotNull Kind kind, @NotNull @Positive BigDecimal amount, @NotBlank String reason,
                     @NotBlank String approver, @NotNull LocalDate approved, @NotNull Optional<DateRange> part) {

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
     * @param part the part of the review period whose share of the target a {@link Kind#TARGET}
     *     relief reduces; empty for the whole target (and always for a credit)
     */
    public Relief {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(part, "part");
    }

    /**
     * Relief of the actual, or of the whole target.
     *
     * @param kind whether the actual or the target is relieved
     * @param amount the amount, in the target's unit; positive
     * @param reason why, as the review shows it
     * @param approver who approved it
     * @param approved the date of approval
     */
    public Relief(Kind kind, BigDecimal amount, String reason, String approver, LocalDate approved) {
        this(kind, amount, reason, approver, approved, Optional.empty());
    }

    /**
     * Target relief over a part of the review period: the amount comes off that part's share of the
     * target only.
     *
     * @param part the part of the review period, inside it
     * @param amount the amount, in the target's unit; positive
     * @param reason why, as the review shows it
     * @param approver who approved it
     * @param approved the date of approval
     * @return the relief
     */
    public static Relief overPart(DateRange part, BigDecimal amount, String reason, String approver, LocalDate approved) {
        return new Relief(Kind.TARGET, amount, reason, approver, approved, Optional.of(Objects.requireNonNull(part, "part")));
    }
}
