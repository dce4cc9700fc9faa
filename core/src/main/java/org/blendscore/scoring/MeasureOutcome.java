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
package org.blendscore.scoring;

import java.util.Arrays;
import org.blendscore.review.Warning;

/**
 * What scoring one measure gave, filled in by the measure: its exact points, or none when it had no
 * usable evidence; warnings about its sources; and, when it has no points, why. One per measure in a
 * {@link ScoringRun}, mutable, reused from one review to the next, never shared between threads.
 *
 * <p>The measure's input for the review is what {@link CompiledMeasure#evaluate} returns: it goes
 * straight into the new review's data. The outcome holds only numbers and shared objects, so that
 * writing it costs no garbage-collector card marking for references to new objects in a long-lived
 * workspace.
 */
class MeasureOutcome {

    /** The exact points when {@link #hasPoints}; the scoring run then weighs them in place. */
    final MutableRational exact = new MutableRational();
    /** Scratch for the measure's own arithmetic. */
    final MutableRational scratch = new MutableRational();
    /** Scratch for the measure's own arithmetic. */
    final MutableRational scratch2 = new MutableRational();
    boolean hasPoints;
    /** Warnings about the measure's sources: the first {@link #warned}. */
    Warning[] warnings = new Warning[2];
    int warned;
    /** Why there are no points; null when there are. */
    String missingReason;
    /** Scratch counters of the measure, grown on demand. */
    private int[] ints = new int[8];
    /** Scratch sums of the measure, grown on demand. */
    private long[] longs = new long[4];

    /** Clears the outcome for the next measure. */
    void reset() {
        hasPoints = false;
        if (missingReason != null) {
            missingReason = null;
        }
        if (warned > 0) {
            Arrays.fill(warnings, 0, warned, null);
            warned = 0;
        }
    }

    /** The measure scored: its points are in {@link #exact}. */
    void scored() {
        hasPoints = true;
    }

    /**
     * The measure has no points.
     *
     * @param reason why there are no points
     */
    void missing(String reason) {
        hasPoints = false;
        warned = 0;
        missingReason = reason;
    }

    /** Adds a warning about one of the measure's sources or its target. */
    void warn(Warning w) {
        if (warned == warnings.length) {
            warnings = Arrays.copyOf(warnings, warned * 2);
        }
        warnings[warned++] = w;
    }

    /** Zeroed scratch counters, at least {@code n} of them. */
    int[] ints(int n) {
        if (ints.length < n) {
            ints = new int[Math.max(n, ints.length * 2)];
        } else {
            for (int i = 0; i < n; i++) {
                ints[i] = 0;
            }
        }
        return ints;
    }

    /** Zeroed scratch sums, at least {@code n} of them. */
    long[] longs(int n) {
        if (longs.length < n) {
            longs = new long[Math.max(n, longs.length * 2)];
        } else {
            for (int i = 0; i < n; i++) {
                longs[i] = 0;
            }
        }
        return longs;
    }

    /**
     * Starts a tally of a rating measure's ratings over its {@code sources} sources: zeroed counters,
     * usable ratings by source at [0, sources) and, at [sources, 2 sources), 1 when a source has a value
     * that is not a whole number of at most 9 digits; zeroed sums of the whole-number values by source.
     * Add ratings with {@link #countRating}.
     *
     * @param sources how many sources the measure has
     */
    void startTally(int sources) {
        ints(2 * sources);
        longs(sources);
    }

    /**
     * Counts one usable rating of a source into the tally begun by {@link #startTally}: the one place
     * that decides which values are added up as whole numbers.
     *
     * @param source the source's position
     * @param sources how many sources the measure has
     * @param value the rating's value
     */
    void countRating(int source, int sources, java.math.BigDecimal value) {
        ints[source]++;
        if (value.scale() == 0 && value.precision() <= 9) {
            longs[source] += value.longValue();
        } else {
            ints[sources + source] = 1;
        }
    }

    /** The tally's counters, as {@link #startTally} and {@link #countRating} left them. */
    int[] tallyCounts() {
        return ints;
    }

    /** The tally's sums, as {@link #startTally} and {@link #countRating} left them. */
    long[] tallySums() {
        return longs;
    }
}
