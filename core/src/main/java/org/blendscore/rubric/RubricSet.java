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
package org.blendscore.rubric;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Role-specific rubrics: a hunter rubric, a farmer rubric... keyed by role, so that each subject is
 * judged by the rubric of the role it holds.
 *
 * @param byRole the rubric of each role, in the order given
 */
public record RubricSet(Map<String, Rubric> byRole) {

    /**
     * Copies the map, keeping its order.
     *
     * @param byRole the rubric of each role, in the order given
     * @throws IllegalArgumentException for no role or a blank role
     */
    public RubricSet {
        Objects.requireNonNull(byRole, "byRole");
        if (byRole.isEmpty()) {
            throw new IllegalArgumentException(ModelMessages.noRoles());
        }
        byRole.forEach((role, rubric) -> {
            Objects.requireNonNull(rubric, ModelMessages.rubricOfRole(role));
            if (role.isBlank()) {
                throw new IllegalArgumentException(ModelMessages.roleNameBlank());
            }
        });
        byRole = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
    }

    /**
     * A set of two roles.
     *
     * @param role1 the first role
     * @param rubric1 its rubric
     * @param role2 the second role
     * @param rubric2 its rubric
     * @return the set
     */
    public static RubricSet of(String role1, Rubric rubric1, String role2, Rubric rubric2) {
        Map<String, Rubric> m = new LinkedHashMap<>();
        m.put(role1, rubric1);
        if (m.put(role2, rubric2) != null) {
            throw new IllegalArgumentException(ModelMessages.roleTwice(role2));
        }
        return new RubricSet(m);
    }

    /**
     * The rubric for a role.
     *
     * @param role the subject's role
     * @return its rubric
     * @throws IllegalArgumentException naming the role and the known roles, if there is none
     */
    public Rubric rubricFor(String role) {
        Rubric r = byRole.get(role);
        if (r == null) {
            throw new IllegalArgumentException(ModelMessages.unknownRole(role, byRole.keySet()));
        }
        return r;
    }
}
