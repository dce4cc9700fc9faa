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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Rubric;

/**
 * The cheapest pairs of steps when no single measure lifts a review. "Cheapest" is the least sum
 * of the two steps' shares of their measures' ranges (the points each step adds to its measure
 * divided by the most the measure can give). For each pair of measures, the first measure is tried
 * at rungs 1, 2, 4, 8... of each of its ladders (at most {@link #RUNGS_PER_MEASURE} in all); for
 * each, the second measure's least step is found exactly, and then the first measure's least step
 * given that one; the cheapest verified result is the pair's. The second step is exact given the
 * first, and the first exact given the second, but over a quota's continuous range the sum is the
 * least among the tried starting rungs, not a proven minimum.
 */
final class Pairs {
    /** The most starting rungs of a pair's first measure. */
    static final int RUNGS_PER_MEASURE = 24;

    private final NextBand next;
    private final Rescoring rescoring;
    private final Rubric rubric;
    private final Review before;

    Pairs(NextBand next, Rescoring rescoring, Rubric rubric, Review before) {
        this.next = next;
        this.rescoring = rescoring;
        this.rubric = rubric;
        this.before = before;
    }

    List<StepPair> cheapest(int limit) {
        List<Measure> measures = new ArrayList<>();
        for (Measure m : rubric.measures()) {
            MeasureEvidence own = rescoring.evidence().measures().get(m.id());
            if (own != null && !Ladders.of(m, own).isEmpty()) {
                measures.add(m);
            }
        }
        List<StepPair> out = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            for (int j = i + 1; j < measures.size(); j++) {
                pair(measures.get(i), measures.get(j)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(StepPair::cost));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private Optional<StepPair> pair(Measure first, Measure second) {
        StepPair best = null;
        int tried = 0;
        for (Ladder ladder : Ladders.of(first, rescoring.evidence().measures().get(first.id()))) {
            for (long k = 1; k <= ladder.top() && tried < RUNGS_PER_MEASURE; k = k > ladder.top() / 2 ? ladder.top() + 1 : k * 2) {
                tried++;
                Optional<StepPair> p = from(first, second, ladder.rung().apply(k));
                if (p.isPresent() && (best == null || p.get().cost().compareTo(best.cost()) < 0)) {
                    best = p.get();
                }
                if (k == ladder.top()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<StepPair> from(Measure first, Measure second, MeasureEvidence start) {
        Optional<LeastRung.Found> s = next.cheapest(rescoring, second, Map.of(first.id(), start), before);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        MeasureEvidence secondEvidence = s.get().evidence();
        Optional<LeastRung.Found> f = next.cheapest(rescoring, first, Map.of(second.id(), secondEvidence), before);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Optional<Step> a = next.verified(rescoring, Map.of(second.id(), secondEvidence), f.get(), before);
        Optional<Step> b = next.verified(rescoring, Map.of(first.id(), f.get().evidence()), s.get(), before);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal cost = a.get().cost().add(b.get().cost());
        return Optional.of(new StepPair(a.get(), b.get(), cost));
    }
}
