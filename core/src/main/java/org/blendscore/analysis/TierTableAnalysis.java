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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * The gaps and overlaps of a tier table, in the manner of DMN decision-table analysis: each tier is
 * an {@link Interval} of attainments with open or closed bounds, and the analysis finds the
 * attainments from 0 upwards that no tier claims (gaps) and those that two tiers claim (overlaps).
 *
 * <p>A tier's interval follows the curve's {@link TierEdge} rule: with {@code HIGHER} (edges
 * belong to the higher tier) a tier is {@code [from, to)}, with {@code LOWER} it is
 * {@code (from, to]}; an open-ended tier has no upper bound. Under {@code LOWER}, a tier that starts
 * at 0 is closed at 0, {@code [0, to]}: attainment is never negative, so 0 is the start of the range,
 * not an edge between two tiers (this is also where the scorer puts an attainment of exactly 0).
 *
 * <p>The analysis works on any {@link TierCurve} value, also one that a
 * {@link org.blendscore.rubric.Rubric} would reject for its gaps or overlaps: {@link #of(TierCurve)}.
 *
 * @param edge which tier an attainment on an edge belongs to
 * @param tiers each tier's interval, in declaration order
 * @param gaps the attainments from 0 upwards that no tier claims, ascending
 * @param overlaps every pair of tiers claiming common attainments, in declaration order
 * @param emptyTiers the indexes of tiers whose interval holds no attainment, such as {@code [1.0, 0.8)}
 */
public record TierTableAnalysis(TierEdge edge, List<Interval> tiers, List<Interval> gaps, List<TierOverlap> overlaps,
                                List<Integer> emptyTiers) {

    /**
     * Copies the lists.
     *
     * @param edge which tier an attainment on an edge belongs to
     * @param tiers each tier's interval, in declaration order
     * @param gaps the attainments from 0 upwards that no tier claims, ascending
     * @param overlaps every pair of tiers claiming common attainments, in declaration order
     * @param emptyTiers the indexes of tiers whose interval holds no attainment, such as {@code [1.0, 0.8)}
     */
    public TierTableAnalysis {
        Objects.requireNonNull(edge, "edge");
        tiers = List.copyOf(tiers);
        gaps = List.copyOf(gaps);
        overlaps = List.copyOf(overlaps);
        emptyTiers = List.copyOf(emptyTiers);
    }

    /**
     * Analyses a tier table.
     *
     * @param curve the tier curve; any value, a rubric need not accept it
     * @return its tiers' intervals, gaps, overlaps and empty tiers
     */
    public static TierTableAnalysis of(TierCurve curve) {
        Objects.requireNonNull(curve, "curve");
        List<Interval> intervals = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < curve.tiers().size(); i++) {
            Interval interval = intervalOf(curve.tiers().get(i), curve.edge());
            intervals.add(interval);
            if (interval.isEmpty()) {
                empty.add(i);
            }
        }
        List<TierOverlap> overlaps = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            for (int j = i + 1; j < intervals.size(); j++) {
                int first = i;
                int second = j;
                intervals.get(i).intersection(intervals.get(j)).ifPresent(o -> overlaps.add(new TierOverlap(first, second, o)));
            }
        }
        return new TierTableAnalysis(curve.edge(), intervals, gaps(intervals), overlaps, empty);
    }

    /**
     * The interval of attainments one tier claims under an edge rule.
     *
     * @param tier a tier
     * @param edge which tier an attainment on an edge belongs to
     * @return the tier's interval
     */
    public static Interval intervalOf(Tier tier, TierEdge edge) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(edge, "edge");
        boolean lowClosed = edge == TierEdge.HIGHER || tier.from().signum() == 0;
        boolean highClosed = edge == TierEdge.LOWER && tier.to().isPresent();
        return new Interval(tier.from(), lowClosed, tier.to(), highClosed);
    }

    /**
     * Whether the table gives exactly one tier to every attainment from 0 upwards.
     *
     * @return true if there are no gaps, no overlaps and no empty tiers
     */
    public boolean isComplete() {
        return gaps.isEmpty() && overlaps.isEmpty() && emptyTiers.isEmpty();
    }

    /**
     * Sweeps the intervals from 0 upwards, in order of their lower bounds, and collects what none
     * covers. The frontier is the point up to which everything is covered: all values below
     * {@code frontier} are, and {@code frontier} itself is when {@code frontierCovered}.
     */
    private static List<Interval> gaps(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> !i.isEmpty())
                .sorted(Comparator.comparing(Interval::low).thenComparing(i -> !i.lowClosed())).toList();
        List<Interval> gaps = new ArrayList<>();
        BigDecimal frontier = BigDecimal.ZERO;
        boolean frontierCovered = false;
        for (Interval i : sorted) {
            int c = i.low().compareTo(frontier);
            if (c > 0 || (c == 0 && !frontierCovered && !i.lowClosed())) {
                gaps.add(new Interval(frontier, !frontierCovered, Optional.of(i.low()), !i.lowClosed()));
            }
            if (i.high().isEmpty()) {
                return gaps;
            }
            int h = i.high().get().compareTo(frontier);
            if (h > 0) {
                frontier = i.high().get();
                frontierCovered = i.highClosed();
            } else if (h == 0) {
                frontierCovered |= i.highClosed();
            }
        }
        gaps.add(new Interval(frontier, !frontierCovered, Optional.empty(), false));
        return gaps;
    }

    /** Renders the tiers, then the gaps, overlaps and empty tiers, one line each. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(AnalysisMessages.tiersHead(edge.name().toLowerCase(java.util.Locale.ROOT)));
        for (Interval t : tiers) {
            out.append(' ').append(t);
        }
        if (isComplete()) {
            out.append(AnalysisMessages.noGapsNoOverlaps());
        }
        for (Interval g : gaps) {
            out.append(AnalysisMessages.gapLine(g));
        }
        for (TierOverlap o : overlaps) {
            out.append(AnalysisMessages.overlapLine(o));
        }
        for (int e : emptyTiers) {
            out.append(AnalysisMessages.emptyTierLine(e, tiers.get(e)));
        }
        return out.toString();
    }
}
