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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The band migration matrix of a what-if: how many subjects went from each band before (a row) to
 * each band after (a column). The rows are the bands of the rubric before, highest first, then
 * {@value #NO_BAND} for an incomplete review; the columns likewise for the rubric after. Every
 * subject scored under both versions is counted once, so the counts add up to the population scored.
 */
public final class BandMigrations {

    /** The row or column of subjects whose review was incomplete, so had no band. */
    public static final String NO_BAND = WhatIfText.NO_BAND;

    private final List<String> before;
    private final List<String> after;
    private final long[][] counts;

    BandMigrations(List<String> before, List<String> after, long[][] counts) {
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.counts = new long[before.size()][];
        for (int i = 0; i < before.size(); i++) {
            this.counts[i] = counts[i].clone();
        }
    }

    /**
     * The rows: the bands before, highest first, then {@value #NO_BAND}.
     *
     * @return the labels
     */
    public List<String> bandsBefore() {
        return before;
    }

    /**
     * The columns: the bands after, highest first, then {@value #NO_BAND}.
     *
     * @return the labels
     */
    public List<String> bandsAfter() {
        return after;
    }

    /**
     * How many subjects went from one band to another.
     *
     * @param from a band before (or {@value #NO_BAND})
     * @param to a band after (or {@value #NO_BAND})
     * @return how many subjects
     * @throws IllegalArgumentException naming a label that is not a row or column
     */
    public long count(String from, String to) {
        return counts[index(before, from, "before")][index(after, to, "after")];
    }

    /**
     * How many subjects the matrix counts.
     *
     * @return the sum of every cell
     */
    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    /**
     * How many subjects changed band: counted in a cell whose row and column labels differ.
     *
     * @return how many subjects moved
     */
    public long moved() {
        long moved = 0;
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < after.size(); j++) {
                if (!before.get(i).equals(after.get(j))) {
                    moved += counts[i][j];
                }
            }
        }
        return moved;
    }

    /**
     * The matrix as a text table, a row per band before and a column per band after.
     *
     * @return the table
     */
    public String render() {
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("before \\ after");
        header.addAll(after);
        cells.add(header);
        for (int i = 0; i < before.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(before.get(i));
            for (long c : counts[i]) {
                row.add(Long.toString(c));
            }
            cells.add(row);
        }
        return WhatIfText.table(cells);
    }

    private static int index(List<String> labels, String label, String side) {
        Objects.requireNonNull(label, side);
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(WhatIfText.unknownBand(label, side, labels));
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BandMigrations m && before.equals(m.before) && after.equals(m.after)
                && java.util.Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(before, after, java.util.Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return render();
    }
}
