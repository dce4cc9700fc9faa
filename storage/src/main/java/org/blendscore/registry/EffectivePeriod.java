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
package org.blendscore.registry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a registered rubric is in force: from {@code from} (included) up to {@code to} (excluded),
 * or without end when {@code to} is empty. A rubric registered for {@code [2026-01-01, 2026-07-01)}
 * is in force on 30 June and not on 1 July.
 *
 * @param from the first day in force
 * @param to the first day no longer in force; empty for open-ended
 */
public record EffectivePeriod(LocalDate from, Optional<LocalDate> to) {

    /**
     * Checks the bounds.
     *
     * @param from the first day in force
     * @param to the first day no longer in force; empty for open-ended
     * @throws NullPointerException naming {@code from} or {@code to} if null
     * @throws InvalidRegistrationException if {@code to} is not after {@code from}
     */
    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && !to.get().isAfter(from)) {
            throw new InvalidRegistrationException(RegistryMessages.emptyPeriod(from, to.get()));
        }
    }

    /**
     * The period {@code [from, to)}.
     *
     * @param from the first day in force
     * @param to the first day no longer in force, after {@code from}
     * @return the period
     */
    public static EffectivePeriod of(LocalDate from, LocalDate to) {
        return new EffectivePeriod(from, Optional.of(Objects.requireNonNull(to, "to")));
    }

    /**
     * The open-ended period from {@code from}.
     *
     * @param from the first day in force
     * @return the period
     */
    public static EffectivePeriod from(LocalDate from) {
        return new EffectivePeriod(from, Optional.empty());
    }

    /**
     * Whether the period covers a day.
     *
     * @param date the day
     * @return true if {@code from <= date < to}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
    }

    /**
     * Whether the two periods share a day.
     *
     * @param other the other period
     * @return true if some day lies in both
     */
    public boolean overlaps(EffectivePeriod other) {
        Objects.requireNonNull(other, "other");
        boolean thisEndsFirst = to.map(end -> !end.isAfter(other.from)).orElse(false);
        boolean otherEndsFirst = other.to.map(end -> !end.isAfter(from)).orElse(false);
        return !thisEndsFirst && !otherEndsFirst;
    }

    /** The period as {@code [2026-01-01, 2026-07-01)} or {@code [2026-07-01, open)}. */
    @Override
    public String toString() {
        return "[" + from + ", " + to.map(LocalDate::toString).orElse("open") + ")";
    }
}
