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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Horizontal bars, one per labelled value (a review's contributions by measure), in the given order,
 * each bar with its value written at its end.
 */
final class BarChart {

    private static final double ROW = 22;
    private static final double LABEL_WIDTH = 170;
    private static final double WIDTH = 480;

    private BarChart() {
    }

    /** One bar. */
    record Bar(String label, BigDecimal value) {
    }

    static Map<String, Object> of(String title, String description, List<Bar> bars) {
        double max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.value().doubleValue());
        }
        double room = WIDTH - LABEL_WIDTH - 60;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double width = Math.max(0, b.value().doubleValue()) / max * room;
            double y = 8 + i * ROW;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("label", b.label());
            r.put("value", b.value().toPlainString());
            r.put("labelX", Plot.n(LABEL_WIDTH - 6));
            r.put("textY", Plot.n(y + 14));
            r.put("x", Plot.n(LABEL_WIDTH));
            r.put("y", Plot.n(y + 3));
            r.put("barWidth", Plot.n(Math.max(1, width)));
            r.put("valueX", Plot.n(LABEL_WIDTH + Math.max(1, width) + 4));
            rows.add(r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("desc", description);
        m.put("width", Plot.n(WIDTH));
        m.put("height", Plot.n(16 + bars.size() * ROW));
        m.put("bars", rows);
        return m;
    }
}
