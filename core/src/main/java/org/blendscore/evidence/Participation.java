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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.DateRange;

/**
 * When the subject was in the role: a start date (which may lie before the review period), an end
 * date, leaves, and for a new hire the hire date from which a ramp counts tenure months. Days
 * outside the role or on leave carry no target.
 *
 * @param start the first day in the role, if the subject started during or shortly before the period
 * @param end the last day in the role, if the subject left during the period
 * @param leaves periods of leave, which must not overlap each other
 * @param hired for a new hire on a ramp, the hire date; a subject who moved from another role has none
 */
public record Participation(@NotNull Optional<LocalDate> start, @NotNull Optional<LocalDate> end,
                            @NotNull List<@Valid @NotNull DateRange> leaves, @NotNull Optional<LocalDate> hired) {

    private static final Participation FULL = new Participation(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    /**
     * Copies the leaves.
     *
     * @param start the first day in the role, if the subject started during or shortly before the period
     * @param end the last day in the role, if the subject left during the period
     * @param leaves periods of leave, which must not overlap each other
     * @param hired for a new hire on a ramp, the hire date; a subject who moved from another role has none
     */
    public Participation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        leaves = Copies.list(leaves, "leaves", () -> "Participation");
        Objects.requireNonNull(hired, "hired");
    }

    /**
     * Participation of a subject who is not a new hire on a ramp.
     *
     * @param start the first day in the role, if any
     * @param end the last day in the role, if any
     * @param leaves periods of leave
     */
    public Participation(Optional<LocalDate> start, Optional<LocalDate> end, List<DateRange> leaves) {
        this(start, end, leaves, Optional.empty());
    }

    /**
     * A new hire who started on {@code day}: in the role from that day, on the ramp from that day.
     *
     * @param day the hire date
     * @return the participation
     */
    public static Participation hiredOn(LocalDate day) {
        return new Participation(Optional.of(day), Optional.empty(), List.of(), Optional.of(day));
    }

    /**
     * In the role for the whole period, no leave.
     *
     * @return full participation
     */
    public static Participation full() {
        return FULL;
    }

    /**
     * Whether this is full participation with no start, end or leave.
     *
     * @return true if nothing limits participation
     */
    public boolean isFull() {
        return start.isEmpty() && end.isEmpty() && leaves.isEmpty() && hired.isEmpty();
    }
}
