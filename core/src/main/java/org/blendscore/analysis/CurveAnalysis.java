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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;

/**
 * What a curve does, computed exactly from the curve alone: whether its points never fall as
 * attainment rises, its points on either side of every breakpoint, gate and tier edge, its lowest
 * and highest points, and for a tier curve the gaps and overlaps of its table.
 *
 * <p>The curve's points are its own {@link Curve#pointsAt}, which the scorer follows too: a
 * {@link LinearCurve} interpolates linearly between breakpoints, stays at the first breakpoint's points below it, scores 0 strictly below its gate,
 * and above the last breakpoint stays flat when capped or continues the last segment's slope when
 * not. A {@link TierCurve} scores each tier's points; its edges and limits assume a complete table
 * (check {@link #tierTable()}: with gaps or overlaps the table does not say what an attainment scores).
 */
public final class CurveAnalysis {

    private final List<CurveDrop> drops;
    private final List<CurveEdge> edges;
    private final Optional<Fraction> minPoints;
    private final Optional<Fraction> maxPoints;
    private final Optional<TierTableAnalysis> tierTable;

    /**
     * Copies the lists.
     *
     * @param drops every place where the points fall as attainment rises; empty when the curve is non-decreasing
     * @param edges the points on either side of every breakpoint, gate and tier edge, ascending by attainment
     * @param minPoints the lowest points over every attainment from 0 upwards, or empty if the points fall without bound
     * @param maxPoints the highest points, or empty if they rise without bound (an uncapped, rising last segment)
     * @param tierTable for a tier curve, its gaps and overlaps; empty for a linear curve
     */
    public CurveAnalysis(List<CurveDrop> drops, List<CurveEdge> edges, Optional<Fraction> minPoints,
                         Optional<Fraction> maxPoints, Optional<TierTableAnalysis> tierTable) {
        drops = List.copyOf(drops);
        edges = List.copyOf(edges);
        Objects.requireNonNull(minPoints, "minPoints");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(tierTable, "tierTable");
        this.drops = drops;
        this.edges = edges;
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
        this.tierTable = tierTable;
    }

    /**
     * Analyses a curve.
     *
     * @param curve a linear or tier curve
     * @return the analysis
     * @throws IllegalArgumentException if a linear curve has fewer than two breakpoints or attainments
     *     that do not strictly increase, or a tier curve has no tier (a rubric rejects these too)
     */
    public static CurveAnalysis of(Curve curve) {
        Objects.requireNonNull(curve, "curve");
        if (curve instanceof LinearCurve lc) {
            return linear(lc);
        }
        return tiers((TierCurve) curve);
    }

    /**
     * Whether the points never fall as attainment rises.
     *
     * @return true if there are no drops
     */
    public boolean nonDecreasing() {
        return drops.isEmpty();
    }

    /**
     * The range of points, highest minus lowest.
     *
     * @return the range, or empty if the curve is unbounded
     */
    public Optional<Fraction> pointsRange() {
        return minPoints.isPresent() && maxPoints.isPresent()
                ? Optional.of(maxPoints.get().subtract(minPoints.get())) : Optional.empty();
    }

    private static CurveAnalysis linear(LinearCurve c) {
        List<Breakpoint> bps = c.breakpoints();
        if (bps.size() < 2) {
            throw new IllegalArgumentException(AnalysisMessages.tooFewBreakpoints(bps.size()));
        }
        for (int i = 1; i < bps.size(); i++) {
            if (bps.get(i).attainment().compareTo(bps.get(i - 1).attainment()) <= 0) {
                throw new IllegalArgumentException(AnalysisMessages.breakpointNotIncreasing(i, bps.get(i).attainment(),
                        bps.get(i - 1).attainment()));
            }
        }
        int last = bps.size() - 1;

        List<CurveDrop> drops = new ArrayList<>();
        for (int i = 1; i < bps.size(); i++) {
            Breakpoint a = bps.get(i - 1);
            Breakpoint b = bps.get(i);
            if (b.points().compareTo(a.points()) < 0) {
                boolean tail = i == last && !c.capped();
                drops.add(new CurveDrop(AnalysisMessages.dropBetweenBreakpoints(i - 1, a.attainment(), i, b.attainment(), tail),
                        Fraction.of(a.points()), Fraction.of(b.points())));
            }
        }

        Optional<Fraction> gate = c.gate().map(Fraction::of);
        TreeMap<BigDecimal, CliffKind> places = new TreeMap<>();
        for (Breakpoint b : bps) {
            places.put(b.attainment(), CliffKind.BREAKPOINT);
        }
        c.gate().ifPresent(gv -> places.put(gv, CliffKind.GATE));
        // a breakpoint's points, by attainment: the curve at a breakpoint (at or above the gate) is its points,
        // so only the gate, when it is no breakpoint, needs the curve evaluated (one search, not one per place)
        Map<BigDecimal, Fraction> atBreakpoints = new TreeMap<>();
        for (Breakpoint b : bps) {
            atBreakpoints.put(b.attainment(), Fraction.of(b.points()));
        }
        List<CurveEdge> edges = new ArrayList<>();
        places.forEach((at, kind) -> {
            Fraction x = Fraction.of(at);
            Fraction onBreakpoint = atBreakpoints.get(at);
            boolean belowGate = gate.isPresent() && x.compareTo(gate.get()) < 0;
            // the curve is continuous but at its gate, where the points just below are 0
            Fraction above = belowGate ? Fraction.ZERO : onBreakpoint != null ? onBreakpoint : c.pointsAt(x);
            Fraction below = x.signum() > 0 && gate.isPresent() && x.compareTo(gate.get()) <= 0 ? Fraction.ZERO : above;
            edges.add(new CurveEdge(kind, at, below, above));
            if (kind == CliffKind.GATE && above.compareTo(below) < 0) {
                // only with negative points, which a rubric rejects
                drops.add(new CurveDrop(AnalysisMessages.dropAtGate(at), below, above));
            }
        });

        // the extremes of a piecewise-linear function lie at its breakpoints, the gate, or at infinity
        Fraction start = gate.map(gv -> gv.max(Fraction.ZERO)).orElse(Fraction.ZERO);
        List<Fraction> candidates = new ArrayList<>();
        if (start.signum() > 0) {
            candidates.add(Fraction.ZERO);
        }
        candidates.add(c.pointsAt(start));
        for (Breakpoint b : bps) {
            Fraction at = Fraction.of(b.attainment());
            if (at.compareTo(start) >= 0) {
                // at or above the start, so not below the gate: the curve there is the breakpoint's points
                candidates.add(atBreakpoints.get(b.attainment()));
            }
        }
        int tailSlope = c.capped() ? 0 : bps.get(last).points().compareTo(bps.get(last - 1).points());
        Optional<Fraction> min = tailSlope < 0 ? Optional.empty()
                : candidates.stream().min(Comparator.naturalOrder());
        Optional<Fraction> max = tailSlope > 0 ? Optional.empty()
                : candidates.stream().max(Comparator.naturalOrder());
        return new CurveAnalysis(drops, edges, min, max, Optional.empty());
    }

    private static CurveAnalysis tiers(TierCurve c) {
        if (c.tiers().isEmpty()) {
            throw new IllegalArgumentException(AnalysisMessages.noTiers());
        }
        TierTableAnalysis table = TierTableAnalysis.of(c);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.tiers().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> c.tiers().get(i).from()));
        List<CurveDrop> drops = new ArrayList<>();
        List<CurveEdge> edges = new ArrayList<>();
        for (int k = 1; k < order.size(); k++) {
            int i = order.get(k - 1);
            int j = order.get(k);
            Tier lower = c.tiers().get(i);
            Tier higher = c.tiers().get(j);
            if (higher.points().compareTo(lower.points()) < 0) {
                drops.add(new CurveDrop(AnalysisMessages.dropBetweenTiers(i, table.tiers().get(i), j, table.tiers().get(j)),
                        Fraction.of(lower.points()), Fraction.of(higher.points())));
            }
            if (higher.from().signum() > 0) {
                edges.add(new CurveEdge(CliffKind.TIER_EDGE, higher.from(), Fraction.of(lower.points()),
                        Fraction.of(higher.points())));
            }
        }
        Optional<Fraction> min = c.tiers().stream().map(t -> Fraction.of(t.points())).min(Comparator.naturalOrder());
        Optional<Fraction> max = c.tiers().stream().map(t -> Fraction.of(t.points())).max(Comparator.naturalOrder());
        return new CurveAnalysis(drops, edges, min, max, Optional.of(table));
    }

    /**
     * Returns every place where the points fall as attainment rises; empty when the curve is non-decreasing.
     *
     * @return every place where the points fall as attainment rises; empty when the curve is non-decreasing
     */
    public List<CurveDrop> drops() {
        return drops;
    }

    /**
     * Returns the points on either side of every breakpoint, gate and tier edge, ascending by attainment.
     *
     * @return the points on either side of every breakpoint, gate and tier edge, ascending by attainment
     */
    public List<CurveEdge> edges() {
        return edges;
    }

    /**
     * Returns the lowest points over every attainment from 0 upwards, or empty if the points fall without bound.
     *
     * @return the lowest points over every attainment from 0 upwards, or empty if the points fall without bound
     */
    public Optional<Fraction> minPoints() {
        return minPoints;
    }

    /**
     * Returns the highest points, or empty if they rise without bound (an uncapped, rising last segment).
     *
     * @return the highest points, or empty if they rise without bound (an uncapped, rising last segment)
     */
    public Optional<Fraction> maxPoints() {
        return maxPoints;
    }

    /**
     * Returns for a tier curve, its gaps and overlaps; empty for a linear curve.
     *
     * @return for a tier curve, its gaps and overlaps; empty for a linear curve
     */
    public Optional<TierTableAnalysis> tierTable() {
        return tierTable;
    }

    /** Equal to another CurveAnalysis whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CurveAnalysis other
                && Objects.equals(drops, other.drops)
                && Objects.equals(edges, other.edges)
                && Objects.equals(minPoints, other.minPoints)
                && Objects.equals(maxPoints, other.maxPoints)
                && Objects.equals(tierTable, other.tierTable);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(drops, edges, minPoints, maxPoints, tierTable);
    }

    /** The parts, as {@code CurveAnalysis[part=value, ...]}. */
    @Override
    public String toString() {
        return "CurveAnalysis[drops=" + drops
                + ", edges=" + edges
                + ", minPoints=" + minPoints
                + ", maxPoints=" + maxPoints
                + ", tierTable=" + tierTable
                + "]";
    }
}
