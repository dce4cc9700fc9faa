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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * An independent, deliberately plain recomputation of a review's numbers from the rules as the
 * reference scenarios and the model's Javadoc state them, in exact fractions of BigIntegers, with its
 * own half-even rounding. It shares no code with the scorer, so the property tests can hold the
 * scorer's numbers against it.
 */
final class ExactReference {

    private ExactReference() {
    }

    /** An exact fraction in lowest terms with a positive denominator. */
    record Q(BigInteger num, BigInteger den) implements Comparable<Q> {

        static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
        static final Q HUNDRED = new Q(BigInteger.valueOf(100), BigInteger.ONE);

        Q {
            if (den.signum() == 0) {
                throw new ArithmeticException("zero denominator");
            }
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Q of(BigDecimal d) {
            return d.scale() >= 0 ? new Q(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                    : new Q(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
        }

        static Q of(long n) {
            return new Q(BigInteger.valueOf(n), BigInteger.ONE);
        }

        Q plus(Q o) {
            return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Q minus(Q o) {
            return plus(new Q(o.num.negate(), o.den));
        }

        Q times(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den));
        }

        Q over(Q o) {
            return new Q(num.multiply(o.den), den.multiply(o.num));
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        @Override
        public int compareTo(Q o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        /** Rounds half-even to {@code scale} places, by integer division of the scaled numerator. */
        BigDecimal round(int scale) {
            BigInteger scaled = num.multiply(BigInteger.TEN.pow(scale));
            BigInteger[] qr = scaled.divideAndRemainder(den);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                // floor for negative values
                q = q.subtract(BigInteger.ONE);
                r = r.add(den);
            }
            int twice = r.shiftLeft(1).compareTo(den);
            if (twice > 0 || (twice == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return new BigDecimal(q, scale);
        }
    }

    /** What the reference expects of a review. */
    record Expected(BigDecimal overall, Optional<String> band, Optional<String> bandBeforeGuards,
                    Map<String, Optional<BigDecimal>> points, Map<String, Optional<BigDecimal>> sectionScores,
                    Map<String, Q> exactContributions, Q exactOverall, Q coverage) {
    }

    static Expected of(Rubric rubric, Evidence evidence) {
        MissingEvidencePolicy policy = rubric.missingEvidence();
        int scale = rubric.scale();
        Map<String, Q> points = new LinkedHashMap<>();
        // coverage: each measure's nominal share (section share x share in section), in full for a measure
        // scored from evidence, by its sources with enough usable ratings for a rating measure
        Q coverage = Q.ZERO;
        Q sectionSum = Q.ZERO;
        for (Section s : rubric.sections()) {
            sectionSum = sectionSum.plus(Q.of(s.weight()));
        }
        for (Section s : rubric.sections()) {
            Q measureSum = Q.ZERO;
            for (Measure m : s.measures()) {
                measureSum = measureSum.plus(Q.of(m.weight()));
            }
            for (Measure m : s.measures()) {
                Q p = points(m, evidence, rubric.effective(), policy);
                Q nominal = Q.of(s.weight()).over(sectionSum).times(Q.of(m.weight()).over(measureSum));
                if (p != null) {
                    coverage = coverage.plus(nominal.times(m instanceof RatingMeasure r ? usableShare(r, evidence) : Q.of(1)));
                }
                if (p == null && policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    p = Q.ZERO;
                }
                points.put(m.id(), p);
            }
        }
        Q includedSectionWeight = Q.ZERO;
        Map<String, Q> sectionScore = new LinkedHashMap<>();
        for (Section s : rubric.sections()) {
            Q weights = Q.ZERO;
            Q weighted = Q.ZERO;
            for (Measure m : s.measures()) {
                Q p = points.get(m.id());
                if (p != null) {
                    weights = weights.plus(Q.of(m.weight()));
                    weighted = weighted.plus(Q.of(m.weight()).times(p));
                }
            }
            if (!weights.isZero()) {
                sectionScore.put(s.name(), weighted.over(weights));
                includedSectionWeight = includedSectionWeight.plus(Q.of(s.weight()));
            }
        }
        if (includedSectionWeight.isZero()) {
            throw new IllegalStateException("nothing to score; the generator should have prevented this");
        }
        Q overall = Q.ZERO;
        Map<String, Q> contributions = new LinkedHashMap<>();
        for (Section s : rubric.sections()) {
            Q score = sectionScore.get(s.name());
            Q sectionShare = score == null ? Q.ZERO : Q.of(s.weight()).over(includedSectionWeight);
            if (score != null) {
                overall = overall.plus(sectionShare.times(score));
            }
            Q weights = Q.ZERO;
            for (Measure m : s.measures()) {
                if (points.get(m.id()) != null) {
                    weights = weights.plus(Q.of(m.weight()));
                }
            }
            for (Measure m : s.measures()) {
                Q p = points.get(m.id());
                contributions.put(m.id(), p == null ? Q.ZERO : sectionShare.times(Q.of(m.weight()).over(weights)).times(p));
            }
        }
        BigDecimal rounded = overall.round(scale);

        Map<String, Optional<BigDecimal>> shownPoints = new LinkedHashMap<>();
        points.forEach((id, p) -> shownPoints.put(id, Optional.ofNullable(p).map(x -> x.round(scale))));
        Map<String, Optional<BigDecimal>> shownSections = new LinkedHashMap<>();
        for (Section s : rubric.sections()) {
            shownSections.put(s.name(), Optional.ofNullable(sectionScore.get(s.name())).map(x -> x.round(scale)));
        }

        List<Band> bands = rubric.bands();
        int raw = bands.size() - 1;
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (rounded.compareTo(bands.get(i).lowerBound()) >= 0) {
                raw = i;
            }
        }
        int band = raw;
        for (BandGuard g : rubric.guards()) {
            ScoreCondition c = g.condition();
            Optional<BigDecimal> shown = c.scope() == ScoreCondition.Scope.SECTION ? shownSections.get(c.ref()) : shownPoints.get(c.ref());
            // a guard that cannot be evaluated fails closed (caps as if it held) unless it fails open
            if (shown.isPresent() ? holds(shown.get(), c) : !g.failOpen()) {
                for (int i = 0; i < bands.size(); i++) {
                    if (bands.get(i).label().equals(g.capAt())) {
                        band = Math.max(band, i);
                    }
                }
            }
        }
        // below the least coverage: no band (these rubrics do not declare a provisional one)
        boolean complete = coverage.compareTo(Q.of(rubric.bandRules().leastCoverage()).over(Q.of(100))) >= 0;
        Optional<String> before = band == raw ? Optional.empty() : Optional.of(bands.get(raw).label());
        return new Expected(rounded, complete ? Optional.of(bands.get(band).label()) : Optional.empty(),
                complete ? before : Optional.empty(), shownPoints, shownSections, contributions, overall, coverage);
    }

    /** The share of a rating measure's source weight whose sources have their minimum of usable ratings. */
    private static Q usableShare(RatingMeasure m, Evidence evidence) {
        MeasureEvidence e = evidence.measures().get(m.id());
        List<Rating> ratings = e == null ? List.of() : ((Ratings) e).ratings();
        Q all = Q.ZERO;
        Q usable = Q.ZERO;
        for (RatingSource s : m.sources()) {
            long n = ratings.stream().filter(r -> r.source().equals(s.name()) && r.value().isPresent()).count();
            all = all.plus(Q.of(s.weight()));
            usable = n >= s.minRatings() ? usable.plus(Q.of(s.weight())) : usable;
        }
        return usable.over(all);
    }

    private static boolean holds(BigDecimal score, ScoreCondition c) {
        int cmp = score.compareTo(c.threshold());
        return switch (c.comparison()) {
            case BELOW -> cmp < 0;
            case AT_MOST -> cmp <= 0;
            case AT_LEAST -> cmp >= 0;
            case ABOVE -> cmp > 0;
        };
    }

    /** The exact points of a measure, or null when it has no usable evidence. */
    static Q points(Measure m, Evidence evidence, DateRange effective, MissingEvidencePolicy policy) {
        MeasureEvidence e = evidence.measures().get(m.id());
        if (e == null && !(m instanceof RatingMeasure)) {
            return null;
        }
        if (m instanceof QuotaMeasure q) {
            return quota(q, Q.of(((QuotaActual) e).actual()), timeShare(q, evidence, effective));
        }
        if (m instanceof MilestoneMeasure ms) {
            return milestones(ms, (MilestonesReached) e);
        }
        return rating((RatingMeasure) m, e == null ? List.of() : ((Ratings) e).ratings(), policy);
    }

    /**
     * The share of the base target that the review period calls for, under the default target rules
     * (no factors, ramp or seasonality; the subject in the role all along): the period's calendar days
     * over the rubric's, except for rate targets, which are not spread over time.
     */
    private static Q timeShare(QuotaMeasure q, Evidence evidence, DateRange effective) {
        if (q.target().kind() == QuantityKind.RATE) {
            return Q.of(1);
        }
        return Q.of(evidence.period().days()).over(Q.of(effective.days()));
    }

    private static Q quota(QuotaMeasure q, Q actual, Q timeShare) {
        Q target = Q.of(q.target().value()).times(timeShare);
        // null stands for an attainment without bound: lower is better and the actual is 0
        Q a = q.direction() == Direction.HIGHER_IS_BETTER ? actual.over(target) : actual.isZero() ? null : target.over(actual);
        if (q.curve() instanceof LinearCurve lc) {
            return linear(lc, a);
        }
        return tiers((TierCurve) q.curve(), a);
    }

    private static Q linear(LinearCurve c, Q a) {
        List<Breakpoint> bps = c.breakpoints();
        Breakpoint first = bps.get(0);
        Breakpoint last = bps.get(bps.size() - 1);
        if (a == null) {
            return Q.of(last.points());
        }
        if (c.gate().isPresent() && a.compareTo(Q.of(c.gate().get())) < 0) {
            return Q.ZERO;
        }
        if (a.compareTo(Q.of(first.attainment())) <= 0) {
            return Q.of(first.points());
        }
        if (a.compareTo(Q.of(last.attainment())) >= 0 && c.capped()) {
            return Q.of(last.points());
        }
        // the segment a falls in, or the last one, extended, beyond the last breakpoint
        int seg = bps.size() - 2;
        for (int i = bps.size() - 2; i >= 0; i--) {
            if (a.compareTo(Q.of(bps.get(i + 1).attainment())) <= 0) {
                seg = i;
            }
        }
        Q x0 = Q.of(bps.get(seg).attainment());
        Q x1 = Q.of(bps.get(seg + 1).attainment());
        Q y0 = Q.of(bps.get(seg).points());
        Q y1 = Q.of(bps.get(seg + 1).points());
        return y0.plus(a.minus(x0).times(y1.minus(y0)).over(x1.minus(x0)));
    }

    private static Q tiers(TierCurve c, Q a) {
        List<Tier> tiers = c.tiers();
        if (a == null) {
            return Q.of(tiers.get(tiers.size() - 1).points());
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            Q from = Q.of(t.from());
            Optional<Q> to = t.to().map(Q::of);
            boolean inside;
            if (c.edge() == TierEdge.HIGHER) {
                // [from, to)
                inside = a.compareTo(from) >= 0 && to.map(x -> a.compareTo(x) < 0).orElse(true);
            } else {
                // (from, to], the first tier closed at 0
                inside = (i == 0 ? a.compareTo(from) >= 0 : a.compareTo(from) > 0) && to.map(x -> a.compareTo(x) <= 0).orElse(true);
            }
            if (inside) {
                return Q.of(t.points());
            }
        }
        throw new IllegalStateException("attainment in no tier");
    }

    private static Q milestones(MilestoneMeasure m, MilestonesReached r) {
        Q total = Q.ZERO;
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof Milestone ms && r.reached().contains(ms.id())) {
                total = total.plus(Q.of(ms.points()));
            } else if (rule instanceof StageLadder ladder) {
                for (int i = ladder.stages().size() - 1; i >= 0; i--) {
                    if (r.reached().contains(ladder.stages().get(i).id())) {
                        total = total.plus(Q.of(ladder.stages().get(i).points()));
                        break;
                    }
                }
            } else if (rule instanceof CountedMilestone cm) {
                int count = Math.min(r.counts().getOrDefault(cm.id(), 0), cm.target());
                total = total.plus(Q.of(cm.points()).times(Q.of(count)).over(Q.of(cm.target())));
            }
        }
        return m.capAt100() && total.compareTo(Q.HUNDRED) > 0 ? Q.HUNDRED : total;
    }

    private static Q rating(RatingMeasure m, List<Rating> ratings, MissingEvidencePolicy policy) {
        Q weighted = Q.ZERO;
        Q weights = Q.ZERO;
        boolean anyCounted = false;
        for (RatingSource s : m.sources()) {
            List<Q> values = new ArrayList<>();
            for (Rating r : ratings) {
                if (r.source().equals(s.name()) && r.value().isPresent()) {
                    values.add(Q.of(r.value().get()));
                }
            }
            if (values.size() >= s.minRatings()) {
                anyCounted = true;
                weights = weights.plus(Q.of(s.weight()));
                weighted = weighted.plus(Q.of(s.weight()).times(scalePoints(m.scale(), aggregate(values, m.aggregation()))));
            } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                weights = weights.plus(Q.of(s.weight()));
            }
        }
        return anyCounted ? weighted.over(weights) : null;
    }

    private static Q aggregate(List<Q> values, Aggregation aggregation) {
        List<Q> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (aggregation == Aggregation.MEDIAN) {
            return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).over(Q.of(2));
        }
        Q sum = Q.ZERO;
        for (Q v : sorted) {
            sum = sum.plus(v);
        }
        return sum.over(Q.of(n));
    }

    /** A level's points (its override, or the linear map of the scale onto 0..100), interpolated between levels. */
    private static Q scalePoints(RatingScale scale, Q value) {
        List<ScaleLevel> levels = scale.levels();
        Q min = Q.of(scale.min());
        Q span = Q.of(scale.max()).minus(min);
        List<Q> at = new ArrayList<>();
        List<Q> pts = new ArrayList<>();
        for (ScaleLevel l : levels) {
            at.add(Q.of(l.value()));
            pts.add(l.points().map(Q::of).orElse(Q.of(l.value()).minus(min).over(span).times(Q.HUNDRED)));
        }
        for (int i = 0; i < at.size(); i++) {
            if (value.compareTo(at.get(i)) == 0) {
                return pts.get(i);
            }
            if (i + 1 < at.size() && value.compareTo(at.get(i)) > 0 && value.compareTo(at.get(i + 1)) < 0) {
                Q share = value.minus(at.get(i)).over(at.get(i + 1).minus(at.get(i)));
                return pts.get(i).plus(share.times(pts.get(i + 1).minus(pts.get(i))));
            }
        }
        throw new IllegalStateException("value " + value + " off the scale");
    }
}
