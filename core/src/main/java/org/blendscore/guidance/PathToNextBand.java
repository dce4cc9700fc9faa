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
package org.blendscore.guidance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A review's path to the next band: the smallest single steps, one per measure that can lift the
 * review alone; when none can, the cheapest pairs; and notes saying why a measure cannot help (at
 * its cap, no usable evidence, a guard) or why there is no path at all (the top band, an
 * incomplete review).
 *
 * @param subjectId whose review
 * @param band the review's band; empty for an incomplete review
 * @param nextBand the band above it; empty at the top band and for an incomplete review
 * @param steps the single steps, in the rubric's order of measures
 * @param pairs the cheapest pairs (at most {@link NextBand#MAX_PAIRS}), cheapest first, when there
 *         is no single step; otherwise empty
 * @param notes why the path is empty, and why each measure without a step cannot help alone
 * @param pace for an interim review, the weekly pace each quota measure needs through the end of
 *         the period to reach the next band; empty for a final review
 */
public record PathToNextBand(String subjectId, Optional<String> band, Optional<String> nextBand, List<Step> steps,
                             List<StepPair> pairs, List<String> notes, List<WeeklyPace> pace) {

    /**
     * Checks that every part is present and copies the lists.
     *
     * @param subjectId whose review
     * @param band the review's band
     * @param nextBand the band above it
     * @param steps the single steps
     * @param pairs the cheapest pairs
     * @param notes why the path is empty, and why measures cannot help
     * @param pace the weekly pace of an interim review
     */
    public PathToNextBand {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(nextBand, "nextBand");
        steps = List.copyOf(steps);
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
        pace = List.copyOf(pace);
    }

    /**
     * A path without a weekly pace (a final review's).
     *
     * @param subjectId whose review
     * @param band the review's band
     * @param nextBand the band above it
     * @param steps the single steps
     * @param pairs the cheapest pairs
     * @param notes why the path is empty, and why measures cannot help
     */
    public PathToNextBand(String subjectId, Optional<String> band, Optional<String> nextBand, List<Step> steps,
                          List<StepPair> pairs, List<String> notes) {
        this(subjectId, band, nextBand, steps, pairs, notes, List.of());
    }

    /**
     * Whether there is anything to do: a single step or a pair.
     *
     * @return true when the path proposes no step
     */
    public boolean isEmpty() {
        return steps.isEmpty() && pairs.isEmpty();
    }

    /**
     * The path in plain text, as {@link NextBand#explain} appends it to a review's explanation.
     *
     * @return the text, one line per step, pair and note
     */
    public String explain() {
        StringBuilder out = new StringBuilder(GuidanceMessages.pathHeading());
        nextBand.ifPresent(b -> out.append(" (").append(b).append(')'));
        out.append(":\n");
        for (Step s : steps) {
            out.append("  ").append(s.change()).append(" -> ").append(s.overall().toPlainString())
                    .append(' ').append(s.band()).append('\n');
        }
        for (StepPair p : pairs) {
            out.append("  ").append(p.first().change()).append(" and ").append(p.second().change())
                    .append(" -> ").append(p.second().overall().toPlainString()).append(' ').append(p.second().band())
                    .append(" (cost ").append(p.cost().toPlainString()).append(")\n");
        }
        for (String note : notes) {
            out.append("  - ").append(note).append('\n');
        }
        if (!pace.isEmpty()) {
            out.append(GuidanceMessages.paceHeading()).append(":\n");
            for (WeeklyPace p : pace) {
                out.append("  ").append(p.explain()).append('\n');
            }
        }
        return out.toString();
    }
}
