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
import java.util.Map;

/** Vertical columns of counts, one per label, in the given order (the reps in each band). */
final class ColumnChart {

    private ColumnChart() {
    }

    /** One column. */
    record Column(String label, int count) {
    }

    static Map<String, Object> of(String title, String description, String xLabel, List<Column> columns) {
        int max = 1;
        for (Column c : columns) {
            max = Math.max(max, c.count());
        }
        Plot plot = new Plot(Math.max(1, columns.size()), max);
        Map<String, Object> m = plot.frame(title, description, xLabel, "reps");
        m.put("xTicks", List.of());
        m.put("yTicks", plot.yTicks(Math.min(max, 5)));
        double slot = plot.x(1) - plot.x(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double left = plot.x(i) + slot * 0.15;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", c.label());
            b.put("count", Integer.toString(c.count()));
            b.put("x", Plot.n(left));
            b.put("y", Plot.n(plot.y(c.count())));
            b.put("barWidth", Plot.n(slot * 0.7));
            b.put("barHeight", Plot.n(Math.max(1, plot.y(0) - plot.y(c.count()))));
            b.put("labelX", Plot.n(left + slot * 0.35));
            b.put("labelY", Plot.n(plot.y(0) + 14));
            b.put("countY", Plot.n(plot.y(c.count()) - 4));
            bars.add(b);
        }
        m.put("columns", bars);
        return m;
    }
}
