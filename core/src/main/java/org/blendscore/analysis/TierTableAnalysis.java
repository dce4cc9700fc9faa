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
import java.util.TreeSet;
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
 */
public final class TierTableAnalysis {

    private final TierEdge edge;
    private final List<Interval> tiers;
    private final List<Interval> gaps;
    private final List<TierOverlap> overlaps;
    private final List<Integer> emptyTiers;

    /**
     * The most pairs of overlapping tiers {@link #of(TierCurve)} lists: n tiers can make n(n-1)/2 pairs,
     * and a table with any overlap is rejected anyway, so listing more would cost without telling more.
     */
    public static final int MAX_LISTED_OVERLAPS = 100;

    /**
     * Copies the lists.
     *
     * @param edge which tier an attainment on an edge belongs to
     * @param tiers each tier's interval, in declaration order
     * @param gaps the attainments from 0 upwards that no tier claims, ascending
     * @param overlaps the pairs of tiers claiming common attainments, in declaration order, at most
     *     {@value #MAX_LISTED_OVERLAPS} when computed by {@link #of(TierCurve)}
     * @param emptyTiers the indexes of tiers whose interval holds no attainment, such as {@code [1.0, 0.8)}
     */
    public TierTableAnalysis(TierEdge edge, List<Interval> tiers, List<Interval> gaps, List<TierOverlap> overlaps,
                             List<Integer> emptyTiers) {
        Objects.requireNonNull(edge, "edge");
        tiers = List.copyOf(tiers);
        gaps = List.copyOf(gaps);
        overlaps = List.copyOf(overlaps);
        emptyTiers = List.copyOf(emptyTiers);
        this.edge = edge;
        this.tiers = tiers;
        this.gaps = gaps;
        this.overlaps = overlaps;
        this.emptyTiers = emptyTiers;
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
        return new TierTableAnalysis(curve.edge(), intervals, gaps(intervals), overlaps(intervals), empty);
    }

    /**
     * The pairs of tiers that overlap, found by a sweep from 0 upwards in time n log n plus the pairs
     * found: the intervals in order of their lower bounds (closed before open at the same bound), and
     * the ones begun and not yet ended, by their upper bounds. An interval overlaps each one not yet
     * ended when it begins. At most {@value #MAX_LISTED_OVERLAPS} pairs, in declaration order.
     */
    private static List<TierOverlap> overlaps(List<Interval> intervals) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            if (!intervals.get(i).isEmpty()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> intervals.get(i).low()).thenComparing(i -> !intervals.get(i).lowClosed()));
        // begun and not ended, the earliest to end first (an open-ended interval never ends)
        TreeSet<Integer> open = new TreeSet<>(Comparator.comparing((Integer i) -> intervals.get(i).high(), TierTableAnalysis::compareHigh)
                .thenComparing(i -> intervals.get(i).highClosed()).thenComparing(i -> i));
        List<TierOverlap> found = new ArrayList<>();
        for (int j : order) {
            Interval next = intervals.get(j);
            while (!open.isEmpty() && endsBefore(intervals.get(open.first()), next)) {
                open.pollFirst();
            }
            for (int i : open) {
                if (found.size() == MAX_LISTED_OVERLAPS) {
                    return sorted(found);
                }
                int first = Math.min(i, j);
                int second = Math.max(i, j);
                intervals.get(first).intersection(intervals.get(second)).ifPresent(o -> found.add(new TierOverlap(first, second, o)));
            }
            open.add(j);
        }
        return sorted(found);
    }

    private static List<TierOverlap> sorted(List<TierOverlap> overlaps) {
        overlaps.sort(Comparator.comparingInt(TierOverlap::first).thenComparingInt(TierOverlap::second));
        return overlaps;
    }

    /** Upper bounds in order, no bound (open-ended) last. */
    private static int compareHigh(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        return a.get().compareTo(b.get());
    }

    /** Whether an interval ends before another, which begins no earlier, begins: then no later one overlaps it either. */
    private static boolean endsBefore(Interval earlier, Interval later) {
        if (earlier.high().isEmpty()) {
            return false;
        }
        int c = earlier.high().get().compareTo(later.low());
        return c < 0 || (c == 0 && !(earlier.highClosed() && later.lowClosed()));
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

    /**
     * Returns which tier an attainment on an edge belongs to.
     *
     * @return which tier an attainment on an edge belongs to
     */
    public TierEdge edge() {
        return edge;
    }

    /**
     * Returns each tier's interval, in declaration order.
     *
     * @return each tier's interval, in declaration order
     */
    public List<Interval> tiers() {
        return tiers;
    }

    /**
     * Returns the attainments from 0 upwards that no tier claims, ascending.
     *
     * @return the attainments from 0 upwards that no tier claims, ascending
     */
    public List<Interval> gaps() {
        return gaps;
    }

    /**
     * Returns the pairs of tiers claiming common attainments, in declaration order: every pair, or when more than {@value #MAX_LISTED_OVERLAPS} overlap, that many of them (the ones found first from 0 upwards).
     *
     * @return the pairs of tiers claiming common attainments, in declaration order: every pair, or when more than {@value #MAX_LISTED_OVERLAPS} overlap, that many of them (the ones found first from 0 upwards)
     */
    public List<TierOverlap> overlaps() {
        return overlaps;
    }

    /**
     * Returns the indexes of tiers whose interval holds no attainment, such as {@code [1.0, 0.8)}.
     *
     * @return the indexes of tiers whose interval holds no attainment, such as {@code [1.0, 0.8)}
     */
    public List<Integer> emptyTiers() {
        return emptyTiers;
    }

    /** Equal to another TierTableAnalysis whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TierTableAnalysis other
                && Objects.equals(edge, other.edge)
                && Objects.equals(tiers, other.tiers)
                && Objects.equals(gaps, other.gaps)
                && Objects.equals(overlaps, other.overlaps)
                && Objects.equals(emptyTiers, other.emptyTiers);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(edge, tiers, gaps, overlaps, emptyTiers);
    }
}
