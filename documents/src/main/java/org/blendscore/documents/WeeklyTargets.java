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
package org.blendscore.documents;

import java.util.Objects;
import org.blendscore.funnel.ActivityFunnel;

/**
 * For an interim batch, where the weekly activity targets come from: the quota measure whose
 * remaining target the funnel turns into activities, and the funnel.
 *
 * @param measureId the quota measure, such as {@code new-arr}
 * @param funnel the activity funnel that turns the remaining target into weekly activities
 */
public record WeeklyTargets(String measureId, ActivityFunnel funnel) {

    /**
     * Checks that both parts are present.
     *
     * @param measureId the quota measure
     * @param funnel the activity funnel
     * @throws NullPointerException naming the part that is null
     */
    public WeeklyTargets {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(funnel, "funnel");
    }
}
