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
package org.blendscore.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;

/** Which bands the overall can reach, and which guards can fire. */
final class Reach {
    private final Rubric rubric;
    private final List<MeasureAnalysis> measures;
    private final Optional<BigDecimal> lowest;
    private final Optional<BigDecimal> highest;
    private final boolean[] rawReachable;
    /** Whether some band above band i (declared before it) is reachable by the overall alone, by i. */
    private final boolean[] reachableAbove;
    /** The measures of each section, and each measure alone, by the name a guard refers to them with. */
    private final Map<String, List<MeasureAnalysis>> bySection = new HashMap<>();
    private final Map<String, List<MeasureAnalysis>> byMeasure = new HashMap<>();
    /** Each band's position by label, the first for a repeated label. */
    private final Map<String, Integer> bandIndex = new HashMap<>();

    Reach(Rubric rubric, List<MeasureAnalysis> measures, Optional<Fraction> lowest, Optional<Fraction> highest) {
        this.rubric = rubric;
        this.measures = measures;
        for (MeasureAnalysis m : measures) {
            bySection.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(m);
            byMeasure.computeIfAbsent(m.measureId(), k -> new ArrayList<>()).add(m);
        }
        for (int i = 0; i < rubric.bands().size(); i++) {
            bandIndex.putIfAbsent(rubric.bands().get(i).label(), i);
        }
        // the scorer rounds the overall half-even at the scale; rounding never reverses an order
        this.lowest = lowest.map(f -> f.toBigDecimal(rubric.scale()));
        this.highest = highest.map(f -> f.toBigDecimal(rubric.scale()));
        List<Band> bands = rubric.bands();
        rawReachable = new boolean[bands.size()];
        reachableAbove = new boolean[bands.size() + 1];
        for (int i = 0; i < bands.size(); i++) {
            rawReachable[i] = rawReason(i).isEmpty();
            reachableAbove[i + 1] = reachableAbove[i] || rawReachable[i];
        }
    }

    private Optional<String> rawReason(int i) {
        List<Band> bands = rubric.bands();
        Band b = bands.get(i);
        if (highest.isPresent() && b.lowerBound().compareTo(highest.get()) > 0) {
            return Optional.of(AnalysisMessages.bandAboveHighest(b.lowerBound(), highest.get()));
        }
        if (i > 0 && lowest.isPresent() && lowest.get().compareTo(bands.get(i - 1).lowerBound()) >= 0) {
            return Optional.of(AnalysisMessages.bandBelowLowest(bands.get(i - 1).lowerBound(), lowest.get()));
        }
        return Optional.empty();
    }

    List<GuardReach> guards() {
        List<GuardReach> out = new ArrayList<>();
        for (int g = 0; g < rubric.guards().size(); g++) {
            out.add(guard(g, rubric.guards().get(g)));
        }
        return out;
    }

    List<BandReach> bands(List<GuardReach> guards) {
        // the first guard that always holds and caps below band i: the bands such guards cap form a
        // prefix, each guard in order adding those between the prefix's end and its cap
        GuardReach[] cappedBy = new GuardReach[rubric.bands().size()];
        int capped = 0;
        for (GuardReach g : guards) {
            if (g.alwaysHolds()) {
                for (int cap = capIndex(g.guard()); capped < cap; capped++) {
                    cappedBy[capped] = g;
                }
            }
        }
        List<BandReach> out = new ArrayList<>();
        for (int i = 0; i < rubric.bands().size(); i++) {
            Band b = rubric.bands().get(i);
            Optional<String> reason = rawReason(i);
            GuardReach g = cappedBy[i];
            if (reason.isEmpty() && g != null) {
                reason = Optional.of(AnalysisMessages.bandCappedByGuard(g.index(), g.guard().condition(), g.guard().capAt()));
            }
            out.add(new BandReach(b.label(), b.lowerBound(), reason));
        }
        return out;
    }

    private int capIndex(BandGuard guard) {
        Integer i = bandIndex.get(guard.capAt());
        if (i == null) {
            throw new IllegalStateException("band '" + guard.capAt() + "' was checked when the rubric was built");
        }
        return i;
    }

    private GuardReach guard(int index, BandGuard guard) {
        ScoreCondition c = guard.condition();
        List<MeasureAnalysis> named;
        named = (c.scope() == ScoreCondition.Scope.SECTION ? bySection : byMeasure).getOrDefault(c.ref(), List.of());
        Optional<Fraction> low;
        Optional<Fraction> high;
        if (rubric.missingEvidence() == MissingEvidencePolicy.LEAVE_OUT || named.size() == 1) {
            low = RubricAnalysis.extreme(named.stream().map(MeasureAnalysis::minPoints).toList(), false);
            high = RubricAnalysis.extreme(named.stream().map(MeasureAnalysis::maxPoints).toList(), true);
        } else {
            // a section score with every measure present at its nominal weight in the section
            Fraction sectionShare = named.stream().map(MeasureAnalysis::nominalShare).reduce(Fraction.ZERO, Fraction::add);
            low = Optional.of(Fraction.ZERO);
            high = Optional.of(Fraction.ZERO);
            for (MeasureAnalysis m : named) {
                Fraction w = m.nominalShare().divide(sectionShare);
                low = RubricAnalysis.sum(low, m.minPoints().map(w::multiply));
                high = RubricAnalysis.sum(high, m.maxPoints().map(w::multiply));
            }
        }
        boolean canBeLeftOut = rubric.missingEvidence() == MissingEvidencePolicy.LEAVE_OUT && named.size() < measures.size();
        int sc = rubric.scale();
        Optional<BigDecimal> lo = low.map(f -> f.toBigDecimal(sc));
        Optional<BigDecimal> hi = high.map(f -> f.toBigDecimal(sc));
        Comparison cmp = c.comparison();
        boolean upward = cmp == Comparison.AT_LEAST || cmp == Comparison.ABOVE;
        // a "below" condition holds for some score iff it holds for the lowest, an "above" one iff for the highest
        Optional<BigDecimal> easiest = upward ? hi : lo;
        Optional<BigDecimal> hardest = upward ? lo : hi;
        boolean canHold = easiest.isEmpty() || cmp.holds(easiest.get(), c.threshold());
        boolean alwaysHolds = !canBeLeftOut && hardest.isPresent() && cmp.holds(hardest.get(), c.threshold());
        boolean canLower = reachableAbove[capIndex(guard)];
        return new GuardReach(index, guard, low, high, canHold, alwaysHolds, canLower);
    }
}
