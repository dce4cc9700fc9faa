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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.rubric.Rubric;

/**
 * What the team dashboard shows: a batch of reviews with the reps' names, the rubrics they were
 * scored against (for the order of the bands), and optionally the adverse-impact analysis of the
 * batch and, for an interim batch, where weekly activity targets come from.
 *
 * @param title the dashboard's title, such as {@code Sample team, 2026} (user input, escaped)
 * @param rubrics the rubrics of the reviews, their bands shown highest first
 * @param members the reps and their reviews, in any order (the dashboard ranks them)
 * @param impact the adverse-impact analysis of the batch, if any
 * @param weeklyTargets for an interim batch, the funnel behind the weekly activity targets, if any
 */
public record TeamBatch(String title, List<Rubric> rubrics, List<TeamMember> members, Optional<AdverseImpact> impact,
                        Optional<WeeklyTargets> weeklyTargets) {

    /**
     * Checks the parts and copies the lists.
     *
     * @param title the dashboard's title
     * @param rubrics the rubrics of the reviews
     * @param members the reps and their reviews
     * @param impact the adverse-impact analysis, if any
     * @param weeklyTargets the funnel behind weekly activity targets, if any
     * @throws NullPointerException naming the part that is null, a rubric or member by its index
     */
    public TeamBatch {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(weeklyTargets, "weeklyTargets");
        rubrics = copy(rubrics, "rubrics");
        members = copy(members, "members");
    }

    /**
     * A batch without adverse impact or weekly targets.
     *
     * @param title the dashboard's title
     * @param rubrics the rubrics of the reviews
     * @param members the reps and their reviews
     * @return the batch
     */
    public static TeamBatch of(String title, List<Rubric> rubrics, List<TeamMember> members) {
        return new TeamBatch(title, rubrics, members, Optional.empty(), Optional.empty());
    }

    /**
     * This batch with its adverse-impact analysis.
     *
     * @param analysis the analysis of the batch's reviews
     * @return a new batch
     */
    public TeamBatch withImpact(AdverseImpact analysis) {
        return new TeamBatch(title, rubrics, members, Optional.of(analysis), weeklyTargets);
    }

    /**
     * This batch with the funnel behind its weekly activity targets (shown for interim reviews).
     *
     * @param targets the measure and funnel
     * @return a new batch
     */
    public TeamBatch withWeeklyTargets(WeeklyTargets targets) {
        return new TeamBatch(title, rubrics, members, impact, Optional.of(targets));
    }

    private static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), name + "[" + i + "]");
        }
        return List.copyOf(list);
    }
}
