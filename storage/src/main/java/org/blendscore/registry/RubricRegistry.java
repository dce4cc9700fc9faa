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
import java.util.List;

import org.blendscore.rubric.Rubric;

/**
 * Rubrics by id, version, role and effective period. Within one rubric id and role, no two periods
 * share a day; a version (an id and version pair) is registered once. Implementations are
 * thread-safe, and two writers registering at the same time cannot both get an overlapping period in.
 */
public interface RubricRegistry {

    /**
     * Registers a rubric version for a role.
     *
     * @param rubric the rubric, stored as its {@code blendscore.rubric/1} document
     * @param role the role it judges
     * @param period when it is in force for that role
     * @param revision why and by whom
     * @return what was registered
     * @throws InvalidRegistrationException if the period overlaps another version's of the same id and
     *     role (naming that version and its period), or the version is already registered
     */
    RegisteredRubric register(Rubric rubric, String role, EffectivePeriod period, Revision revision);

    /**
     * The rubric in force for a role on a day.
     *
     * @param role the role
     * @param date the day
     * @return the registered rubric in force
     * @throws RubricNotFoundException if no rubric covers that role on that day (naming the versions
     *     the role has), or rubrics of more than one id do
     */
    RegisteredRubric inForce(String role, LocalDate date);

    /**
     * A registered version.
     *
     * @param id the rubric id
     * @param version the version
     * @return the registered rubric
     * @throws RubricNotFoundException if there is no such id, or no such version of it (naming the
     *     versions it has)
     */
    RegisteredRubric get(String id, String version);

    /**
     * Every version of a rubric id, by role then start of period.
     *
     * @param id the rubric id
     * @return its versions; empty if none
     */
    List<RegisteredRubric> versions(String id);
}
