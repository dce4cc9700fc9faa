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
 * Why and by whom a rubric version was registered. Whether a revision needs a reason or an approver
 * (for example one inside a running period) is for the family's revision rules to say, through the
 * registry's {@link RevisionCheck}; the registry itself requires the author and the date only.
 *
 * @param reason why the rubric was revised; empty if none was given
 * @param author who wrote the revision
 * @param approver who approved it; empty if no one did
 * @param date the day the revision was made
 */
public record Revision(Optional<String> reason, String author, Optional<String> approver, LocalDate date) {

    /**
     * Checks the parts.
     *
     * @param reason why the rubric was revised; empty if none was given
     * @param author who wrote the revision, not blank
     * @param approver who approved it; empty if no one did
     * @param date the day the revision was made
     * @throws NullPointerException naming the part that is null
     * @throws InvalidRegistrationException naming the part that is blank
     */
    public Revision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(date, "date");
        RegistryMessages.requireText(author, "author");
        reason.ifPresent(r -> RegistryMessages.requireText(r, "reason"));
        approver.ifPresent(a -> RegistryMessages.requireText(a, "approver"));
    }

    /**
     * A revision with a reason, an author, an approver and a date.
     *
     * @param reason why the rubric was revised
     * @param author who wrote the revision
     * @param approver who approved it
     * @param date the day the revision was made
     * @return the revision
     */
    public static Revision of(String reason, String author, String approver, LocalDate date) {
        return new Revision(Optional.of(Objects.requireNonNull(reason, "reason")), author,
                Optional.of(Objects.requireNonNull(approver, "approver")), date);
    }
}
