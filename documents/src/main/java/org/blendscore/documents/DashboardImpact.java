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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.GroupImpact;

/** The team dashboard's adverse-impact table: one row per group, as {@link AdverseImpact#render()} reports it. */
final class DashboardImpact {

    private DashboardImpact() {
    }

    static Map<String, Object> of(AdverseImpact impact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", impact.outcome().describe());
        m.put("minimum", Integer.toString(impact.minimumGroupSize()));
        m.put("selected", impact.selectedCount() + " of " + impact.reviewCount());
        m.put("flagged", impact.anyFlagged() ? "Possible adverse impact: at least one group is below four fifths of the reference group's rate."
                : "No group is below four fifths of the reference group's rate.");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GroupImpact g : impact.groups()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("group", g.group());
            r.put("count", Integer.toString(g.count()));
            r.put("selected", Integer.toString(g.selected()));
            r.put("rate", format(g.selectionRate()));
            r.put("verdict", RubricView.words(g.verdict()));
            r.put("ratio", g.againstReference().map(a -> format(a.impactRatio())).orElse("\u2014"));
            r.put("z", g.againstReference().map(a -> a.zPValue().isPresent() ? format(a.zPValue().getAsDouble()) : "\u2014").orElse("\u2014"));
            r.put("fisher", g.againstReference().map(a -> format(a.fisherPValue())).orElse("\u2014"));
            rows.add(r);
        }
        m.put("groups", rows);
        return m;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
