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
package org.blendscore.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders an {@link AdverseImpact} as a plain-text table. */
final class ImpactText {

    private static final String[] HEADER = {"group", "count", "selected", "rate", "impact ratio", "verdict", "z",
        "p (z, two-sided)", "p (Fisher, two-sided)"};

    private ImpactText() {
    }

    static String render(AdverseImpact a) {
        StringBuilder out = new StringBuilder();
        out.append("Adverse impact: selected = ").append(a.outcome().describe()).append('\n');
        out.append(a.reviewCount()).append(a.reviewCount() == 1 ? " review, " : " reviews, ").append(a.selectedCount())
                .append(" selected");
        a.cutoff().ifPresent(c -> out.append(" (cutoff: overall at least ").append(c.toPlainString()).append(')'));
        out.append("; minimum group size ").append(a.minimumGroupSize()).append('\n');
        out.append(a.referenceGroup().map(r -> "reference group: " + r + " (highest selection rate)")
                .orElse("no group is large enough to judge")).append("\n\n");

        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (GroupImpact g : a.groups()) {
            String[] row = new String[HEADER.length];
            row[0] = g.group();
            row[1] = Integer.toString(g.count());
            row[2] = Integer.toString(g.selected());
            row[3] = fixed(g.selectionRate());
            row[4] = g.verdict() == Verdict.REFERENCE ? fixed(1.0) : g.againstReference().map(r -> fixed(r.impactRatio())).orElse("-");
            row[5] = verdict(g.verdict());
            row[6] = g.againstReference().map(r -> opt(r.z(), ImpactText::fixed)).orElse("-");
            row[7] = g.againstReference().map(r -> opt(r.zPValue(), ImpactText::p)).orElse("-");
            row[8] = g.againstReference().map(r -> p(r.fisherPValue())).orElse("-");
            rows.add(row);
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean left = i == 0 || i == 5;
                String cell = left ? pad(row[i], width[i], false) : pad(row[i], width[i], true);
                line.append(cell).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("\nFlagged: impact ratio below 4/5 (exactly 4/5 is not); z > 0 when the group is selected less often"
                + " than the reference group.\n");
        return out.toString();
    }

    private static String verdict(Verdict v) {
        switch (v) {
            case REFERENCE:
                return "reference";
            case FLAGGED:
                return "FLAGGED";
            case TOO_SMALL:
                return "too small to judge";
            default:
                return "not flagged";
        }
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String p(double v) {
        return v >= 1e-4 ? String.format(Locale.ROOT, "%.6f", v) : String.format(Locale.ROOT, "%.3e", v);
    }

    private static String opt(OptionalDouble v, java.util.function.DoubleFunction<String> format) {
        return v.isPresent() ? format.apply(v.getAsDouble()) : "-";
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - s.length()));
        return right ? spaces + s : s + spaces;
    }
}
