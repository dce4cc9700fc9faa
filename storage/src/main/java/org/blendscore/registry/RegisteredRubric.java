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

import java.util.Objects;

import org.blendscore.rubric.Rubric;

/**
 * A rubric version kept in a registry: the rubric (whose id and version identify it), the role it
 * judges, the period it is in force and the revision that put it there.
 *
 * @param rubric the rubric
 * @param role the role it judges, such as {@code hunter}
 * @param period when it is in force for that role
 * @param revision why and by whom it was registered
 */
public record RegisteredRubric(Rubric rubric, String role, EffectivePeriod period, Revision revision) {

    /**
     * Checks the parts.
     *
     * @param rubric the rubric
     * @param role the role it judges, not blank
     * @param period when it is in force for that role
     * @param revision why and by whom it was registered
     * @throws NullPointerException naming the part that is null
     * @throws InvalidRegistrationException if the role is blank
     */
    public RegisteredRubric {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(revision, "revision");
        RegistryMessages.requireText(role, "role");
    }

    /**
     * The rubric's id.
     *
     * @return the id
     */
    public String id() {
        return rubric.id();
    }

    /**
     * The rubric's version.
     *
     * @return the version
     */
    public String version() {
        return rubric.version();
    }

    /** The rubric as {@code hunter-ae 2026.2 for hunter [2026-07-01, open)}. */
    @Override
    public String toString() {
        return id() + " " + version() + " for " + role + " " + period;
    }
}
