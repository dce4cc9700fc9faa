package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.review.NoInput;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.Warning;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;

/**
 * A measure prepared for scoring: targets, weights, curve and scale as exact fractions. Evaluating
 * it on checked evidence gives a {@link MeasureOutcome}.
 */
abstract sealed class CompiledMeasure {

    final Measure measure;
    final String section;
    final Rational weight;
    final int scale;

    CompiledMeasure(Measure measure, String section, int scale) {
        this.measure = measure;
        this.section = section;
        this.weight = Rational.of(measure.weight()).divide(Rational.HUNDRED);
        this.scale = scale;
    }

    static CompiledMeasure of(Measure m, String section, int scale, MissingEvidencePolicy policy) {
        if (m instanceof QuotaMeasure q) {
            return new Quota(q, section, scale);
        }
        if (m instanceof MilestoneMeasure ms) {
            return new Milestones(ms, section, scale);
        }
        return new RatingRule((RatingMeasure) m, section, scale, policy);
    }

    String id() {
        return measure.id();
    }

    /**
     * Scores the measure.
     *
     * @param evidence the measure's evidence, of the right family, already checked; null if none was given
     * @param context what the review's quota measures share (targets over time, factors)
     */
    abstract MeasureOutcome evaluate(MeasureEvidence evidence, TargetContext context);

    static final class Quota extends CompiledMeasure {
        private final QuotaMeasure q;
        private final Rational target;
        private final CompiledCurve curve;
        /** The target steps when nothing adjusts the base target. */
        private final List<org.blendscore.review.TargetStep> baseSteps;

        Quota(QuotaMeasure q, String section, int scale) {
            super(q, section, scale);
            this.q = q;
            this.target = Rational.of(q.target().value());
            this.curve = CompiledCurve.of(q.curve());
            this.baseSteps = List.of(new org.blendscore.review.TargetStep("base target", "=", q.target().value(),
                    q.target().value(), q.target().unit()));
        }

        /** Nothing adjusts the target or the actual: no factor, no relief, the whole period in the role. */
        private boolean plain(QuotaActual qa, TargetContext context) {
            return q.factors().isEmpty() && qa.reliefs().isEmpty() && context.whole();
        }

        private MeasureOutcome plainOutcome(QuotaActual qa) {
            Rational actual = Rational.of(qa.actual());
            Rational attainment;
            if (q.direction() == Direction.HIGHER_IS_BETTER) {
                attainment = actual.divide(target);
            } else {
                attainment = actual.signum() == 0 ? null : target.divide(actual);
            }
            CompiledCurve.Points p = curve.evaluate(attainment);
            List<org.blendscore.review.TargetStep> actualSteps = List.of(new org.blendscore.review.TargetStep(
                    "reported actual", "=", qa.actual(), qa.actual(), q.target().unit()));
            QuotaInput input = new QuotaInput(qa.actual(), q.target().value(), q.target().unit(), q.direction(),
                    attainment == null ? Optional.empty() : Optional.of(attainment.toBigDecimal(6)), p.rule(), baseSteps,
                    actualSteps, Optional.empty());
            return MeasureOutcome.scored(p.points(), input, List.of());
        }

        @Override
        MeasureOutcome evaluate(MeasureEvidence evidence, TargetContext context) {
            if (evidence == null) {
                return MeasureOutcome.missing(new NoInput("no actual given"), "no actual given");
            }
            QuotaActual qa = (QuotaActual) evidence;
            if (plain(qa, context)) {
                return plainOutcome(qa);
            }
            QuotaTargets.Adjusted adjusted = QuotaTargets.adjust(q, target, qa, context);
            if (adjusted.target().signum() <= 0 && !adjusted.reliefRemovedTarget()) {
                String reason = "no target: " + adjusted.noTargetReason();
                return MeasureOutcome.missing(new NoInput(reason), reason);
            }
            Rational actual = adjusted.actual();
            Rational t = adjusted.target();
            Rational attainment;
            if (adjusted.reliefRemovedTarget()) {
                // relief took away the whole target: attainment without bound, as for a lower-is-better actual of 0
                if (q.curve().maxPoints().isEmpty()) {
                    throw new org.blendscore.evidence.InvalidEvidenceException(List.of(new org.blendscore.evidence.EvidenceProblem(
                            context.evidence.subjectId(), Optional.of(q.id()), Optional.empty(), "reliefs",
                            "target relief leaves no target (" + t.toBigDecimal(2).toPlainString() + " " + q.target().unit()
                                    + ") and the curve is uncapped, so the points would have no bound; cap the curve or the relief")));
                }
                attainment = null;
            } else if (q.direction() == Direction.HIGHER_IS_BETTER) {
                attainment = actual.divide(t);
            } else {
                attainment = actual.signum() == 0 ? null : t.divide(actual);
            }
            CompiledCurve.Points p = curve.evaluate(attainment);
            BigDecimal shownTarget = adjusted.exactTarget() ? q.target().value() : t.toBigDecimal(2);
            BigDecimal shownActual = adjusted.actualSteps().size() > 1 ? actual.toBigDecimal(2) : qa.actual();
            QuotaInput input = new QuotaInput(shownActual, shownTarget, q.target().unit(), q.direction(),
                    Optional.ofNullable(attainment).map(a -> a.toBigDecimal(6)), p.rule(), adjusted.targetSteps(),
                    adjusted.actualSteps(), adjusted.pacing());
            return MeasureOutcome.scored(p.points(), input, adjusted.warnings());
        }
    }

    static final class Milestones extends CompiledMeasure {
        private final MilestoneMeasure m;

        Milestones(MilestoneMeasure m, String section, int scale) {
            super(m, section, scale);
            this.m = m;
        }

        @Override
        MeasureOutcome evaluate(MeasureEvidence evidence, TargetContext context) {
            if (evidence == null) {
                return MeasureOutcome.missing(new NoInput("no milestone record given"), "no milestone record given");
            }
            MilestonesReached r = (MilestonesReached) evidence;
            Rational total = Rational.ZERO;
            List<MilestoneCredit> credits = new ArrayList<>();
            for (MilestoneRule rule : m.rules()) {
                if (rule instanceof Milestone ms) {
                    if (r.reached().contains(ms.id())) {
                        total = total.add(Rational.of(ms.points()));
                        credits.add(new MilestoneCredit(ms.id(), "reached", ms.points().setScale(scale, java.math.RoundingMode.HALF_EVEN)));
                    }
                } else if (rule instanceof StageLadder ladder) {
                    Stage furthest = null;
                    for (Stage s : ladder.stages()) {
                        if (r.reached().contains(s.id())) {
                            furthest = s;
                        }
                    }
                    if (furthest != null) {
                        total = total.add(Rational.of(furthest.points()));
                        credits.add(new MilestoneCredit(ladder.id(), "stage " + furthest.id(),
                                furthest.points().setScale(scale, java.math.RoundingMode.HALF_EVEN)));
                    }
                } else if (rule instanceof CountedMilestone cm) {
                    int count = r.counts().getOrDefault(cm.id(), 0);
                    if (count > 0) {
                        Rational share = Rational.of(Math.min(count, cm.target())).divide(Rational.of(cm.target()));
                        Rational pts = share.multiply(Rational.of(cm.points()));
                        total = total.add(pts);
                        credits.add(new MilestoneCredit(cm.id(), count + " of " + cm.target(), pts.toBigDecimal(scale)));
                    }
                }
            }
            boolean capped = m.capAt100() && total.compareTo(Rational.HUNDRED) > 0;
            if (capped) {
                total = Rational.HUNDRED;
            }
            return MeasureOutcome.scored(total, new MilestoneInput(credits, capped), List.of());
        }
    }

    static final class RatingRule extends CompiledMeasure {
        /** Ratings in the review: by rater, then value (N/A first), then comment, so that evidence order never shows. */
        private static final Comparator<Rating> BY_RATER = (a, b) -> {
            int c = a.raterId().compareTo(b.raterId());
            if (c != 0) {
                return c;
            }
            c = a.source().compareTo(b.source());
            if (c != 0) {
                return c;
            }
            if (a.value().isPresent() != b.value().isPresent()) {
                return a.value().isPresent() ? 1 : -1;
            }
            if (a.value().isPresent()) {
                c = a.value().get().compareTo(b.value().get());
                if (c != 0) {
                    return c;
                }
            }
            return a.comment().orElse("").compareTo(b.comment().orElse(""));
        };

        private final RatingMeasure m;
        private final MissingEvidencePolicy policy;
        private final Rational[] levelValue;
        private final Rational[] levelPoints;
        private final Rational[] sourceWeight;

        RatingRule(RatingMeasure m, String section, int scale, MissingEvidencePolicy policy) {
            super(m, section, scale);
            this.m = m;
            this.policy = policy;
            RatingScale s = m.scale();
            List<ScaleLevel> levels = s.levels();
            levelValue = new Rational[levels.size()];
            levelPoints = new Rational[levels.size()];
            Rational min = Rational.of(s.min());
            Rational span = Rational.of(s.max()).subtract(min);
            for (int i = 0; i < levels.size(); i++) {
                levelValue[i] = Rational.of(levels.get(i).value());
                Rational linear = levelValue[i].subtract(min).divide(span).multiply(Rational.HUNDRED);
                levelPoints[i] = levels.get(i).points().map(Rational::of).orElse(linear);
            }
            sourceWeight = new Rational[m.sources().size()];
            for (int i = 0; i < sourceWeight.length; i++) {
                sourceWeight[i] = Rational.of(m.sources().get(i).weight());
            }
        }

        /** Points of a value on the scale, interpolated between the two levels around it. */
        Rational pointsOf(Rational value) {
            for (int i = 0; i < levelValue.length - 1; i++) {
                if (value.compareTo(levelValue[i + 1]) <= 0) {
                    if (value.compareTo(levelValue[i]) <= 0) {
                        return levelPoints[i];
                    }
                    Rational share = value.subtract(levelValue[i]).divide(levelValue[i + 1].subtract(levelValue[i]));
                    return levelPoints[i].add(share.multiply(levelPoints[i + 1].subtract(levelPoints[i])));
                }
            }
            return levelPoints[levelPoints.length - 1];
        }

        @Override
        MeasureOutcome evaluate(MeasureEvidence evidence, TargetContext context) {
            List<Rating> all = evidence == null ? List.of() : ((Ratings) evidence).ratings();
            int n = m.sources().size();
            Rational[] value = new Rational[n];
            Rational[] points = new Rational[n];
            SourceStatus[] status = new SourceStatus[n];
            List<List<Rating>> bySource = new ArrayList<>();
            int[] usable = new int[n];
            Rational usedWeight = Rational.ZERO;
            boolean anyScored = false;
            for (int i = 0; i < n; i++) {
                RatingSource src = m.sources().get(i);
                List<Rating> mine = new ArrayList<>(all.size());
                for (Rating r : all) {
                    if (r.source().equals(src.name())) {
                        mine.add(r);
                    }
                }
                if (mine.size() > 1) {
                    mine.sort(BY_RATER);
                }
                bySource.add(mine);
                List<Rational> values = new ArrayList<>(mine.size());
                for (Rating r : mine) {
                    if (r.value().isPresent()) {
                        values.add(Rational.of(r.value().get()));
                    }
                }
                usable[i] = values.size();
                if (values.size() >= src.minRatings()) {
                    value[i] = aggregate(values);
                    points[i] = pointsOf(value[i]);
                    status[i] = SourceStatus.SCORED;
                    usedWeight = usedWeight.add(sourceWeight[i]);
                    anyScored = true;
                } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    points[i] = Rational.ZERO;
                    status[i] = SourceStatus.COUNTED_AS_ZERO;
                    usedWeight = usedWeight.add(sourceWeight[i]);
                } else {
                    status[i] = SourceStatus.LEFT_OUT;
                }
            }
            Rational total = Rational.ZERO;
            List<SourceResult> results = new ArrayList<>(n);
            List<Warning> warnings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RatingSource src = m.sources().get(i);
                Rational eff = status[i] == SourceStatus.LEFT_OUT || usedWeight.signum() == 0
                        ? Rational.ZERO : sourceWeight[i].divide(usedWeight);
                if (points[i] != null) {
                    total = total.add(eff.multiply(points[i]));
                }
                results.add(new SourceResult(src.name(), src.weight(), eff.multiply(Rational.HUNDRED).toBigDecimal(4), bySource.get(i),
                        usable[i], src.minRatings(), Optional.ofNullable(value[i]).map(v -> v.toBigDecimal(scale)),
                        Optional.ofNullable(points[i]).map(p -> p.toBigDecimal(scale)), status[i]));
                if (anyScored && status[i] != SourceStatus.SCORED) {
                    warnings.add(sourceWarning(src, usable[i], status[i]));
                }
            }
            RatingInput input = new RatingInput(results, m.aggregation());
            if (!anyScored) {
                String reason = "no source had enough usable ratings (" + describeShortfall(usable) + ")";
                if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    return new MeasureOutcome(null, input, List.of(), reason);
                }
                return MeasureOutcome.missing(input, reason);
            }
            return MeasureOutcome.scored(total, input, warnings);
        }

        private String describeShortfall(int[] usable) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < usable.length; i++) {
                RatingSource s = m.sources().get(i);
                parts.add(s.name() + " " + usable[i] + " of " + s.minRatings() + " needed");
            }
            return String.join(", ", parts);
        }

        private Warning sourceWarning(RatingSource src, int usable, SourceStatus status) {
            String path = "measures[" + m.id() + "].sources[" + src.name() + "]";
            String shortfall = m.id() + ": source " + src.name() + " has " + usable + " usable rating"
                    + (usable == 1 ? "" : "s") + ", needs " + src.minRatings();
            if (status == SourceStatus.COUNTED_AS_ZERO) {
                return new Warning(Warning.Kind.COUNTED_AS_ZERO, path, shortfall + "; counted as 0 points");
            }
            return new Warning(Warning.Kind.SOURCE_LEFT_OUT, path,
                    shortfall + "; left out, and the other sources' weights renormalised");
        }

        private Rational aggregate(List<Rational> values) {
            if (m.aggregation() == org.blendscore.rubric.Aggregation.MEDIAN) {
                List<Rational> sorted = new ArrayList<>(values);
                sorted.sort(null);
                int k = sorted.size();
                return k % 2 == 1 ? sorted.get(k / 2)
                        : sorted.get(k / 2 - 1).add(sorted.get(k / 2)).divide(Rational.of(2));
            }
            Rational sum = Rational.ZERO;
            for (Rational v : values) {
                sum = sum.add(v);
            }
            return sum.divide(Rational.of(values.size()));
        }
    }
}
