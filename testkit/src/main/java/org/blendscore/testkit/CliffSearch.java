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
package org.blendscore.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;

/**
 * Looks for a jump of the overall above the limit as one quota actual changes, by bisection: an
 * interval of actuals whose ends differ by more than the limit holds a jump that large or a
 * steep enough rise; halving it, keeping the half that differs more, tells them apart. A jump
 * survives down to the smallest interval (a ten-thousandth of a millionth of the target, or one
 * for counts, where the neighbouring steps show how much of the difference is slope).
 */
final class CliffSearch {
    private final Function<Evidence, Review> scoring;
    private final Evidence evidence;
    private final QuotaMeasure q;
    private final BigDecimal limit;
    private final SplittableRandom random;
    private final boolean count;
    private final BigDecimal tolerance;

    /**
     * A search on one piece of evidence.
     *
     * @param scoring the function under check
     * @param scale the rubric's result decimal places
     * @param evidence the evidence, with every measure at its nominal share
     * @param q the quota measure whose actual changes
     * @param limit the largest jump allowed, in overall points
     * @param random the source of the interval to search
     */
    CliffSearch(Function<Evidence, Review> scoring, int scale, Evidence evidence, QuotaMeasure q, BigDecimal limit,
                SplittableRandom random) {
        this.scoring = scoring;
        this.evidence = evidence;
        this.q = q;
        this.limit = limit;
        this.random = random;
        this.count = q.target().kind() == QuantityKind.COUNT;
        // two overalls each rounded at the rubric's scale differ by up to one unit more than exactly
        this.tolerance = BigDecimal.ONE.movePointLeft(scale);
    }

    private Review score(Evidence e, String what) {
        return Probes.Scored.score(scoring, e, what);
    }

    private BigDecimal overall(BigDecimal actual) {
        return score(at(actual), "scoring " + q.id() + " at " + Decimals.plain(actual)).overall();
    }

    private Evidence at(BigDecimal actual) {
        return Edits.withActual(evidence, q.id(), Decimals.normal(actual));
    }

    Optional<Violation> run() {
        BigDecimal t = EvidenceGenerator.wholeTarget(q, evidence.factors());
        boolean higher = q.direction() == Direction.HIGHER_IS_BETTER;
        List<BigDecimal> edges = EvidenceGenerator.edges(q.curve()).stream().filter(x -> higher || x.signum() > 0).toList();
        BigDecimal a;
        BigDecimal b;
        if (!edges.isEmpty() && EvidenceGenerator.chance(random, 60)) {
            BigDecimal edge = EvidenceGenerator.pick(random, edges);
            BigDecimal centre = higher ? t.multiply(edge) : t.divide(edge, MathContext.DECIMAL64);
            BigDecimal half = t.multiply(BigDecimal.valueOf(EvidenceGenerator.between(random, 1, 10), 2));
            a = centre.subtract(half).max(BigDecimal.ZERO);
            b = centre.add(half);
        } else {
            a = t.multiply(BigDecimal.valueOf(EvidenceGenerator.between(random, 0, 200), 2));
            b = a.add(t.multiply(BigDecimal.valueOf(EvidenceGenerator.between(random, 1, 100), 2)));
        }
        if (count) {
            a = a.setScale(0, RoundingMode.FLOOR);
            b = b.setScale(0, RoundingMode.CEILING).max(a.add(BigDecimal.ONE));
        } else {
            a = a.setScale(Math.min(a.scale(), 12), RoundingMode.FLOOR);
            b = b.setScale(Math.min(b.scale(), 12), RoundingMode.CEILING);
        }
        BigDecimal smallest = count ? BigDecimal.ONE : t.movePointLeft(12);
        // evidence carries at most 20 decimal places (NumberLimits); halve to one place finer than the smallest interval
        int places = count ? 0 : Math.min(20, Math.max(0, smallest.stripTrailingZeros().scale() + 1));
        BigDecimal fa = overall(a);
        BigDecimal fb = overall(b);
        BigDecimal allowed = limit.add(tolerance);
        if (fb.subtract(fa).abs().compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        for (int guard = 0; guard < 200 && b.subtract(a).compareTo(smallest) > 0; guard++) {
            BigDecimal m = a.add(b).divide(BigDecimal.valueOf(2), places, RoundingMode.FLOOR);
            if (m.compareTo(a) <= 0 || m.compareTo(b) >= 0) {
                break;
            }
            BigDecimal fm = overall(m);
            BigDecimal left = fm.subtract(fa).abs();
            BigDecimal right = fb.subtract(fm).abs();
            if (left.max(right).compareTo(allowed) <= 0) {
                return Optional.empty();
            }
            if (left.compareTo(right) >= 0) {
                b = m;
                fb = fm;
            } else {
                a = m;
                fa = fm;
            }
        }
        BigDecimal jump = fb.subtract(fa).abs();
        if (count) {
            // over one count, part of the difference is the curve's slope: take away the larger neighbouring step
            BigDecimal below = a.signum() > 0 ? fa.subtract(overall(a.subtract(BigDecimal.ONE))).abs() : BigDecimal.ZERO;
            BigDecimal above = overall(b.add(BigDecimal.ONE)).subtract(fb).abs();
            if (jump.subtract(below.max(above)).compareTo(allowed.add(tolerance)) <= 0
                    || jump.subtract(slopeAllowance(a, b)).compareTo(allowed.add(tolerance)) <= 0) {
                return Optional.empty();
            }
            // one count is not an arbitrarily small change where it crosses several edges of the curve (a small
            // target to date, early in an interim review): each edge may jump by the limit
            int crossed = edgesCrossed(a, b);
            if (crossed > 1 && jump.compareTo(allowed.multiply(BigDecimal.valueOf(crossed)).add(tolerance)) <= 0) {
                return Optional.empty();
            }
        } else if (jump.compareTo(allowed) <= 0) {
            return Optional.empty();
        }
        BigDecimal[] ends = rounded(a, b, fa, fb);
        return Optional.of(Violation.of("the actual of " + q.id() + " from " + Decimals.grouped(ends[0]) + " to "
                + Decimals.grouped(ends[1]) + " (a change of " + Decimals.plain(ends[1].subtract(ends[0])) + ") moves the overall from "
                + fa.toPlainString() + " to " + fb.toPlainString() + ", a jump of " + fb.subtract(fa).abs().toPlainString()
                + " overall points above the limit of " + Decimals.plain(limit), at(ends[0]), at(ends[1])));
    }

    /**
     * How far a continuous curve can move the overall between two whole-number actuals: the steepest
     * slope of the curve's segments between the two attainments, times the change of attainment,
     * times the measure's share of the overall. A short steep segment between two breakpoints can
     * lie within a few counts, where the neighbouring steps cross a breakpoint and do not show its
     * slope; a jump within this allowance is slope, not a cliff. Zero for a tier curve (flat between
     * edges) and when an attainment is not shown.
     */
    private BigDecimal slopeAllowance(BigDecimal a, BigDecimal b) {
        if (!(q.curve() instanceof LinearCurve lc)) {
            return BigDecimal.ZERO;
        }
        MeasureResult ma = score(at(a), "scoring " + q.id() + " at " + Decimals.plain(a)).measure(q.id()).orElseThrow();
        MeasureResult mb = score(at(b), "scoring " + q.id() + " at " + Decimals.plain(b)).measure(q.id()).orElseThrow();
        if (!(ma.input() instanceof QuotaInput qa) || !(mb.input() instanceof QuotaInput qb)
                || qa.attainment().isEmpty() || qb.attainment().isEmpty()) {
            return BigDecimal.ZERO;
        }
        // attainments are shown at 6 places: widen by one unit there
        BigDecimal unit = BigDecimal.ONE.movePointLeft(6);
        BigDecimal lo = qa.attainment().get().min(qb.attainment().get()).subtract(unit);
        BigDecimal hi = qa.attainment().get().max(qb.attainment().get()).add(unit);
        List<Breakpoint> bps = lc.breakpoints();
        BigDecimal steepest = BigDecimal.ZERO;
        for (int i = 0; i + 1 < bps.size(); i++) {
            BigDecimal x0 = bps.get(i).attainment();
            BigDecimal x1 = bps.get(i + 1).attainment();
            boolean last = i + 2 == bps.size();
            boolean overlaps = hi.compareTo(x0) >= 0 && (lo.compareTo(x1) <= 0 || (last && !lc.capped()));
            if (overlaps && x1.compareTo(x0) > 0) {
                BigDecimal slope = bps.get(i + 1).points().subtract(bps.get(i).points()).abs()
                        .divide(x1.subtract(x0), MathContext.DECIMAL64);
                steepest = steepest.max(slope);
            }
        }
        // the share is a percentage at 4 places: widen by one unit there, and the slope by a millionth
        BigDecimal share = ma.effectiveWeight().max(mb.effectiveWeight()).add(BigDecimal.ONE.movePointLeft(4))
                .movePointLeft(2);
        return steepest.multiply(hi.subtract(lo)).multiply(share).multiply(new BigDecimal("1.000001"));
    }

    /**
     * How many edges of the curve (breakpoints, the gate, tier edges) lie between the attainments of two
     * whole-number actuals, inclusive, widened by the 6 places an attainment is shown at; 1 when an
     * attainment is not shown.
     */
    private int edgesCrossed(BigDecimal a, BigDecimal b) {
        MeasureResult ma = score(at(a), "scoring " + q.id() + " at " + Decimals.plain(a)).measure(q.id()).orElseThrow();
        MeasureResult mb = score(at(b), "scoring " + q.id() + " at " + Decimals.plain(b)).measure(q.id()).orElseThrow();
        if (!(ma.input() instanceof QuotaInput qa) || !(mb.input() instanceof QuotaInput qb)
                || qa.attainment().isEmpty() || qb.attainment().isEmpty()) {
            return 1;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(6);
        BigDecimal lo = qa.attainment().get().min(qb.attainment().get()).subtract(unit);
        BigDecimal hi = qa.attainment().get().max(qb.attainment().get()).add(unit);
        int crossed = 0;
        for (BigDecimal edge : EvidenceGenerator.edges(q.curve())) {
            if (edge.compareTo(lo) >= 0 && edge.compareTo(hi) <= 0) {
                crossed++;
            }
        }
        return Math.max(1, crossed);
    }

    /** The ends with as few decimals as keep their overalls, for a readable counterexample. */
    private BigDecimal[] rounded(BigDecimal a, BigDecimal b, BigDecimal fa, BigDecimal fb) {
        if (count) {
            return new BigDecimal[] {a, b};
        }
        for (int places = 0; places <= Math.max(a.scale(), b.scale()); places++) {
            for (RoundingMode mode : List.of(RoundingMode.HALF_EVEN, RoundingMode.FLOOR)) {
                BigDecimal ra = a.setScale(places, mode);
                if (overall(ra).compareTo(fa) != 0) {
                    continue;
                }
                for (RoundingMode up : List.of(RoundingMode.HALF_EVEN, RoundingMode.CEILING)) {
                    BigDecimal rb = b.setScale(places, up);
                    if (ra.compareTo(rb) < 0 && overall(rb).compareTo(fb) == 0) {
                        return new BigDecimal[] {ra, rb};
                    }
                }
            }
        }
        return new BigDecimal[] {a, b};
    }
}
