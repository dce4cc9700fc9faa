package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.number.Fraction;
import org.blendscore.number.LongArithmetic;
import org.blendscore.review.MeasureInput;
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
 * A measure prepared for scoring: targets, weights, curve and scale as exact fractions, and what
 * its reviews share (credits, warnings) built once. Evaluating it on checked evidence fills in a
 * {@link MeasureOutcome}.
 */
abstract sealed class CompiledMeasure {

    final Measure measure;
    final String id;
    final String section;
    final Fraction weight;
    final int scale;
    /** Where warnings about the measure point: {@code measures[id]}. */
    final String path;

    CompiledMeasure(Measure measure, String section, int scale) {
        this.measure = measure;
        this.id = measure.id();
        this.section = section;
        this.weight = Fraction.of(measure.weight()).divide(Fraction.HUNDRED);
        this.scale = scale;
        this.path = "measures[" + id + "]";
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
        return id;
    }

    /**
     * Scores the measure.
     *
     * @param evidence the measure's {@link MeasureEvidence}, of the right family, already checked; null if none was given
     *     (typed as an object: the casts to the family's final record type are cheaper than one to the interface)
     * @param context what the review's quota measures share (targets over time, factors)
     * @param out receives the outcome
     * @return the measure's detail for the review: a {@link MeasureInput}, or a recipe that {@link #input}
     *     turns into one (returned rather than kept in the outcome, which is reused from review to review)
     */
    abstract Object evaluate(Object evidence, TargetContext context, MeasureOutcome out);

    /** How many warnings for missing evidence a measure keeps, by reason. */
    private static final int MAX_MISSING_WARNINGS = 64;

    /** The warnings for missing evidence made so far, by reason (most reasons repeat from review to review). */
    private final java.util.concurrent.ConcurrentHashMap<String, Warning> missingWarnings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The warning that the measure had no points, and what was done about it.
     *
     * @param reason why it had no points
     * @param policy the rubric's policy: left out, or counted as zero
     * @return the warning
     */
    Warning missingWarning(String reason, MissingEvidencePolicy policy) {
        Warning w = missingWarnings.get(reason);
        if (w == null) {
            w = policy == MissingEvidencePolicy.COUNT_AS_ZERO
                    ? new Warning(Warning.Kind.COUNTED_AS_ZERO, path, id + ": " + reason + "; counted as 0 points")
                    : new Warning(Warning.Kind.MEASURE_LEFT_OUT, path, id + ": " + reason + "; left out, and the other measures of "
                            + section + " renormalised");
            if (missingWarnings.size() < MAX_MISSING_WARNINGS) {
                missingWarnings.putIfAbsent(reason, w);
            }
        }
        return w;
    }

    /**
     * Builds the review's input for this measure from the recipe {@link #evaluate} left in the outcome's
     * detail, when that detail is not an input already.
     *
     * @param recipe the recipe
     * @param evidence the measure's evidence, or null if none was given
     * @return the input, the same whenever it is built
     */
    MeasureInput input(Object recipe, MeasureEvidence evidence) {
        throw new IllegalStateException("measure " + id + " left no recipe for its input: " + recipe);
    }

    static final class Quota extends CompiledMeasure {
        private static final NoInput NO_ACTUAL = new NoInput("no actual given");
        private final QuotaMeasure q;
        private final Fraction target;
        private final CompiledCurve curve;
        /** For a higher-is-better quota on a linear curve, the curve over the actual (see {@link CompiledCurve.Linear#overActual}). */
        private final CompiledCurve.Linear curveOverActual;
        private final boolean higher;
        private final boolean noFactors;
        private final String unit;
        /** The target steps when nothing adjusts the base target. */
        private final List<org.blendscore.review.TargetStep> baseSteps;

        Quota(QuotaMeasure q, String section, int scale) {
            super(q, section, scale);
            this.q = q;
            this.target = Fraction.of(q.target().value());
            this.curve = CompiledCurve.of(q.curve());
            this.curveOverActual = higher(q) && curve instanceof CompiledCurve.Linear lc && target.signum() > 0
                    ? lc.overActual(target) : null;
            this.higher = q.direction() == Direction.HIGHER_IS_BETTER;
            this.noFactors = q.factors().isEmpty();
            this.unit = q.target().unit();
            this.baseSteps = List.of(new org.blendscore.review.TargetStep("base target", "=", q.target().value(),
                    q.target().value(), unit));
        }

        /** Nothing adjusts the target or the actual: no factor, no relief, the whole period in the role. */
        private static boolean higher(QuotaMeasure q) {
            return q.direction() == Direction.HIGHER_IS_BETTER;
        }

        private boolean plain(QuotaActual qa, TargetContext context) {
            return noFactors && qa.reliefs().isEmpty() && context.whole();
        }

        /** Scores a plain quota; its detail is the text of the curve rule applied (see {@link #input}). */
        private Object plainOutcome(QuotaActual qa, MeasureOutcome out) {
            BigDecimal actual = qa.actual();
            // the attainment, then in place the points
            MutableRational attainment = out.exact;
            boolean bounded = true;
            if (higher) {
                attainment.set(actual).divide(target);
            } else if (actual.signum() == 0) {
                bounded = false;
            } else {
                attainment.set(target).divide(Fraction.of(actual));
            }
            String rule = curve.evaluate(bounded ? attainment : null, out.exact);
            out.scored();
            return rule;
        }

        /** Scores a plain higher-is-better quota on a linear curve: the curve over the actual, no division. */
        private Object plainOverActual(QuotaActual qa, MeasureOutcome out) {
            String rule = curveOverActual.evaluate(out.exact.set(qa.actual()), out.exact);
            out.scored();
            return rule;
        }

        /** The input of a plain quota, from the rule its review applied and the actual. */
        @Override
        MeasureInput input(Object recipe, MeasureEvidence evidence) {
            String rule = (String) recipe;
            BigDecimal actual = ((QuotaActual) evidence).actual();
            Optional<BigDecimal> shownAttainment = Optional.empty();
            if (higher) {
                shownAttainment = Optional.of(new MutableRational().set(actual).divide(target).toBigDecimal(6));
            } else if (actual.signum() != 0) {
                shownAttainment = Optional.of(new MutableRational().set(target).divide(Fraction.of(actual)).toBigDecimal(6));
            }
            List<org.blendscore.review.TargetStep> actualSteps = List.of(new org.blendscore.review.TargetStep(
                    "reported actual", "=", actual, actual, unit));
            return new QuotaInput(actual, q.target().value(), unit, q.direction(), shownAttainment, rule, baseSteps,
                    actualSteps, Optional.empty());
        }

        @Override
        Object evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
            if (evidence == null) {
                out.missing(NO_ACTUAL.reason());
                return NO_ACTUAL;
            }
            QuotaActual qa = (QuotaActual) evidence;
            if (plain(qa, context)) {
                return curveOverActual != null ? plainOverActual(qa, out) : plainOutcome(qa, out);
            }
            QuotaTargets.Adjusted adjusted = QuotaTargets.adjust(q, target, qa, context);
            if (adjusted.target().signum() <= 0 && !adjusted.reliefRemovedTarget()) {
                String reason = "no target: " + adjusted.noTargetReason();
                out.missing(reason);
                return new NoInput(reason);
            }
            Fraction actual = adjusted.actual();
            Fraction t = adjusted.target();
            Fraction attainment;
            if (adjusted.reliefRemovedTarget()) {
                // relief took away the whole target: attainment without bound, as for a lower-is-better actual of 0
                if (q.curve().maxPoints().isEmpty()) {
                    throw new org.blendscore.evidence.InvalidEvidenceException(List.of(new org.blendscore.evidence.EvidenceProblem(
                            context.evidence.subjectId(), Optional.of(q.id()), Optional.empty(), "reliefs",
                            "target relief leaves no target (" + t.toBigDecimal(2).toPlainString() + " " + unit
                                    + ") and the curve is uncapped, so the points would have no bound; cap the curve or the relief")));
                }
                attainment = null;
            } else if (higher) {
                attainment = actual.divide(t);
            } else {
                attainment = actual.signum() == 0 ? null : t.divide(actual);
            }
            String rule = curve.evaluate(attainment == null ? null : out.exact.set(attainment), out.exact);
            BigDecimal shownTarget = adjusted.exactTarget() ? q.target().value() : t.toBigDecimal(2);
            BigDecimal shownActual = adjusted.actualSteps().size() > 1 ? actual.toBigDecimal(2) : qa.actual();
            QuotaInput input = new QuotaInput(shownActual, shownTarget, unit, q.direction(),
                    attainment == null ? Optional.empty() : Optional.of(attainment.toBigDecimal(6)), rule, adjusted.targetSteps(),
                    adjusted.actualSteps(), adjusted.pacing());
            out.scored();
            for (Warning w : adjusted.warnings()) {
                out.warn(w);
            }
            return input;
        }
    }

    static final class Milestones extends CompiledMeasure {
        private static final NoInput NO_RECORD = new NoInput("no milestone record given");
        private final MilestoneMeasure m;
        /** By rule: a milestone's or counted milestone's points (null for a ladder). */
        private final Fraction[] rulePoints;
        /** By rule: the credit of a reached milestone, the same in every review (null for other rules). */
        private final MilestoneCredit[] reachedCredit;
        /** By rule: a ladder's stages' points and credits (null for other rules). */
        private final Fraction[][] stagePoints;
        private final MilestoneCredit[][] stageCredit;
        /** The ids of plain milestones, by rule, when every rule is one (else null). */
        private final String[] plainIds;
        /**
         * When every rule is a plain milestone: the input of each set of reached milestones, built once; the
         * set's bits by rule, and one more bit when the total was capped at 100.
         */
        private final PatternCache<MilestoneInput> plainInputs;

        Milestones(MilestoneMeasure m, String section, int scale) {
            super(m, section, scale);
            this.m = m;
            int n = m.rules().size();
            rulePoints = new Fraction[n];
            reachedCredit = new MilestoneCredit[n];
            stagePoints = new Fraction[n][];
            stageCredit = new MilestoneCredit[n][];
            for (int i = 0; i < n; i++) {
                MilestoneRule rule = m.rules().get(i);
                if (rule instanceof Milestone ms) {
                    rulePoints[i] = Fraction.of(ms.points());
                    reachedCredit[i] = new MilestoneCredit(ms.id(), "reached", ms.points().setScale(scale, java.math.RoundingMode.HALF_EVEN));
                } else if (rule instanceof StageLadder ladder) {
                    int k = ladder.stages().size();
                    stagePoints[i] = new Fraction[k];
                    stageCredit[i] = new MilestoneCredit[k];
                    for (int j = 0; j < k; j++) {
                        Stage st = ladder.stages().get(j);
                        stagePoints[i][j] = Fraction.of(st.points());
                        stageCredit[i][j] = new MilestoneCredit(ladder.id(), "stage " + st.id(),
                                st.points().setScale(scale, java.math.RoundingMode.HALF_EVEN));
                    }
                } else if (rule instanceof CountedMilestone cm) {
                    rulePoints[i] = Fraction.of(cm.points());
                }
            }
            boolean allPlain = n < PatternCache.MAX_PARTS && m.rules().stream().allMatch(r -> r instanceof Milestone);
            plainIds = allPlain ? m.rules().stream().map(MilestoneRule::id).toArray(String[]::new) : null;
            plainInputs = allPlain ? new PatternCache<>(n + 1, this::plainInput) : null;
        }

        private MilestoneInput plainInput(long bits) {
            int n = plainIds.length;
            List<MilestoneCredit> credits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((bits & (1L << i)) != 0) {
                    credits.add(reachedCredit[i]);
                }
            }
            return new MilestoneInput(credits, (bits & (1L << n)) != 0);
        }

        /** Scores a measure of plain milestones only; its input is shared by every review that reached the same. */
        private Object evaluatePlain(java.util.Set<String> reached, MeasureOutcome out) {
            long bits = 0;
            for (int i = 0; i < plainIds.length; i++) {
                if (reached.contains(plainIds[i])) {
                    bits |= 1L << i;
                }
            }
            return scorePlain(bits, out);
        }

        /** Scores a measure of plain milestones only, from the bits of the rules reached. */
        private Object scorePlain(long reachedBits, MeasureOutcome out) {
            MutableRational total = out.exact.setZero();
            long bits = reachedBits;
            int n = plainIds.length;
            for (int i = 0; i < n; i++) {
                if ((bits & (1L << i)) != 0) {
                    total.add(rulePoints[i]);
                }
            }
            if (m.capAt100() && total.compareTo(Fraction.HUNDRED) > 0) {
                total.set(Fraction.HUNDRED);
                bits |= 1L << n;
            }
            out.scored();
            return plainInputs.get(bits);
        }

        @Override
        Object evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
            if (evidence == null) {
                out.missing(NO_RECORD.reason());
                return NO_RECORD;
            }
            MilestonesReached r = (MilestonesReached) evidence;
            if (plainInputs != null) {
                if (out.tallied) {
                    // the evidence checks found which milestones were reached as they checked them
                    out.tallied = false;
                    return scorePlain(out.reachedBits(), out);
                }
                return evaluatePlain(r.reached(), out);
            }
            MutableRational total = out.exact;
            java.util.Set<String> reached = r.reached();
            total.setZero();
            List<MilestoneRule> rules = m.rules();
            MilestoneCredit[] credits = new MilestoneCredit[rules.size()];
            int credited = 0;
            for (int i = 0; i < rules.size(); i++) {
                MilestoneRule rule = rules.get(i);
                if (rule instanceof Milestone ms) {
                    if (reached.contains(ms.id())) {
                        total.add(rulePoints[i]);
                        credits[credited++] = reachedCredit[i];
                    }
                } else if (rule instanceof StageLadder ladder) {
                    int furthest = -1;
                    List<Stage> stages = ladder.stages();
                    for (int j = 0; j < stages.size(); j++) {
                        if (reached.contains(stages.get(j).id())) {
                            furthest = j;
                        }
                    }
                    if (furthest >= 0) {
                        total.add(stagePoints[i][furthest]);
                        credits[credited++] = stageCredit[i][furthest];
                    }
                } else if (rule instanceof CountedMilestone cm) {
                    int count = r.counts().getOrDefault(cm.id(), 0);
                    if (count > 0) {
                        MutableRational pts = new MutableRational().set(Math.min(count, cm.target()), cm.target()).multiply(rulePoints[i]);
                        total.add(pts);
                        credits[credited++] = new MilestoneCredit(cm.id(), count + " of " + cm.target(), pts.toBigDecimal(scale));
                    }
                }
            }
            boolean capped = m.capAt100() && total.compareTo(Fraction.HUNDRED) > 0;
            if (capped) {
                total.set(Fraction.HUNDRED);
            }
            out.scored();
            return new MilestoneInput(Lists.of(credits, credited), capped);
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

        /** Precomputed shortfall warnings for sources needing at most this many ratings. */
        private static final int MAX_PRECOMPUTED_SHORTFALL = 16;

        private final RatingMeasure m;
        private final MissingEvidencePolicy policy;
        private final Fraction[] levelValue;
        private final Fraction[] levelPoints;
        /** Between levels i and i + 1, points = levelIntercept[i] + levelSlope[i] x value. */
        private final Fraction[] levelSlope;
        private final Fraction[] levelIntercept;
        private final String[] sourceName;
        private final int[] minRatings;
        private final Fraction[] sourceWeight;
        /** The renormalised source weights for each pattern of sources that count, or null with too many sources. */
        private final PatternCache<SourceShares> shares;
        /** By source and number of usable ratings below its minimum: the warning, or null when built as needed. */
        private final Warning[][] shortfall;

        /** The sources' shares of the measure for one pattern of counting sources, exact and as percentages. */
        private record SourceShares(Fraction[] share, BigDecimal[] percent) {
        }

        /** Sources of at most this many whole-number ratings have their figures computed once per count and sum. */
        private static final int MAX_FIGURED_COUNT = 8;
        /** Scales spanning at most this many whole numbers (from min to max) do. */
        private static final int MAX_FIGURED_SPAN = 100;

        /**
         * What one review found for one source: how many usable ratings it had, and when they reached the
         * source's minimum, its value and points (exact and shown). The figures of few whole-number ratings
         * depend only on their count and sum (mean aggregation), and are shared by every review with the same.
         */
        private record SourceFigures(int usable, Optional<BigDecimal> value, Optional<BigDecimal> points, Fraction exactPoints) {
        }

        /** By source and number of usable ratings below its minimum: its figures (counts only), or null when made as needed. */
        private final SourceFigures[][] belowMinimum;
        /**
         * Why the measure had no points, by the sources' usable counts (all below their minimums, in mixed
         * radix), filled as they occur; null when there are too many combinations to keep.
         */
        private final java.util.concurrent.atomic.AtomicReferenceArray<String> missingReasons;
        /** How many reasons {@link #missingReasons} keeps at most. */
        private static final int MAX_MISSING_REASONS = 1024;

        /**
         * The figures by count and sum, filled as they occur; null when the scale is not whole numbers
         * within {@value #MAX_FIGURED_SPAN} of each other or the aggregation is not the mean.
         */
        private final java.util.concurrent.atomic.AtomicReferenceArray<SourceFigures> figures;
        private final long scaleMin;
        private final int figureStride;

        /**
         * The points of a source's ratings by their tally, as whole multiples of 1/{@link #pointsDen}:
         * at {@code stateBase[usable] + (sum - usable x min)} for every count up to
         * {@value #MAX_FIGURED_COUNT} of whole-number ratings on a scale spanning at most
         * {@value #MAX_STATE_SPAN} (mean aggregation). With the sources' weights as whole numbers
         * ({@link #intWeight}) a measure's points are then one exact fraction, summed in longs. Null when
         * the measure does not qualify (other scales or aggregation, more than
         * {@value #MAX_TALLIED_SOURCES} sources, weights or points too fine or too large for longs).
         */
        private final long[] statePoints;
        private final int[] stateBase;
        private final long pointsDen;
        private final long[] intWeight;
        /** The scale's span in whole numbers, when {@link #statePoints} is used. */
        private final int wholeSpan;
        /** Sources of a measure scored from {@link #statePoints} at most. */
        private static final int MAX_TALLIED_SOURCES = 4;
        /** Scales spanning at most this many whole numbers are scored from {@link #statePoints}. */
        private static final int MAX_STATE_SPAN = 10;
        /** Bits of a {@link Tally} per source: 4 for the usable count, 10 for the sum's offset. */
        private static final int TALLY_BITS = 14;

        /**
         * The detail of a measure scored from {@link #statePoints}: each source's usable count and the
         * offset of its sum from the least possible, {@value #TALLY_BITS} bits per source, the first source
         * highest. The sources' figures are made from it when the review is read.
         */
        private record Tally(long key) {
        }

        RatingRule(RatingMeasure m, String section, int scale, MissingEvidencePolicy policy) {
            super(m, section, scale);
            this.m = m;
            this.policy = policy;
            RatingScale s = m.scale();
            List<ScaleLevel> levels = s.levels();
            levelValue = new Fraction[levels.size()];
            levelPoints = new Fraction[levels.size()];
            Fraction min = Fraction.of(s.min());
            Fraction span = Fraction.of(s.max()).subtract(min);
            for (int i = 0; i < levels.size(); i++) {
                levelValue[i] = Fraction.of(levels.get(i).value());
                Fraction linear = levelValue[i].subtract(min).divide(span).multiply(Fraction.HUNDRED);
                levelPoints[i] = levels.get(i).points().map(Fraction::of).orElse(linear);
            }
            levelSlope = new Fraction[Math.max(0, levels.size() - 1)];
            levelIntercept = new Fraction[levelSlope.length];
            for (int i = 0; i < levelSlope.length; i++) {
                levelSlope[i] = levelPoints[i + 1].subtract(levelPoints[i]).divide(levelValue[i + 1].subtract(levelValue[i]));
                levelIntercept[i] = levelPoints[i].subtract(levelSlope[i].multiply(levelValue[i]));
            }
            int n = m.sources().size();
            sourceName = new String[n];
            minRatings = new int[n];
            sourceWeight = new Fraction[n];
            shortfall = new Warning[n][];
            belowMinimum = new SourceFigures[n][];
            long combinations = 1;
            for (int i = 0; i < n; i++) {
                RatingSource src = m.sources().get(i);
                sourceName[i] = src.name();
                minRatings[i] = src.minRatings();
                sourceWeight[i] = Fraction.of(src.weight());
                if (src.minRatings() <= MAX_PRECOMPUTED_SHORTFALL) {
                    shortfall[i] = new Warning[src.minRatings()];
                    belowMinimum[i] = new SourceFigures[src.minRatings()];
                    for (int usable = 0; usable < src.minRatings(); usable++) {
                        shortfall[i][usable] = sourceWarning(src, usable);
                        belowMinimum[i][usable] = new SourceFigures(usable, Optional.empty(), Optional.empty(), null);
                    }
                }
                combinations = Math.min(MAX_MISSING_REASONS + 1L, combinations * Math.max(1, src.minRatings()));
            }
            missingReasons = combinations <= MAX_MISSING_REASONS
                    ? new java.util.concurrent.atomic.AtomicReferenceArray<>((int) combinations) : null;
            shares = n <= PatternCache.MAX_PARTS ? new PatternCache<>(n, this::sharesOf) : null;
            boolean whole = s.min().stripTrailingZeros().scale() <= 0 && s.max().stripTrailingZeros().scale() <= 0
                    && s.max().subtract(s.min()).compareTo(BigDecimal.valueOf(MAX_FIGURED_SPAN)) <= 0
                    && s.min().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
            if (whole && m.aggregation() == org.blendscore.rubric.Aggregation.MEAN) {
                scaleMin = s.min().longValueExact();
                figureStride = s.max().subtract(s.min()).intValueExact() * MAX_FIGURED_COUNT + 1;
                figures = new java.util.concurrent.atomic.AtomicReferenceArray<>(MAX_FIGURED_COUNT * figureStride);
            } else {
                scaleMin = 0;
                figureStride = 0;
                figures = null;
            }
            wholeSpan = figures == null ? 0 : (figureStride - 1) / MAX_FIGURED_COUNT;
            long[] weights = figures != null && n <= MAX_TALLIED_SOURCES && wholeSpan <= MAX_STATE_SPAN ? integerWeights(m) : null;
            stateBase = new int[MAX_FIGURED_COUNT + 2];
            for (int u = 0; u <= MAX_FIGURED_COUNT; u++) {
                stateBase[u + 1] = stateBase[u] + u * wholeSpan + 1;
            }
            Fraction[] points = weights == null ? null : statePoints();
            long den = points == null ? 0 : commonDenominator(points);
            long[] scaled = den == 0 ? null : scaledPoints(points, den, weights);
            this.statePoints = scaled;
            this.pointsDen = scaled == null ? 0 : den;
            this.intWeight = scaled == null ? null : weights;
        }

        /** Numbers below this bound keep every sum and product of the state scoring within a long. */
        private static final long STATE_BOUND = 1L << 40;

        /** The sources' weights as whole numbers of one decimal unit, or null when they need more than 6 places or are too large. */
        private static long[] integerWeights(RatingMeasure m) {
            int places = 0;
            for (RatingSource src : m.sources()) {
                places = Math.max(places, src.weight().stripTrailingZeros().scale());
            }
            if (places > 6) {
                return null;
            }
            long[] w = new long[m.sources().size()];
            long total = 0;
            for (int i = 0; i < w.length; i++) {
                BigDecimal scaled = m.sources().get(i).weight().movePointRight(places);
                if (scaled.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    return null;
                }
                w[i] = scaled.longValueExact();
                total += w[i];
            }
            return total > 0 ? w : null;
        }

        /** Every state's exact points: the points of the mean of {@code usable} whole ratings adding up to min x usable + offset. */
        private Fraction[] statePoints() {
            Fraction[] points = new Fraction[stateBase[MAX_FIGURED_COUNT + 1]];
            points[0] = Fraction.ZERO;
            MutableRational value = new MutableRational();
            MutableRational out = new MutableRational();
            for (int u = 1; u <= MAX_FIGURED_COUNT; u++) {
                for (int offset = 0; offset <= u * wholeSpan; offset++) {
                    meanPoints(u, u * scaleMin + offset, value, out);
                    points[stateBase[u] + offset] = out.toRational();
                }
            }
            return points;
        }

        /** The least common denominator of the points, or 0 when it, or a point over it, is beyond {@link #STATE_BOUND}. */
        private static long commonDenominator(Fraction[] points) {
            long den = 1;
            for (Fraction p : points) {
                if (!p.fitsLongs()) {
                    return 0;
                }
                long d = p.longDenominator();
                long q = den / LongArithmetic.gcd(den, d);
                // checked before multiplying: a point's denominator alone may be far beyond the bound
                if (d > STATE_BOUND || q > STATE_BOUND / d) {
                    return 0;
                }
                den = q * d;
            }
            return den;
        }

        /** The points as whole multiples of 1/den, or null when one, times the weights' sum, might not fit a long. */
        private static long[] scaledPoints(Fraction[] points, long den, long[] weights) {
            long total = 0;
            for (long w : weights) {
                total += w;
            }
            long[] scaled = new long[points.length];
            for (int i = 0; i < points.length; i++) {
                BigInteger v = BigInteger.valueOf(points[i].longNumerator()).multiply(BigInteger.valueOf(den / points[i].longDenominator()));
                if (v.abs().multiply(BigInteger.valueOf(total)).bitLength() > 62) {
                    return null;
                }
                scaled[i] = v.longValueExact();
            }
            return den * total > STATE_BOUND * 1024 ? null : scaled;
        }

        /** The shares when the sources in {@code pattern} count (scored or counted as 0) and the others are left out. */
        private SourceShares sharesOf(long pattern) {
            boolean[] counts = new boolean[sourceWeight.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = (pattern & (1L << i)) != 0;
            }
            return sharesOf(counts);
        }

        private SourceShares sharesOf(boolean[] counts) {
            int n = counts.length;
            Fraction used = Fraction.ZERO;
            for (int i = 0; i < n; i++) {
                if (counts[i]) {
                    used = used.add(sourceWeight[i]);
                }
            }
            Fraction[] share = new Fraction[n];
            BigDecimal[] percent = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                share[i] = !counts[i] || used.signum() == 0 ? Fraction.ZERO : sourceWeight[i].divide(used);
                percent[i] = RenormalisedWeights.percent(share[i]);
            }
            return new SourceShares(share, percent);
        }

        /** The mean of {@code usable} whole ratings adding up to {@code sum}, into {@code value}, and its points, into {@code points}. */
        private void meanPoints(int usable, long sum, MutableRational value, MutableRational points) {
            value.set(sum, 1).divide(usable);
            pointsOf(value, points);
        }

        /** The warning for source {@code i} with {@code usable} ratings, below its minimum: precomputed, or made now. */
        private Warning shortfallWarning(int i, int usable) {
            return shortfall[i] != null ? shortfall[i][usable] : sourceWarning(m.sources().get(i), usable);
        }

        /** The figures of source {@code i} with {@code usable} ratings, below its minimum: shared, or made now. */
        private SourceFigures belowMinimumFigures(int i, int usable) {
            return belowMinimum[i] != null ? belowMinimum[i][usable] : new SourceFigures(usable, Optional.empty(), Optional.empty(), null);
        }

        /** Points of a value on the scale, interpolated between the two levels around it. */
        private void pointsOf(MutableRational value, MutableRational out) {
            for (int i = 0; i < levelValue.length - 1; i++) {
                if (value.compareTo(levelValue[i + 1]) <= 0) {
                    if (value.compareTo(levelValue[i]) <= 0) {
                        out.set(levelPoints[i]);
                    } else {
                        out.set(value).multiply(levelSlope[i]).add(levelIntercept[i]);
                    }
                    return;
                }
            }
            out.set(levelPoints[levelPoints.length - 1]);
        }

        private int sourceIndex(String name) {
            for (int i = 0; i < sourceName.length; i++) {
                if (sourceName[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Scores the measure from the tally of its ratings (each source's usable count, and the sum of its
         * whole-number ratings), which the evidence checks made while reading them. The detail, from which
         * {@link #input} builds the review's input, is the tally itself when the measure is scored from
         * {@link #statePoints}, else the sources' figures.
         */
        @Override
        Object evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
            List<Rating> all = evidence == null ? List.of() : ((Ratings) evidence).ratings();
            int n = sourceName.length;
            // usable[i] at i, and at n + i whether source i has a rating that is not a small whole number;
            // every rating's source was checked to be the measure's (any other would be ignored)
            if (!out.tallied) {
                // the evidence checks tally every rating measure whose evidence they read: this one has none,
                // or was given to the measure without the checks (then count here, by the same rule)
                out.startTally(n);
                for (Rating r : all) {
                    int i = sourceIndex(r.source());
                    if (r.value().isPresent() && i >= 0) {
                        out.countRating(i, n, r.value().get());
                    }
                }
            }
            out.tallied = false;
            return score(all, out.tallyCounts(), out.tallySums(), out);
        }

        /**
         * Scores the measure from the tally of its ratings; returns its detail: a {@link Tally} when it
         * was scored from {@link #statePoints}, else the sources' figures.
         */
        private Object score(List<Rating> all, int[] counts, long[] sums, MeasureOutcome out) {
            Object tally = statePoints == null ? null : scoreByState(counts, sums, out);
            return tally != null ? tally : weigh(all, counts, sums, out);
        }

        /**
         * Scores the measure from {@link #statePoints}: the points are the sum of the counting sources'
         * weights times their state points, over {@link #pointsDen} times the sum of those weights,
         * exactly what {@link #weigh} gives. Returns the detail, or null, having changed nothing, when a
         * source's tally is not a state (a rating that is not a small whole number, or too many ratings).
         */
        private Tally scoreByState(int[] counts, long[] sums, MeasureOutcome out) {
            int n = sourceName.length;
            long key = 0;
            long num = 0;
            long weight = 0;
            boolean anyScored = false;
            for (int i = 0; i < n; i++) {
                int usable = counts[i];
                long offset = sums[i] - usable * scaleMin;
                if (counts[n + i] != 0 || usable > MAX_FIGURED_COUNT || offset < 0 || offset > (long) usable * wholeSpan) {
                    return null;
                }
                if (usable >= minRatings[i]) {
                    num += intWeight[i] * statePoints[stateBase[usable] + (int) offset];
                    weight += intWeight[i];
                    anyScored = true;
                } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    weight += intWeight[i];
                }
                key = key << TALLY_BITS | (long) usable << (TALLY_BITS - 4) | offset;
            }
            Tally detail = new Tally(key);
            if (!anyScored) {
                // no points: left out, or (under COUNT_AS_ZERO) counted as 0 by the run, which reports the reason
                out.exact.setZero();
                out.missing(missingReason(counts, n));
                return detail;
            }
            for (int i = 0; i < n; i++) {
                int usable = counts[i];
                if (usable < minRatings[i]) {
                    out.warn(shortfallWarning(i, usable));
                }
            }
            out.exact.set(num, pointsDen * weight);
            out.scored();
            return detail;
        }

        /** The sources' figures of a review's detail: as kept, or made from its {@link Tally}. */
        private SourceFigures[] found(Object recipe) {
            if (!(recipe instanceof Tally t)) {
                return (SourceFigures[]) recipe;
            }
            int n = sourceName.length;
            SourceFigures[] found = new SourceFigures[n];
            long key = t.key();
            for (int i = n - 1; i >= 0; i--) {
                long offset = key & ((1 << (TALLY_BITS - 4)) - 1);
                int usable = (int) (key >>> (TALLY_BITS - 4)) & 15;
                key >>>= TALLY_BITS;
                found[i] = usable >= minRatings[i] ? figures(usable, usable * scaleMin + offset)
                        : belowMinimumFigures(i, usable);
            }
            return found;
        }

        /** Weighs the sources' figures into the measure's points; returns the sources' figures, its detail. */
        private SourceFigures[] weigh(List<Rating> all, int[] counts, long[] sums, MeasureOutcome out) {
            int n = sourceName.length;
            long pattern = 0;
            boolean anyScored = false;
            for (int i = 0; i < n; i++) {
                boolean scored = counts[i] >= minRatings[i];
                anyScored |= scored;
                if (scored || policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    pattern |= 1L << (i & 63);
                }
            }
            SourceShares sh = shares != null ? shares.get(pattern) : sharesOf(counting(counts, n));
            MutableRational total = out.exact.setZero();
            SourceFigures[] found = new SourceFigures[n];
            for (int i = 0; i < n; i++) {
                int usable = counts[i];
                if (usable >= minRatings[i]) {
                    SourceFigures f = counts[n + i] == 0 ? figures(usable, sums[i]) : null;
                    if (f == null) {
                        f = computedFigures(all, i, usable, out);
                    }
                    found[i] = f;
                    total.add(out.scratch.set(f.exactPoints()).multiply(sh.share()[i]));
                } else {
                    found[i] = belowMinimumFigures(i, usable);
                    if (anyScored) {
                        out.warn(shortfallWarning(i, usable));
                    }
                }
            }
            if (!anyScored) {
                // no points: left out, or (under COUNT_AS_ZERO) counted as 0 by the run, which reports the reason
                out.missing(missingReason(counts, n));
                return found;
            }
            out.scored();
            return found;
        }

        /** The review's input: each source with its ratings (by rater), weights, figures and status. */
        @Override
        MeasureInput input(Object recipe, MeasureEvidence evidence) {
            SourceFigures[] found = found(recipe);
            List<Rating> all = evidence == null ? List.of() : ((Ratings) evidence).ratings();
            int n = sourceName.length;
            int[] usable = new int[n];
            for (int i = 0; i < n; i++) {
                usable[i] = found[i].usable();
            }
            SourceShares sh = sharesOf(counting(usable, n));
            SourceResult[] results = new SourceResult[n];
            for (int i = 0; i < n; i++) {
                List<Rating> mine = new ArrayList<>();
                for (Rating r : all) {
                    if (r.source().equals(sourceName[i])) {
                        mine.add(r);
                    }
                }
                mine.sort(BY_RATER);
                RatingSource src = m.sources().get(i);
                SourceFigures f = found[i];
                SourceStatus status;
                Optional<BigDecimal> shownPoints = f.points();
                if (f.usable() >= minRatings[i]) {
                    status = SourceStatus.SCORED;
                } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    status = SourceStatus.COUNTED_AS_ZERO;
                    shownPoints = Optional.of(BigDecimal.ZERO.setScale(scale));
                } else {
                    status = SourceStatus.LEFT_OUT;
                }
                results[i] = new SourceResult(src.name(), src.weight(), sh.percent()[i], mine, f.usable(), src.minRatings(),
                        f.value(), shownPoints, status);
            }
            return new RatingInput(List.of(results), m.aggregation());
        }

        /**
         * Under the REJECT policy, a problem for every source of a scored measure below its minimum.
         *
         * @param subjectId whose evidence it is
         * @param recipe the measure's detail, as {@link #evaluate} left it
         * @param problems the problems so far, or null
         * @return the problems, or null when there are none
         */
        List<EvidenceProblem> shortfallProblems(String subjectId, Object recipe, List<EvidenceProblem> problems) {
            SourceFigures[] found = found(recipe);
            for (int i = 0; i < found.length; i++) {
                if (found[i].usable() < minRatings[i]) {
                    problems = problems == null ? new ArrayList<>() : problems;
                    problems.add(new EvidenceProblem(subjectId, Optional.of(id), Optional.empty(), "ratings[" + sourceName[i] + "]",
                            EvidenceMessages.missingUnderRejectPolicy("source " + sourceName[i] + " has " + found[i].usable()
                                    + " usable ratings, needs " + minRatings[i])));
                }
            }
            return problems;
        }

        /** Why no source had enough usable ratings, built once per combination of counts while they are few. */
        private String missingReason(int[] usable, int n) {
            int index = 0;
            int radix = 1;
            for (int i = 0; i < n && missingReasons != null; i++) {
                index += usable[i] * radix;
                radix *= Math.max(1, minRatings[i]);
            }
            String reason = missingReasons == null ? null : missingReasons.get(index);
            if (reason == null) {
                reason = "no source had enough usable ratings (" + describeShortfall(usable, n) + ")";
                if (missingReasons != null) {
                    missingReasons.set(index, reason);
                }
            }
            return reason;
        }

        /** The figures of a source whose ratings are not all few small whole numbers: computed for this review. */
        private SourceFigures computedFigures(List<Rating> all, int source, int usable, MeasureOutcome out) {
            Rating[] mine = new Rating[all.size()];
            int c = 0;
            for (Rating r : all) {
                if (r.source().equals(sourceName[source])) {
                    mine[c++] = r;
                }
            }
            MutableRational value = out.scratch;
            MutableRational points = out.scratch2;
            aggregate(mine, c, usable, value);
            pointsOf(value, points);
            return new SourceFigures(usable, Optional.of(value.toBigDecimal(scale)), Optional.of(points.toBigDecimal(scale)),
                    points.toRational());
        }

        /**
         * The figures of a source of {@code usable} whole-number ratings adding up to {@code sum}, when they
         * are few enough to be remembered; else null, and the caller computes them.
         */
        private SourceFigures figures(int usable, long sum) {
            if (figures == null || usable > MAX_FIGURED_COUNT) {
                return null;
            }
            // ratings were checked to be on the scale, so the sum lies between usable x min and usable x max
            long offset = sum - usable * scaleMin;
            if (offset < 0 || offset >= figureStride) {
                return null;
            }
            int index = (usable - 1) * figureStride + (int) offset;
            SourceFigures f = figures.get(index);
            if (f == null) {
                MutableRational value = new MutableRational();
                MutableRational points = new MutableRational();
                meanPoints(usable, sum, value, points);
                f = new SourceFigures(usable, Optional.of(value.toBigDecimal(scale)), Optional.of(points.toBigDecimal(scale)),
                        points.toRational());
                figures.set(index, f);
            }
            return f;
        }

        /** By source, whether it counts (scored, or counted as 0 under that policy). */
        private boolean[] counting(int[] usable, int n) {
            boolean[] counts = new boolean[n];
            for (int i = 0; i < n; i++) {
                counts[i] = usable[i] >= minRatings[i] || policy == MissingEvidencePolicy.COUNT_AS_ZERO;
            }
            return counts;
        }

        private String describeShortfall(int[] usable, int n) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RatingSource s = m.sources().get(i);
                parts.add(s.name() + " " + usable[i] + " of " + s.minRatings() + " needed");
            }
            return String.join(", ", parts);
        }

        /** The warning for a source below its minimum: left out, or counted as 0 under that policy. */
        private Warning sourceWarning(RatingSource src, int usable) {
            String path = "measures[" + m.id() + "].sources[" + src.name() + "]";
            String shortfall = m.id() + ": source " + src.name() + " has " + usable + " usable rating"
                    + (usable == 1 ? "" : "s") + ", needs " + src.minRatings();
            if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                return new Warning(Warning.Kind.COUNTED_AS_ZERO, path, shortfall + "; counted as 0 points");
            }
            return new Warning(Warning.Kind.SOURCE_LEFT_OUT, path,
                    shortfall + "; left out, and the other sources' weights renormalised");
        }

        /** Sets {@code out} to the source's value: the mean or median of the {@code usable} of its {@code n} ratings that are not N/A. */
        private void aggregate(Rating[] ratings, int n, int usable, MutableRational out) {
            if (m.aggregation() == org.blendscore.rubric.Aggregation.MEDIAN) {
                BigDecimal[] sorted = new BigDecimal[usable];
                int k = 0;
                for (int j = 0; j < n; j++) {
                    Rating r = ratings[j];
                    if (r.value().isPresent()) {
                        sorted[k++] = r.value().get();
                    }
                }
                Arrays.sort(sorted);
                if (k % 2 == 1) {
                    out.set(sorted[k / 2]);
                } else {
                    out.set(sorted[k / 2 - 1]).add(new MutableRational().set(sorted[k / 2])).divide(2);
                }
                return;
            }
            out.setZero();
            long sum = 0;
            for (int j = 0; j < n; j++) {
                Rating r = ratings[j];
                if (r.value().isPresent()) {
                    BigDecimal v = r.value().get();
                    if (v.scale() == 0 && v.precision() <= 15) {
                        // whole-number ratings, the usual kind, add up in a long
                        long x = v.longValue();
                        long next = sum + x;
                        if (((sum ^ next) & (x ^ next)) < 0) {
                            out.add(new MutableRational().set(sum, 1));
                            next = x;
                        }
                        sum = next;
                    } else {
                        out.add(new MutableRational().set(v));
                    }
                }
            }
            out.add(new MutableRational().set(sum, 1)).divide(usable);
        }
    }
}
