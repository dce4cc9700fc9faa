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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.review.Warning;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;

/**
 * What a rating measure says of sources with too few ratings or raters: the warning for a source below
 * its minimum or its anonymity threshold, the reason the measure had no points, and (under the REJECT
 * policy) the evidence problems. The texts of the usual counts are made once and shared. Thread-safe.
 */
final class RatingShortfalls {

    /** Precomputed shortfall warnings for sources needing at most this many ratings. */
    private static final int MAX_PRECOMPUTED_SHORTFALL = 16;
    /** How many reasons {@link #missingReasons} keeps at most. */
    private static final int MAX_MISSING_REASONS = 1024;

    private final RatingMeasure m;
    private final MissingEvidencePolicy policy;
    private final int[] minRatings;
    /** By source, its anonymity threshold of distinct raters, or 0 for a signed source. */
    private final int[] minRaters;
    /** By source and number of usable ratings below its minimum: the warning, or null when built as needed. */
    private final Warning[][] shortfall;
    /**
     * Why the measure had no points, by the sources' usable counts (all below their minimums, in mixed
     * radix), filled as they occur; null when there are too many combinations to keep.
     */
    private final AtomicReferenceArray<String> missingReasons;

    RatingShortfalls(RatingMeasure m, MissingEvidencePolicy policy, int[] minRaters) {
        this.m = m;
        this.policy = policy;
        this.minRaters = minRaters;
        int n = m.sources().size();
        minRatings = new int[n];
        shortfall = new Warning[n][];
        long combinations = 1;
        for (int i = 0; i < n; i++) {
            RatingSource src = m.sources().get(i);
            minRatings[i] = src.minRatings();
            if (src.minRatings() <= MAX_PRECOMPUTED_SHORTFALL) {
                shortfall[i] = new Warning[src.minRatings()];
                for (int usable = 0; usable < src.minRatings(); usable++) {
                    shortfall[i][usable] = sourceWarning(src, usable);
                }
            }
            combinations = Math.min(MAX_MISSING_REASONS + 1L, combinations * Math.max(1, src.minRatings()));
        }
        missingReasons = combinations <= MAX_MISSING_REASONS ? new AtomicReferenceArray<>((int) combinations) : null;
    }

    /** The warning for source {@code i} with {@code usable} ratings, below its minimum: precomputed, or made now. */
    Warning belowMinimum(int i, int usable) {
        return shortfall[i] != null ? shortfall[i][usable] : sourceWarning(m.sources().get(i), usable);
    }

    /** The warning for a source below its anonymity threshold: withheld, then left out or counted as 0 under that policy. */
    Warning withheld(int i) {
        return WarningMessages.sourceWithheld(m.id(), m.sources().get(i), minRaters[i], policy == MissingEvidencePolicy.COUNT_AS_ZERO);
    }

    /** Why no source had enough usable ratings, built once per combination of counts while they are few. */
    String missingReason(int[] usable, int n) {
        int index = 0;
        int radix = 1;
        for (int i = 0; i < n && missingReasons != null; i++) {
            index += usable[i] * radix;
            radix *= Math.max(1, minRatings[i]);
        }
        String reason = missingReasons == null ? null : missingReasons.get(index);
        if (reason == null) {
            reason = missingReason(usable, n, null);
            if (missingReasons != null) {
                missingReasons.set(index, reason);
            }
        }
        return reason;
    }

    /** Why no source had enough usable ratings, or enough raters where {@code withheld} says so: made now. */
    String missingReason(int[] usable, int n, boolean[] withheld) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RatingSource s = m.sources().get(i);
            parts.add(withheld != null && withheld[i] ? WarningMessages.sourceWithheldCount(s.name(), minRaters[i])
                    : WarningMessages.sourceCount(s.name(), usable[i], s.minRatings()));
        }
        return WarningMessages.noSourceEnough(String.join(", ", parts));
    }

    /**
     * Under the REJECT policy, a problem for every source of a scored measure below its minimum.
     *
     * @param subjectId whose evidence it is
     * @param input the measure's input
     * @param problems the problems so far, or null
     * @return the problems, or null when there are none
     */
    List<EvidenceProblem> problems(String subjectId, RatingInput input, List<EvidenceProblem> problems) {
        for (int i = 0; i < minRatings.length; i++) {
            SourceResult source = input.sources().get(i);
            int usable = source.usable();
            if (usable < minRatings[i]) {
                String name = m.sources().get(i).name();
                problems = problems == null ? new ArrayList<>() : problems;
                problems.add(new EvidenceProblem(subjectId, Optional.of(m.id()), Optional.empty(), "ratings[" + name + "]",
                        source.withheld() ? EvidenceMessages.tooFewRaters(name, minRaters[i])
                                : EvidenceMessages.tooFewRatings(name, usable, minRatings[i])));
            }
        }
        return problems;
    }

    /** The warning for a source below its minimum: left out, or counted as 0 under that policy. */
    private Warning sourceWarning(RatingSource src, int usable) {
        if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
            return WarningMessages.sourceCountedAsZero(m.id(), src, usable);
        }
        return WarningMessages.sourceLeftOut(m.id(), src, usable);
    }
}
