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
package org.blendscore.funnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.blendscore.rubric.Target;

/**
 * The activities a quota needs, top of the funnel first, each rounded up to whole activities.
 *
 * @param quota the bookings to reach
 * @param averageDealSize the average won deal
 * @param deals the won deals needed, rounded up
 * @param weeks the weeks of the period
 * @param activities each activity's count for the period and per week
 */
public record ActivityPlan(BigDecimal quota, BigDecimal averageDealSize, long deals, int weeks, List<Activity> activities) {

    /**
     * One activity's target.
     *
     * @param activity the activity
     * @param perPeriod activities needed in the period, rounded up
     * @param perWeek activities needed each week, rounded up
     */
    public record Activity(String activity, long perPeriod, long perWeek) {
    }

    /**
     * Copies the activities.
     *
     * @param quota the bookings to reach
     * @param averageDealSize the average won deal
     * @param deals the won deals needed, rounded up
     * @param weeks the weeks of the period
     * @param activities each activity's count for the period and per week
     */
    public ActivityPlan {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(averageDealSize, "averageDealSize");
        activities = List.copyOf(activities);
    }

    /**
     * The period target of one activity, to feed a count quota measure of a rubric.
     *
     * @param activity the activity, such as {@code calls}
     * @return a count target in the activity's unit
     * @throws IllegalArgumentException if the funnel has no such activity
     */
    public Target target(String activity) {
        return activities.stream().filter(a -> a.activity().equals(activity)).findFirst()
                .map(a -> Target.count(a.perPeriod(), activity))
                .orElseThrow(() -> new IllegalArgumentException(FunnelMessages.unknownActivity(activity,
                        activities.stream().map(Activity::activity).toList())));
    }

    /** Renders the plan as a small table. */
    @Override
    public String toString() {
        StringBuilder b = FunnelMessages.planHeader(quota, averageDealSize, deals, weeks);
        for (Activity a : activities) {
            b.append(FunnelMessages.planLine(a.activity(), a.perPeriod(), a.perWeek()));
        }
        return b.toString();
    }
}
