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
import java.util.Collection;

/**
 * The registry's errors, one named factory each. Stores build their errors here, so that every store
 * words them alike.
 */
public final class RegistryMessages {

    private RegistryMessages() {
    }

    static void requireText(String value, String part) {
        if (value == null) {
            throw new NullPointerException(part);
        }
        if (value.isBlank()) {
            throw new InvalidRegistrationException("a registered rubric's " + part + " is blank");
        }
    }

    static String familyTwice(String family) {
        return "the revision rules of rubric family \"" + family + "\" are given twice; give each family's rules once";
    }

    static String emptyPeriod(LocalDate from, LocalDate to) {
        return "an effective period must end after it starts: [" + from + ", " + to + ") holds no day";
    }

    /**
     * A period that overlaps another version's.
     *
     * @param proposed the version being registered
     * @param otherVersion the version it overlaps
     * @param otherPeriod that version's period
     * @return the error
     */
    public static InvalidRegistrationException overlap(RegisteredRubric proposed, String otherVersion, EffectivePeriod otherPeriod) {
        return new InvalidRegistrationException("rubric " + proposed.id() + " version " + proposed.version() + " for role "
                + proposed.role() + ": its period " + proposed.period() + " overlaps version " + otherVersion + "'s "
                + otherPeriod + "; within one rubric id and role, periods may not overlap");
    }

    /**
     * A version registered already.
     *
     * @param proposed the version being registered again
     * @param existing the one registered
     * @return the error
     */
    public static InvalidRegistrationException duplicate(RegisteredRubric proposed, String existing) {
        return new InvalidRegistrationException("rubric " + proposed.id() + " version " + proposed.version()
                + " is registered already (" + existing + "); register a new version instead");
    }

    /**
     * No rubric covers a role on a day.
     *
     * @param role the role
     * @param date the day
     * @param versions what the role has, each as {@code id version [from, to)}
     * @return the error
     */
    public static RubricNotFoundException notInForce(String role, LocalDate date, Collection<String> versions) {
        return new RubricNotFoundException("no rubric is in force for role " + role + " on " + date + "; "
                + (versions.isEmpty() ? "the role has no registered rubric" : "the role has " + String.join(", ", versions)));
    }

    /**
     * More than one rubric id covers a role on a day.
     *
     * @param role the role
     * @param date the day
     * @param versions the rubrics in force, each as {@code id version [from, to)}
     * @return the error
     */
    public static RubricNotFoundException ambiguous(String role, LocalDate date, Collection<String> versions) {
        return new RubricNotFoundException("more than one rubric is in force for role " + role + " on " + date + ": "
                + String.join(", ", versions));
    }

    /**
     * An id with no registered version.
     *
     * @param id the rubric id
     * @return the error
     */
    public static RubricNotFoundException unknownId(String id) {
        return new RubricNotFoundException("no rubric with id " + id + " is registered");
    }

    /**
     * A version the id does not have.
     *
     * @param id the rubric id
     * @param version the version looked up
     * @param versions the versions it has
     * @return the error
     */
    public static RubricNotFoundException unknownVersion(String id, String version, Collection<String> versions) {
        return new RubricNotFoundException("rubric " + id + " has no version " + version + "; it has " + String.join(", ", versions));
    }
}
