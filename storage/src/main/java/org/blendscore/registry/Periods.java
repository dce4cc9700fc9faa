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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry's rules on periods, the same for every store: a new version's period may not overlap
 * another version's of the same id and role; the version it revises is the one whose period starts
 * last before its own; one rubric id is in force for a role on a day.
 */
public final class Periods {

    private Periods() {
    }

    /**
     * A version's id, version and period, as a store reads them before it parses a rubric.
     *
     * @param id the rubric id
     * @param version the version
     * @param role the role
     * @param period its period
     */
    public record Slot(String id, String version, String role, EffectivePeriod period) {

        /**
         * Checks the parts are there.
         *
         * @param id the rubric id
         * @param version the version
         * @param role the role
         * @param period its period
         */
        public Slot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(period, "period");
        }

        @Override
        public String toString() {
            return id + " " + version + " " + period;
        }
    }

    /**
     * Checks that a version may join the ones of its id and role, and finds the one it revises.
     *
     * @param proposed the version to register
     * @param sameIdAndRole the versions registered with its id and role
     * @return the version of {@code sameIdAndRole} that the proposed one revises; empty if it is the first
     * @throws InvalidRegistrationException naming the first version (by start) whose period overlaps
     */
    public static Optional<Slot> checkFree(RegisteredRubric proposed, List<Slot> sameIdAndRole) {
        Slot previous = null;
        for (Slot s : sorted(sameIdAndRole)) {
            if (s.period().overlaps(proposed.period())) {
                throw RegistryMessages.overlap(proposed, s.version(), s.period());
            }
            if (s.period().from().isBefore(proposed.period().from())) {
                previous = s;
            }
        }
        return Optional.ofNullable(previous);
    }

    /**
     * The one version in force on a day, of the versions registered for a role.
     *
     * @param role the role
     * @param date the day
     * @param ofRole every version registered for the role
     * @return the version in force
     * @throws RubricNotFoundException if none is, or versions of more than one id are
     */
    public static Slot inForce(String role, LocalDate date, List<Slot> ofRole) {
        List<Slot> covering = new ArrayList<>();
        for (Slot s : ofRole) {
            if (s.period().contains(date)) {
                covering.add(s);
            }
        }
        if (covering.isEmpty()) {
            throw RegistryMessages.notInForce(role, date, sorted(ofRole).stream().map(Slot::toString).toList());
        }
        if (covering.size() > 1) {
            throw RegistryMessages.ambiguous(role, date, sorted(covering).stream().map(Slot::toString).toList());
        }
        return covering.get(0);
    }

    private static List<Slot> sorted(List<Slot> slots) {
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort((a, b) -> {
            int byId = a.id().compareTo(b.id());
            return byId != 0 ? byId : a.period().from().compareTo(b.period().from());
        });
        return sorted;
    }
}
