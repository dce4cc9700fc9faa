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
package org.blendscore.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One sales activity: a call, a meeting, or a lead worked. A lead that became an opportunity names
 * the deal it became.
 *
 * @param id the activity's id
 * @param owner the subject id of who did it
 * @param kind what it was, such as {@code lead}, {@code call} or {@code meeting}
 * @param day the day it happened
 * @param deal the id of the deal it became or belongs to; empty if none
 */
public record Activity(String id, String owner, String kind, LocalDate day, Optional<String> deal) {

    /** The kind of an activity that is a lead, read by lead-to-opportunity conversion. */
    public static final String LEAD = "lead";

    /**
     * Checks that every part is present.
     *
     * @param id the activity's id
     * @param owner who did it
     * @param kind what it was
     * @param day the day it happened
     * @param deal the deal it became or belongs to
     */
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, () -> MetricMessages.part("owner", "activity", id));
        Objects.requireNonNull(kind, () -> MetricMessages.part("kind", "activity", id));
        Objects.requireNonNull(day, () -> MetricMessages.part("day", "activity", id));
        Objects.requireNonNull(deal, () -> MetricMessages.part("deal", "activity", id));
    }

    /**
     * A lead worked on a day, converted into a deal or not.
     *
     * @param id the activity's id
     * @param owner who worked it
     * @param day the day, ISO
     * @param deal the deal it became, or null if it did not become one
     * @return the activity
     */
    public static Activity lead(String id, String owner, String day, String deal) {
        return new Activity(id, owner, LEAD, LocalDate.parse(day), Optional.ofNullable(deal));
    }
}
