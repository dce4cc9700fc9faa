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
import java.util.List;
import java.util.Map;

/** Labelled points on two axes from 0 (a rep's quota points against their qualitative points). */
final class ScatterChart {

    private ScatterChart() {
    }

    /** One point. */
    record Dot(String label, BigDecimal x, BigDecimal y) {
    }

    static Map<String, Object> of(String title, String description, String xLabel, String yLabel, List<Dot> dots) {
        double xMax = 100;
        double yMax = 100;
        for (Dot d : dots) {
            xMax = Math.max(xMax, d.x().doubleValue());
            yMax = Math.max(yMax, d.y().doubleValue());
        }
        Plot plot = new Plot(xMax * 1.05, yMax * 1.05);
        Map<String, Object> m = plot.frame(title, description, xLabel, yLabel);
        List<Map<String, Object>> points = new ArrayList<>();
        for (Dot d : dots) {
            points.add(Map.of("cx", Plot.n(plot.x(d.x().doubleValue())), "cy", Plot.n(plot.y(d.y().doubleValue())),
                    "label", d.label() + ": quota " + d.x().toPlainString() + ", qualitative " + d.y().toPlainString()));
        }
        m.put("dots", points);
        return m;
    }
}
