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
import org.blendscore.number.Fraction;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;

/**
 * What a rubric can do to the people it judges, computed exactly from the rubric alone, with no
 * sampling: whether every curve is non-decreasing and every tier table free of gaps and overlaps;
 * every cliff, the jump of the overall score at a breakpoint, gate, tier edge or milestone step;
 * each measure's maximum influence on the overall, and the share quantitative measures can move
 * against qualitative ones; the bands no evidence can reach and the guards that can never fire;
 * and how the rubric fares against the fairness rules it declares ({@link #rules()}).
 *
 * <pre>{@code
 * RubricAnalysis analysis = RubricAnalysis.of(rubric);
 * System.out.println(analysis.report());
 * analysis.largestCliff().ifPresent(c -> ...);
 * }</pre>
 *
 * <p>Shares, points and jumps are exact {@link Fraction}s; the report rounds them at the rubric's
 * scale and marks a rounded value with {@code ≈}. A measure's <em>nominal share</em> is section
 * weight x measure weight / 10000, before any renormalisation; its worst-case share is the largest
 * share renormalisation can give it (1 under {@code LEAVE_OUT}, when every other measure is left
 * out; the nominal share under the other policies, which never renormalise).
 *
 * <p>Rating measures have no cliffs: a mean of ratings is interpolated linearly between the levels'
 * points, and a rating is a discrete input, not one that changes by an arbitrarily small amount.
 *
 * @param rubricId the rubric id
 * @param version the rubric version
 * @param missingEvidence the rubric's missing-evidence policy, which decides renormalisation
 * @param scale the rubric's decimal places, used to round in the report and to evaluate guards
 * @param measures every measure, in declaration order
 * @param jumps every place where a measure's points may jump, cliff or not, in declaration order of
 *     the measures and ascending attainment within a curve
 * @param split the quantitative and qualitative shares
 * @param lowestOverall the lowest overall score any evidence can give, or empty if unbounded
 * @param highestOverall the highest overall score any evidence can give, or empty if unbounded
 * @param bands every band, highest first, with whether it can be reached
 * @param guards every guard, in order, with whether it can fire
 * @param rules the rubric's declared fairness rules, each with its measured value, its limit and
 *     whether it holds (on a rubric that was built, every one holds)
 * @param withholding the withholding exposure of every measure, in declaration order, then of every
 *     section: what leaving its evidence out can gain ({@link WithholdingExposure})
 */
public record RubricAnalysis(String rubricId, String version, MissingEvidencePolicy missingEvidence, int scale,
                             List<MeasureAnalysis> measures, List<Cliff> jumps, InfluenceSplit split,
                             Optional<Fraction> lowestOverall, Optional<Fraction> highestOverall,
                             List<BandReach> bands, List<GuardReach> guards, List<RuleCheck> rules,
                             List<WithholdingExposure> withholding) {

    private static final Fraction TEN_THOUSAND = Fraction.of(10_000);

    /**
     * Checks the parts and copies the lists.
     *
     * @param rubricId the rubric id
     * @param version the rubric version
     * @param missingEvidence the rubric's missing-evidence policy, which decides renormalisation
     * @param scale the rubric's decimal places, used to round in the report and to evaluate guards
     * @param measures every measure, in declaration order
     * @param jumps every place where a measure's points may jump, cliff or not, in declaration order of
     *         the measures and ascending attainment within a curve
     * @param split the quantitative and qualitative shares
     * @param lowestOverall the lowest overall score any evidence can give, or empty if unbounded
     * @param highestOverall the highest overall score any evidence can give, or empty if unbounded
     * @param bands every band, highest first, with whether it can be reached
     * @param guards every guard, in order, with whether it can fire
     * @param rules the rubric's declared fairness rules, each with its measured value, its limit and
     *         whether it holds (on a rubric that was built, every one holds)
     * @param withholding the withholding exposure of every measure, then of every section
     */
    public RubricAnalysis {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(missingEvidence, "missingEvidence");
        measures = List.copyOf(measures);
        jumps = List.copyOf(jumps);
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(lowestOverall, "lowestOverall");
        Objects.requireNonNull(highestOverall, "highestOverall");
        bands = List.copyOf(bands);
        guards = List.copyOf(guards);
        rules = List.copyOf(rules);
        withholding = List.copyOf(withholding);
    }

    /**
     * An analysis without withholding exposures.
     *
     * @param rubricId the rubric id
     * @param version the rubric version
     * @param missingEvidence the missing-evidence policy
     * @param scale the rubric's decimal places
     * @param measures every measure
     * @param jumps every place where points may jump
     * @param split the quantitative and qualitative shares
     * @param lowestOverall the lowest overall, if bounded
     * @param highestOverall the highest overall, if bounded
     * @param bands every band with its reach
     * @param guards every guard with its reach
     * @param rules the declared fairness rules, checked
     */
    public RubricAnalysis(String rubricId, String version, MissingEvidencePolicy missingEvidence, int scale,
                          List<MeasureAnalysis> measures, List<Cliff> jumps, InfluenceSplit split,
                          Optional<Fraction> lowestOverall, Optional<Fraction> highestOverall,
                          List<BandReach> bands, List<GuardReach> guards, List<RuleCheck> rules) {
        this(rubricId, version, missingEvidence, scale, measures, jumps, split, lowestOverall, highestOverall, bands, guards,
                rules, List.of());
    }

    /**
     * An analysis that shows no fairness rules.
     *
     * @param rubricId the rubric id
     * @param version the rubric version
     * @param missingEvidence the missing-evidence policy
     * @param scale the rubric's decimal places
     * @param measures every measure
     * @param jumps every place where points may jump
     * @param split the quantitative and qualitative shares
     * @param lowestOverall the lowest overall, if bounded
     * @param highestOverall the highest overall, if bounded
     * @param bands every band with its reach
     * @param guards every guard with its reach
     */
    public RubricAnalysis(String rubricId, String version, MissingEvidencePolicy missingEvidence, int scale,
                          List<MeasureAnalysis> measures, List<Cliff> jumps, InfluenceSplit split,
                          Optional<Fraction> lowestOverall, Optional<Fraction> highestOverall,
                          List<BandReach> bands, List<GuardReach> guards) {
        this(rubricId, version, missingEvidence, scale, measures, jumps, split, lowestOverall, highestOverall, bands, guards,
                List.of());
    }

    /**
     * Analyses a rubric.
     *
     * @param rubric a rubric
     * @return its analysis
     */
    public static RubricAnalysis of(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric");
        MissingEvidencePolicy policy = rubric.missingEvidence();
        List<MeasureAnalysis> measures = new ArrayList<>();
        List<MeasureAnalysis> raw = new ArrayList<>();
        List<Cliff> jumps = new ArrayList<>();
        for (Section s : rubric.sections()) {
            for (Measure m : s.measures()) {
                Fraction share = Fraction.of(s.weight()).multiply(Fraction.of(m.weight())).divide(TEN_THOUSAND);
                Fraction worst = policy == MissingEvidencePolicy.LEAVE_OUT ? Fraction.ONE : share;
                MeasureAnalysis ma = measure(m, s.name(), share, worst, policy);
                measures.add(ma);
                raw.add(policy == MissingEvidencePolicy.COUNT_AS_ZERO ? measure(m, s.name(), share, worst, MissingEvidencePolicy.LEAVE_OUT) : ma);
                jumps.addAll(jumps(m, ma));
            }
        }
        InfluenceSplit split = split(measures);
        Optional<Fraction> lowest;
        Optional<Fraction> highest;
        if (policy == MissingEvidencePolicy.LEAVE_OUT) {
            // a weighted mean of whatever is present; any one measure may be all that is present
            lowest = extreme(measures.stream().map(MeasureAnalysis::minPoints).toList(), false);
            highest = extreme(measures.stream().map(MeasureAnalysis::maxPoints).toList(), true);
        } else {
            lowest = weightedSum(measures, MeasureAnalysis::minPoints);
            highest = weightedSum(measures, MeasureAnalysis::maxPoints);
        }
        Reach reach = new Reach(rubric, measures, lowest, highest);
        List<GuardReach> guards = reach.guards();
        List<WithholdingExposure> withholding = Withholding.of(rubric, raw);
        return new RubricAnalysis(rubric.id(), rubric.version(), policy, rubric.scale(), measures, jumps, split,
                lowest, highest, reach.bands(guards), guards, RuleChecks.check(measures, jumps, split, withholding, rubric.fairness()),
                withholding);
    }

    /**
     * Measures this rubric against other fairness rules than the ones it declares, to see what it
     * would take: {@code analysis.check(FairnessRules.none().withMaxCliff(new BigDecimal("5")))}.
     *
     * @param other the rules to check
     * @return one check per declared rule of {@code other}, in {@link FairnessRules#declared()} order
     */
    public List<RuleCheck> check(FairnessRules other) {
        Objects.requireNonNull(other, "other");
        return RuleChecks.check(measures, jumps, split, withholding, other);
    }

    /**
     * The withholding exposure of one measure or section.
     *
     * @param scope a measure or a section
     * @param id the measure id or section name
     * @return its exposure, or empty if the rubric has no such measure or section
     */
    public Optional<WithholdingExposure> withholding(WithholdingExposure.Scope scope, String id) {
        return withholding.stream().filter(w -> w.scope() == scope && w.id().equals(id)).findFirst();
    }

    /**
     * The largest withholding exposure: what a declared {@code maxWithholdingGain} limits. An
     * unbounded gain is the largest; among equals, the first.
     *
     * @return the largest exposure, or empty if no evidence can be withheld at a gain
     */
    public Optional<WithholdingExposure> largestWithholding() {
        return Withholding.largest(withholding);
    }

    /**
     * The largest cliff of a curve (at a gate, breakpoint or tier edge; milestone steps are not
     * counted), by the absolute jump of the overall at nominal shares: what a declared
     * {@code maxCliff} limits.
     *
     * @return the largest curve cliff, or empty if no curve jumps
     */
    public Optional<Cliff> largestCurveCliff() {
        Cliff best = null;
        for (Cliff c : cliffs()) {
            if (c.attainment().isPresent() && (best == null || c.overallJump().abs().compareTo(best.overallJump().abs()) > 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The analysis of one measure.
     *
     * @param measureId a measure id
     * @return the measure's analysis, or empty if the rubric has no such measure
     */
    public Optional<MeasureAnalysis> measure(String measureId) {
        return measures.stream().filter(m -> m.measureId().equals(measureId)).findFirst();
    }

    /**
     * The jumps that are cliffs: those where the points really jump.
     *
     * @return the cliffs, in the order of {@link #jumps()}
     */
    public List<Cliff> cliffs() {
        return jumps.stream().filter(Cliff::isCliff).toList();
    }

    /**
     * The cliff with the largest jump of the overall at nominal shares (in absolute value; the first
     * declared among equals).
     *
     * @return the largest cliff, or empty if nothing jumps
     */
    public Optional<Cliff> largestCliff() {
        Cliff best = null;
        for (Cliff c : cliffs()) {
            if (best == null || c.overallJump().abs().compareTo(best.overallJump().abs()) > 0) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether every quota measure's curve is non-decreasing: more attainment never earns fewer points.
     *
     * @return true if no curve has a drop
     */
    public boolean allCurvesNonDecreasing() {
        return measures.stream().flatMap(m -> m.curve().stream()).allMatch(CurveAnalysis::nonDecreasing);
    }

    /**
     * Whether every tier table gives exactly one tier to every attainment.
     *
     * @return true if no tier table has a gap, an overlap or an empty tier
     */
    public boolean allTierTablesComplete() {
        return measures.stream().flatMap(m -> m.curve().stream()).flatMap(c -> c.tierTable().stream())
                .allMatch(TierTableAnalysis::isComplete);
    }

    /**
     * The bands no evidence can reach.
     *
     * @return the unreachable bands, highest first
     */
    public List<BandReach> unreachableBands() {
        return bands.stream().filter(b -> !b.isReachable()).toList();
    }

    /**
     * The guards that can never lower a band.
     *
     * @return the dead guards, in order
     */
    public List<GuardReach> deadGuards() {
        return guards.stream().filter(GuardReach::isDead).toList();
    }

    /**
     * Renders the analysis as a plain-text report, numbers rounded at the rubric's scale.
     *
     * @return the report, lines separated by {@code \n}
     */
    public String report() {
        return AnalysisText.render(this);
    }

    /** The same as {@link #report()}. */
    @Override
    public String toString() {
        return report();
    }

    private static MeasureAnalysis measure(Measure m, String section, Fraction share, Fraction worst,
                                           MissingEvidencePolicy policy) {
        MeasureAnalysis.Kind kind;
        Optional<Fraction> min;
        Optional<Fraction> max;
        Optional<CurveAnalysis> curve = Optional.empty();
        if (m instanceof QuotaMeasure q) {
            kind = MeasureAnalysis.Kind.QUOTA;
            CurveAnalysis ca = CurveAnalysis.of(q.curve());
            curve = Optional.of(ca);
            min = ca.minPoints();
            max = ca.maxPoints();
        } else if (m instanceof MilestoneMeasure ms) {
            kind = MeasureAnalysis.Kind.MILESTONES;
            Fraction sum = Fraction.ZERO;
            for (MilestoneRule rule : ms.rules()) {
                sum = sum.add(ruleMax(rule));
            }
            min = Optional.of(Fraction.ZERO);
            max = Optional.of(ms.capAt100() ? sum.min(Fraction.HUNDRED) : sum);
        } else {
            kind = MeasureAnalysis.Kind.RATINGS;
            RatingScale scale = ((RatingMeasure) m).scale();
            List<Fraction> levels = scale.levels().stream().map(l -> levelPoints(l, scale)).toList();
            min = levels.stream().min(Comparator.naturalOrder());
            max = levels.stream().max(Comparator.naturalOrder());
        }
        if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
            min = min.map(v -> v.min(Fraction.ZERO));
        }
        return new MeasureAnalysis(m.id(), section, kind, share, worst, min, max, curve);
    }

    private static Fraction ruleMax(MilestoneRule rule) {
        if (rule instanceof StageLadder ladder) {
            return ladder.stages().stream().map(s -> Fraction.of(s.points())).max(Comparator.naturalOrder())
                    .orElse(Fraction.ZERO);
        }
        if (rule instanceof CountedMilestone cm) {
            return Fraction.of(cm.points());
        }
        return Fraction.of(((Milestone) rule).points());
    }

    private static Fraction levelPoints(ScaleLevel level, RatingScale scale) {
        if (level.points().isPresent()) {
            return Fraction.of(level.points().get());
        }
        Fraction min = Fraction.of(scale.min());
        return Fraction.of(level.value()).subtract(min).divide(Fraction.of(scale.max()).subtract(min)).multiply(Fraction.HUNDRED);
    }

    private static List<Cliff> jumps(Measure m, MeasureAnalysis ma) {
        List<Cliff> out = new ArrayList<>();
        Fraction share = ma.nominalShare();
        Fraction worst = ma.worstCaseShare();
        if (ma.curve().isPresent()) {
            for (CurveEdge e : ma.curve().get().edges()) {
                out.add(new Cliff(m.id(), e.kind(), Optional.of(e.attainment()), AnalysisMessages.cliffAtAttainment(e.attainment()),
                        e.pointsBelow(), e.pointsAbove(), share, worst));
            }
        } else if (m instanceof MilestoneMeasure ms) {
            for (MilestoneRule rule : ms.rules()) {
                if (rule instanceof Milestone one) {
                    out.add(new Cliff(m.id(), CliffKind.MILESTONE, Optional.empty(), AnalysisMessages.cliffAtMilestone(one.id()), Fraction.ZERO,
                            Fraction.of(one.points()), share, worst));
                } else if (rule instanceof StageLadder ladder) {
                    Fraction before = Fraction.ZERO;
                    for (Stage stage : ladder.stages()) {
                        Fraction after = Fraction.of(stage.points());
                        out.add(new Cliff(m.id(), CliffKind.STAGE, Optional.empty(), AnalysisMessages.cliffAtStage(stage.id(), ladder.id()),
                                before, after, share, worst));
                        before = after;
                    }
                } else if (rule instanceof CountedMilestone cm) {
                    out.add(new Cliff(m.id(), CliffKind.COUNT, Optional.empty(), AnalysisMessages.cliffAtCount(cm.id(), cm.target()),
                            Fraction.ZERO, Fraction.of(cm.points()).divide(Fraction.of(cm.target())), share, worst));
                }
            }
        }
        return out;
    }

    private static InfluenceSplit split(List<MeasureAnalysis> measures) {
        Fraction quantWeight = Fraction.ZERO;
        Fraction qualWeight = Fraction.ZERO;
        Optional<Fraction> quantInfluence = Optional.of(Fraction.ZERO);
        Optional<Fraction> qualInfluence = Optional.of(Fraction.ZERO);
        for (MeasureAnalysis m : measures) {
            Optional<Fraction> influence = m.maxInfluence();
            if (m.kind().quantitative()) {
                quantWeight = quantWeight.add(m.nominalShare());
                quantInfluence = sum(quantInfluence, influence);
            } else {
                qualWeight = qualWeight.add(m.nominalShare());
                qualInfluence = sum(qualInfluence, influence);
            }
        }
        return new InfluenceSplit(quantWeight, qualWeight, quantInfluence, qualInfluence);
    }

    static Optional<Fraction> sum(Optional<Fraction> a, Optional<Fraction> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().add(b.get())) : Optional.empty();
    }

    static Optional<Fraction> extreme(List<Optional<Fraction>> values, boolean highest) {
        Fraction best = null;
        for (Optional<Fraction> v : values) {
            if (v.isEmpty()) {
                return Optional.empty();
            }
            best = best == null ? v.get() : highest ? best.max(v.get()) : best.min(v.get());
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Fraction> weightedSum(List<MeasureAnalysis> measures,
                                                  java.util.function.Function<MeasureAnalysis, Optional<Fraction>> points) {
        Optional<Fraction> total = Optional.of(Fraction.ZERO);
        for (MeasureAnalysis m : measures) {
            total = sum(total, points.apply(m).map(m.nominalShare()::multiply));
        }
        return total;
    }
}
