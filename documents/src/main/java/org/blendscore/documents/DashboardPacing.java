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

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.funnel.ActivityPlan;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Pacing;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;

/**
 * The team dashboard's pacing table for an interim batch: every paced quota measure of every rep
 * (expected and actual to date, the gap, the projection), and for the funnel's measure the weekly
 * activities that the rest of the target needs through the end of the period (the activity funnel's
 * plan for what is left, over the whole weeks left, at least one).
 */
final class DashboardPacing {

    private DashboardPacing() {
    }

    static List<Map<String, Object>> rows(List<TeamMember> members, Optional<WeeklyTargets> weekly) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TeamMember t : members) {
            Review review = t.review();
            if (!review.interim()) {
                continue;
            }
            for (MeasureResult m : review.measures()) {
                if (m.input() instanceof QuotaInput q && q.pacing().isPresent()) {
                    Pacing p = q.pacing().get();
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("name", t.name());
                    r.put("measure", m.id());
                    r.put("expected", p.expectedToDate().toPlainString());
                    r.put("actual", p.actualToDate().toPlainString());
                    r.put("gap", p.gap().toPlainString());
                    r.put("projected", p.projectedAtEnd().toPlainString() + " of " + p.targetAtEnd().toPlainString() + " " + q.unit());
                    r.put("weekly", weekly.filter(w -> w.measureId().equals(m.id())).map(w -> weeklyActivities(w, review, p)).orElse("\u2014"));
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    private static String weeklyActivities(WeeklyTargets weekly, Review review, Pacing pacing) {
        BigDecimal left = pacing.targetAtEnd().subtract(pacing.actualToDate());
        if (left.signum() <= 0) {
            return "target reached";
        }
        long days = ChronoUnit.DAYS.between(pacing.asOf(), review.period().end());
        int weeks = (int) Math.max(1, days / 7);
        ActivityPlan plan = weekly.funnel().plan(left, weeks);
        List<String> parts = new ArrayList<>();
        plan.activities().forEach(a -> parts.add(a.perWeek() + " " + a.activity()));
        return String.join(", ", parts) + " a week for " + weeks + " weeks";
    }
}
