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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The drawing area of one chart: data ranges mapped onto an SVG view box of fixed size, coordinates
 * written with one decimal in {@link Locale#ROOT} (so output never depends on the default locale),
 * and evenly spaced axis ticks.
 *
 * @param xMax the largest x value shown (the x axis starts at 0)
 * @param yMax the largest y value shown (the y axis starts at 0)
 */
record Plot(double xMax, double yMax) {

    /** The view box's width. */
    static final int WIDTH = 480;
    /** The view box's height. */
    static final int HEIGHT = 260;
    static final double LEFT = 48;
    static final double RIGHT = 16;
    static final double TOP = 16;
    static final double BOTTOM = 36;

    Plot {
        if (!(xMax > 0) || !(yMax > 0)) {
            throw new IllegalArgumentException("a plot's ranges must be positive: x up to " + xMax + ", y up to " + yMax);
        }
    }

    double x(double value) {
        return LEFT + value / xMax * (WIDTH - LEFT - RIGHT);
    }

    double y(double value) {
        return HEIGHT - BOTTOM - value / yMax * (HEIGHT - TOP - BOTTOM);
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }

    /** The frame's fixed values: view box, axes' ends. */
    Map<String, Object> frame(String title, String description, String xLabel, String yLabel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("desc", description);
        m.put("width", Integer.toString(WIDTH));
        m.put("height", Integer.toString(HEIGHT));
        m.put("x0", n(LEFT));
        m.put("x1", n(WIDTH - RIGHT));
        m.put("y0", n(HEIGHT - BOTTOM));
        m.put("y1", n(TOP));
        m.put("xLabel", xLabel);
        m.put("yLabel", yLabel);
        m.put("xLabelX", n((LEFT + WIDTH - RIGHT) / 2));
        m.put("xLabelY", n(HEIGHT - 4.0));
        m.put("yLabelY", n(TOP - 4.0));
        m.put("xTicks", xTicks(5, 1));
        m.put("yTicks", yTicks(5));
        return m;
    }

    /** Ticks on the x axis; values are multiplied by {@code factor} in their labels (100 shows a ratio as percent). */
    List<Map<String, Object>> xTicks(int count, double factor) {
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            double v = xMax * i / count;
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("x", n(x(v)));
            t.put("y", n(HEIGHT - BOTTOM + 14));
            t.put("label", String.format(Locale.ROOT, "%.0f", v * factor));
            ticks.add(t);
        }
        return ticks;
    }

    List<Map<String, Object>> yTicks(int count) {
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            double v = yMax * i / count;
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("x", n(LEFT - 6));
            t.put("y", n(y(v) + 4));
            t.put("gridY", n(y(v)));
            t.put("label", String.format(Locale.ROOT, "%.0f", v));
            ticks.add(t);
        }
        return ticks;
    }
}
