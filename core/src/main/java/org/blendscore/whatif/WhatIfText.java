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
package org.blendscore.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.impact.Outcome;
import org.blendscore.rubric.Rubric;

/** The what-if's words: its error messages, one named factory each, and its text tables. */
final class WhatIfText {

    /** The label of the row and column of incomplete reviews in a migration matrix. */
    static final String NO_BAND = "(no band)";

    private WhatIfText() {
    }

    static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    static String row(SubjectChange c) {
        StringBuilder s = new StringBuilder(c.subjectId()).append(' ')
                .append(c.overallBefore().toPlainString()).append(' ').append(c.bandBefore().orElse(BandMigrations.NO_BAND))
                .append(" -> ").append(c.overallAfter().toPlainString()).append(' ').append(c.bandAfter().orElse(BandMigrations.NO_BAND))
                .append(" (").append(signed(c.change())).append(')');
        String separator = "; ";
        for (MeasureChange m : c.drivers()) {
            s.append(separator).append(m);
            separator = ", ";
        }
        return s.toString();
    }

    static String summary(WhatIfSummary s) {
        StringBuilder b = new StringBuilder();
        b.append(s.scored()).append(" subjects scored under both versions: ").append(s.raised()).append(" up, ")
                .append(s.lowered()).append(" down, ").append(s.unchanged()).append(" unchanged, ")
                .append(s.migrations().moved()).append(" in another band\n");
        b.append(s.rejected()).append(" records rejected (").append(s.rejectedBefore()).append(" before, ")
                .append(s.rejectedAfter()).append(" after)\n\n");
        b.append("Band migrations\n").append(s.migrations().render()).append('\n');
        b.append("Drivers (contributions summed over the subjects scored)\n");
        for (MeasureChange m : s.drivers()) {
            b.append("  ").append(m).append('\n');
        }
        s.impactBefore().ifPresent(i -> b.append("\nAdverse impact before\n").append(i.render()).append('\n'));
        s.impactAfter().ifPresent(i -> b.append("\nAdverse impact after\n").append(i.render()).append('\n'));
        return b.toString();
    }

    /** Cells as an aligned table: the first column left-aligned, the others right-aligned. */
    static String table(List<List<String>> cells) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths.get(i) - cell.length());
                b.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String unknownBand(String label, String side, List<String> labels) {
        return "band " + label + " is not a band " + side + "; the bands " + side + " are " + String.join(", ", labels);
    }

    static String topPercentRefused() {
        return "a streaming what-if keeps counts, not scores, so it cannot find a top-percent cutoff; "
                + "use Outcome.bandAtLeast or Outcome.overallAtLeast";
    }

    static String minimumGroupSize(int size) {
        return "the minimum group size must be at least 1, not " + size;
    }

    static String negativeDrivers(int count) {
        return "the number of drivers a row names must be 0 or more, not " + count;
    }

    static String outcomeOfOtherRubric(String side, Outcome.BandAtLeast band, Rubric rubric) {
        return "the outcome " + side + " (" + band.describe() + ", bands " + String.join(", ", band.bandsHighestFirst())
                + ") is not of the rubric " + side + ", " + rubric.id() + " " + rubric.version();
    }

    static String noGroup(String subjectId, String group) {
        return "subject " + subjectId + " has " + (group == null ? "no group" : "a blank group")
                + ": every subject scored in a what-if with impact needs one";
    }

    static String rejectedByNeither(long index, String subjectId) {
        return "record " + index + " (subject " + subjectId + ") was rejected by neither version";
    }
}
