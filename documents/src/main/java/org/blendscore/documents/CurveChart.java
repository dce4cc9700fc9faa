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
import java.util.TreeSet;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;

/**
 * A quota measure's curve drawn as a line of points against attainment, from the curve's own exact
 * {@link Curve#pointsAt} at every breakpoint or tier edge (each approached from both sides, so a
 * gate or a tier step is drawn as a vertical jump) and between them; breakpoints marked, the gate a
 * dashed vertical line, the cap a dashed horizontal one.
 */
final class CurveChart {

    private static final int SAMPLES = 60;

    private CurveChart() {
    }

    static Map<String, Object> of(String measureId, Curve curve) {
        TreeSet<BigDecimal> edges = new TreeSet<>();
        if (curve instanceof LinearCurve l) {
            l.breakpoints().forEach(b -> edges.add(b.attainment()));
            l.gate().ifPresent(edges::add);
        } else if (curve instanceof TierCurve t) {
            for (Tier tier : t.tiers()) {
                edges.add(tier.from());
                tier.to().ifPresent(edges::add);
            }
        }
        double last = edges.isEmpty() ? 1 : edges.last().doubleValue();
        double xMax = Math.max(1.5, last * 1.2);
        TreeSet<Double> xs = new TreeSet<>();
        for (int i = 0; i <= SAMPLES; i++) {
            xs.add(xMax * i / SAMPLES);
        }
        for (BigDecimal e : edges) {
            xs.add(e.doubleValue());
            xs.add(Math.max(0, e.doubleValue() - xMax / 2000));
            xs.add(e.doubleValue() + xMax / 2000);
        }
        List<double[]> line = new ArrayList<>();
        double yTop = 100;
        for (double x : xs) {
            if (x > xMax) {
                continue;
            }
            double y = curve.pointsAt(Fraction.of(BigDecimal.valueOf(x))).doubleValue();
            yTop = Math.max(yTop, y);
            line.add(new double[] {x, y});
        }
        Plot plot = new Plot(xMax, yTop * 1.1);
        StringBuilder points = new StringBuilder();
        for (double[] p : line) {
            points.append(points.length() == 0 ? "" : " ").append(Plot.n(plot.x(p[0]))).append(',').append(Plot.n(plot.y(p[1])));
        }
        Map<String, Object> m = plot.frame("Curve of " + measureId, description(measureId, curve), "attainment, % of target", "points");
        m.put("xTicks", plot.xTicks(5, 100));
        m.put("line", points.toString());
        List<Map<String, Object>> marks = new ArrayList<>();
        if (curve instanceof LinearCurve l) {
            for (Breakpoint b : l.breakpoints()) {
                double x = Math.min(b.attainment().doubleValue(), xMax);
                marks.add(Map.of("cx", Plot.n(plot.x(x)), "cy", Plot.n(plot.y(b.points().doubleValue())),
                        "label", percent(b.attainment()) + " of target: " + Plot.decimal(b.points()) + " points"));
            }
            l.gate().ifPresent(g -> m.put("gateMark", Map.of("x", Plot.n(plot.x(g.doubleValue())), "labelX", Plot.n(plot.x(g.doubleValue()) + 3),
                    "label", "gate " + percent(g))));
            if (l.capped()) {
                curve.maxPoints().ifPresent(c -> m.put("capMark", Map.of("y", Plot.n(plot.y(c.doubleValue())),
                        "labelY", Plot.n(plot.y(c.doubleValue()) - 3), "label", "cap " + Plot.decimal(c) + " points")));
            }
        } else if (curve instanceof TierCurve t) {
            for (Tier tier : t.tiers()) {
                marks.add(Map.of("cx", Plot.n(plot.x(Math.min(tier.from().doubleValue(), xMax))), "cy", Plot.n(plot.y(tier.points().doubleValue())),
                        "label", "from " + percent(tier.from()) + ": " + Plot.decimal(tier.points()) + " points"));
            }
        }
        m.put("marks", marks);
        return m;
    }

    static String percent(BigDecimal ratio) {
        return Plot.decimal(ratio.movePointRight(2)) + "%";
    }

    private static String description(String measureId, Curve curve) {
        StringBuilder b = new StringBuilder("Points of ").append(measureId).append(" against attainment");
        if (curve instanceof LinearCurve l) {
            b.append(", linear between the breakpoints");
            for (Breakpoint p : l.breakpoints()) {
                b.append(' ').append(percent(p.attainment())).append(" \u2192 ").append(Plot.decimal(p.points()));
            }
            l.gate().ifPresent(g -> b.append("; nothing below the gate at ").append(percent(g)));
            b.append(l.capped() ? "; capped above the last breakpoint" : "; not capped");
        } else if (curve instanceof TierCurve t) {
            b.append(", in ").append(t.tiers().size()).append(" tiers");
        }
        return b.append('.').toString();
    }
}
