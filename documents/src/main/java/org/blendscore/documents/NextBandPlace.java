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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.guidance.Step;
import org.blendscore.guidance.StepPair;
import org.blendscore.guidance.WeeklyPace;

/**
 * The place of "the path to the next band" (issue 16) in the review statement: turns core's
 * {@link PathToNextBand} into rows ({@code step}: the smallest change of one measure that alone
 * reaches the next band, or a pair of changes when no single one does; when the path proposes
 * nothing, its notes say why). Without a path there are no rows and the statement's
 * {@code path-to-next-band} section is left out of the page. For an interim review, the path's
 * weekly pace fills the {@code weekly-pace} table.
 */
final class NextBandPlace {

    private NextBandPlace() {
    }

    static List<Map<String, Object>> steps(Optional<PathToNextBand> path) {
        if (path.isEmpty()) {
            return List.of();
        }
        PathToNextBand p = path.get();
        String band = p.nextBand().orElse("");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Step s : p.steps()) {
            rows.add(Map.of("step", s.change() + " (overall " + s.overall().toPlainString() + ", " + band + ")"));
        }
        for (StepPair pair : p.pairs()) {
            rows.add(Map.of("step", pair.first().change() + " and " + pair.second().change()
                    + " (overall " + pair.second().overall().toPlainString() + ", " + band + ")"));
        }
        if (rows.isEmpty()) {
            p.notes().forEach(n -> rows.add(Map.of("step", n)));
        }
        return rows;
    }

    static List<Map<String, Object>> pace(Optional<PathToNextBand> path) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WeeklyPace p : path.map(PathToNextBand::pace).orElse(List.of())) {
            StringBuilder activities = new StringBuilder();
            p.activities().forEach(a -> activities.append(activities.length() == 0 ? "" : ", ").append(a.perWeek()).append(' ')
                    .append(a.activity()));
            rows.add(Map.of("measure", p.measureId(), "perWeek", p.perWeek().toPlainString() + " " + p.unit(),
                    "daysLeft", Long.toString(p.daysLeft()), "periodEnd", p.periodEnd().toString(),
                    "remaining", p.remaining().toPlainString(), "neededByEnd", p.neededByEnd().toPlainString(),
                    "expectedToDate", p.expectedToDate().toPlainString(),
                    "activities", activities.length() == 0 ? "\u2014" : activities.toString()));
        }
        return rows;
    }
}
