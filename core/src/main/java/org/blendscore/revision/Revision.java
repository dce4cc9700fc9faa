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
package org.blendscore.revision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.DateRange;

/**
 * One revision of a rubric: who made it, why, who approved it, when, and the period that was running
 * when it was made, if any.
 *
 * <pre>{@code
 * Revision r = Revision.by("dana", LocalDate.of(2026, 7, 1)).because("new competitor in EMEA")
 *         .approvedBy("lee").inRunningPeriod(DateRange.year(2026));
 * }</pre>
 *
 * @param reason why the rubric was revised, if said
 * @param author who made the revision
 * @param approver who approved it, if anyone did
 * @param date the day the revision was made
 * @param runningPeriod the review period that was running on that day, if any; a revision made
 *     between periods has none
 */
public record Revision(Optional<String> reason, String author, Optional<String> approver, LocalDate date,
                       Optional<DateRange> runningPeriod) {

    /**
     * Checks the parts.
     *
     * @param reason why, if said
     * @param author who
     * @param approver who approved, if anyone
     * @param date when
     * @param runningPeriod the running period, if any
     * @throws IllegalArgumentException if the author, reason or approver is blank, or the date lies
     *         outside the running period
     */
    public Revision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(runningPeriod, "runningPeriod");
        if (author.isBlank()) {
            throw new IllegalArgumentException(RevisionMessages.blank("author"));
        }
        if (reason.isPresent() && reason.get().isBlank()) {
            throw new IllegalArgumentException(RevisionMessages.blank("reason"));
        }
        if (approver.isPresent() && approver.get().isBlank()) {
            throw new IllegalArgumentException(RevisionMessages.blank("approver"));
        }
        if (runningPeriod.isPresent()
                && (date.isBefore(runningPeriod.get().start()) || date.isAfter(runningPeriod.get().end()))) {
            throw new IllegalArgumentException(RevisionMessages.dateOutsideRunningPeriod(date, runningPeriod.get()));
        }
    }

    /**
     * A revision by an author on a date, with no reason, approver or running period yet.
     *
     * @param author who made it
     * @param date when
     * @return the revision
     */
    public static Revision by(String author, LocalDate date) {
        return new Revision(Optional.empty(), author, Optional.empty(), date, Optional.empty());
    }

    /**
     * This revision with a reason.
     *
     * @param why the reason
     * @return a copy with the reason
     */
    public Revision because(String why) {
        return new Revision(Optional.of(Objects.requireNonNull(why, "why")), author, approver, date, runningPeriod);
    }

    /**
     * This revision with an approver.
     *
     * @param who the approver
     * @return a copy with the approver
     */
    public Revision approvedBy(String who) {
        return new Revision(reason, author, Optional.of(Objects.requireNonNull(who, "who")), date, runningPeriod);
    }

    /**
     * This revision made inside a running period.
     *
     * @param period the period running on the revision's date
     * @return a copy with the running period
     */
    public Revision inRunningPeriod(DateRange period) {
        return new Revision(reason, author, approver, date, Optional.of(Objects.requireNonNull(period, "period")));
    }
}
