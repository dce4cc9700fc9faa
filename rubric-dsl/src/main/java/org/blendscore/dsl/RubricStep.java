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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.blendscore.analysis.DeclaredRules;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetRules;

/**
 * The body of a rubric being described, reached through
 * {@code rubric(id).version(v).effective(period)}: sections, bands, band guards, targets, policies.
 * Immutable: every option returns a new step and leaves this one as it was, so a half-built rubric
 * can be kept as a template and finished differently for each role. {@link #build()} checks
 * everything at once.
 *
 * <p>Numbers may be given as {@code BigDecimal}, taken exactly, or as {@code double}, read as its
 * shortest decimal string (see {@link RubricDsl}).
 */
public final class RubricStep {

    private record SectionSpec(String name, BigDecimal weight, SectionStep step) {
    }

    private final String id;
    private final String version;
    private final DateRange effective;
    private final Chain<SectionSpec> sections;
    private final Chain<Band> bands;
    private final Chain<BandGuard> guards;
    private final MissingEvidencePolicy policy;
    private final int decimals;
    private final TargetRules targets;
    private final FairnessRules fairness;
    private final BandRules bandRules;

    private RubricStep(String id, String version, DateRange effective, Chain<SectionSpec> sections, Chain<Band> bands,
                       Chain<BandGuard> guards, MissingEvidencePolicy policy, int decimals, TargetRules targets,
                       FairnessRules fairness, BandRules bandRules) {
        this.id = id;
        this.version = version;
        this.effective = effective;
        this.sections = sections;
        this.bands = bands;
        this.guards = guards;
        this.policy = policy;
        this.decimals = decimals;
        this.targets = targets;
        this.fairness = fairness;
        this.bandRules = bandRules;
    }

    static RubricStep start(String id, String version, DateRange effective) {
        return new RubricStep(id, version, effective, Chain.empty(), Chain.empty(), Chain.empty(), MissingEvidencePolicy.LEAVE_OUT,
                Rubric.DEFAULT_SCALE, TargetRules.none(), FairnessRules.defaults(), BandRules.defaults());
    }

    /**
     * A copy with another id, for a variant of a template.
     *
     * @param otherId the id
     * @return a new step
     * @throws NullPointerException if {@code otherId} is null
     */
    public RubricStep id(String otherId) {
        return new RubricStep(Args.notNull(otherId, "rubric id"), version, effective, sections, bands, guards, policy, decimals,
                targets, fairness, bandRules);
    }

    /**
     * Adds a section.
     *
     * @param name the section name
     * @param weight weight in the rubric, percent, read as its shortest decimal
     * @param section describes the section's measures
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     * @throws NullPointerException if an argument is null, or {@code section} returns null
     */
    public RubricStep section(String name, double weight, UnaryOperator<SectionStep> section) {
        return section(name, Decimals.of(weight, weightOf(name)), section);
    }

    /**
     * Adds a section with an exact weight.
     *
     * @param name the section name
     * @param weight weight in the rubric, percent
     * @param section describes the section's measures
     * @return a new step
     * @throws NullPointerException if an argument is null, or {@code section} returns null
     */
    public RubricStep section(String name, BigDecimal weight, UnaryOperator<SectionStep> section) {
        String where = "section '" + Args.notNull(name, "section name") + "'";
        BigDecimal w = Decimals.of(weight, weightOf(name));
        Chain<SectionSpec> next = this.sections.append(new SectionSpec(name, w, Args.described(section, SectionStep.start(), where)));
        return new RubricStep(id, version, effective, next, bands, guards, policy, decimals, targets, fairness, bandRules);
    }

    private static String weightOf(String section) {
        return "weight of section " + section;
    }

    /**
     * Adds a band; give bands highest first, the lowest starting at 0.
     *
     * @param label the label
     * @param lowerBound the lowest overall score in the band, read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if {@code lowerBound} is NaN or infinite
     */
    public RubricStep band(String label, double lowerBound) {
        return band(label, Decimals.of(lowerBound, lowerBoundOf(label)));
    }

    /**
     * Adds a band with an exact lower bound; give bands highest first, the lowest starting at 0.
     *
     * @param label the label
     * @param lowerBound the lowest overall score in the band
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public RubricStep band(String label, BigDecimal lowerBound) {
        Chain<Band> next = this.bands.append(new Band(Args.notNull(label, "band label"), Decimals.of(lowerBound, lowerBoundOf(label))));
        return new RubricStep(id, version, effective, sections, next, guards, policy, decimals, targets, fairness, bandRules);
    }

    private static String lowerBoundOf(String band) {
        return "lower bound of band " + band;
    }

    /**
     * Adds a band guard: while {@code condition} holds, the band is at most {@code capAt}.
     *
     * @param condition from {@link RubricDsl#sectionScore(String)} or {@link RubricDsl#measurePoints(String)}
     * @param capAt the highest band allowed
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public RubricStep guard(ScoreCondition condition, String capAt) {
        Chain<BandGuard> next = this.guards.append(new BandGuard(Args.notNull(condition, "guard condition"), Args.notNull(capAt, "band a guard caps at")));
        return new RubricStep(id, version, effective, sections, bands, next, policy, decimals, targets, fairness, bandRules);
    }

    /**
     * How base targets become each subject's effective targets: factors, proration, ramp,
     * seasonality, relief cap and pacing alerts.
     *
     * @param rules describes the target rules
     * @return a new step
     * @throws NullPointerException if {@code rules} is null or returns null
     */
    public RubricStep targets(UnaryOperator<TargetsStep> rules) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, decimals,
                Args.described(rules, new TargetsStep(targets), "the target rules").rules(), fairness, bandRules);
    }

    /**
     * The fairness rules the rubric declares about itself, checked by {@link #build()}: starting from
     * the current rules (the {@link FairnessRules#defaults() defaults} unless set), as in
     * {@code .fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(10))}.
     *
     * @param rules describes the rules
     * @return a new step
     * @throws NullPointerException if {@code rules} is null or returns null
     */
    public RubricStep fairness(UnaryOperator<FairnessStep> rules) {
        return fairness(Args.described(rules, new FairnessStep(fairness), "the fairness rules").rules());
    }

    /**
     * Replaces the fairness rules, as in {@code .fairness(FairnessRules.none())} to switch them all off.
     *
     * @param rules the rules
     * @return a new step
     * @throws NullPointerException if {@code rules} is null
     */
    public RubricStep fairness(FairnessRules rules) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, decimals, targets,
                Args.notNull(rules, "fairness rules"), bandRules);
    }

    /**
     * What happens to missing evidence (default {@link MissingEvidencePolicy#LEAVE_OUT}).
     *
     * @param p the policy
     * @return a new step
     * @throws NullPointerException if {@code p} is null
     */
    public RubricStep missingEvidence(MissingEvidencePolicy p) {
        return new RubricStep(id, version, effective, sections, bands, guards, Args.notNull(p, "missing-evidence policy"),
                decimals, targets, fairness, bandRules);
    }

    /**
     * Decimal places of a review's scores and contributions (default 2), the rubric's
     * result scale ({@code Rubric.scale()}). Not to be confused with a rating scale,
     * {@link RubricDsl#scale(double, double)}.
     *
     * @param places 0 to 6; checked when the rubric is built
     * @return a new step
     */
    public RubricStep resultDecimals(int places) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, places, targets, fairness, bandRules);
    }

    /**
     * Adds a band guard that fails open: while {@code condition} holds, the band is at most
     * {@code capAt}, and when the condition cannot be evaluated (its section or measure was left out
     * for missing evidence) the guard is skipped, with a warning. A guard added with
     * {@link #guard(ScoreCondition, String)} fails closed instead: it caps the band then too.
     *
     * @param condition from {@link RubricDsl#sectionScore(String)} or {@link RubricDsl#measurePoints(String)}
     * @param capAt the highest band allowed
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public RubricStep guardFailingOpen(ScoreCondition condition, String capAt) {
        Chain<BandGuard> next = this.guards.append(
                new BandGuard(Args.notNull(condition, "guard condition"), Args.notNull(capAt, "band a guard caps at"), true));
        return new RubricStep(id, version, effective, sections, bands, next, policy, decimals, targets, fairness, bandRules);
    }

    /**
     * The least coverage for a banded review, percent of the rubric's nominal weight (default 75):
     * a review whose usable evidence covers less is incomplete, with no band (or a provisional one,
     * see {@link #provisionalBandWhenIncomplete()}).
     *
     * @param percent 0 to 100, read as its shortest decimal; checked when the rubric is built
     * @return a new step
     * @throws IllegalArgumentException if {@code percent} is NaN or infinite
     */
    public RubricStep leastCoverage(double percent) {
        return leastCoverage(Decimals.of(percent, "least coverage"));
    }

    /**
     * The least coverage for a banded review, percent of the rubric's nominal weight (default 75).
     *
     * @param percent 0 to 100; checked when the rubric is built
     * @return a new step
     * @throws NullPointerException if {@code percent} is null
     */
    public RubricStep leastCoverage(BigDecimal percent) {
        return bandRules(bandRules.withLeastCoverage(Args.notNull(percent, "least coverage")));
    }

    /**
     * Gives an incomplete review (below the least coverage) the band its overall reaches after
     * guards, marked provisional, instead of no band.
     *
     * @return a new step
     */
    public RubricStep provisionalBandWhenIncomplete() {
        return bandRules(bandRules.withBelowLeastCoverage(BandRules.IncompleteBand.PROVISIONAL));
    }

    /**
     * Which figures bands and guards read: {@link BandRules.BandReading#ROUNDED} (the default: the overall,
     * section scores and measure points as the review shows them) or {@link BandRules.BandReading#EXACT}.
     *
     * @param reading the reading
     * @return a new step
     * @throws NullPointerException if {@code reading} is null
     */
    public RubricStep bandsRead(BandRules.BandReading reading) {
        return bandRules(bandRules.withReading(Args.notNull(reading, "band reading")));
    }

    /**
     * Replaces the band rules: least coverage, incomplete reviews' band and band reading.
     *
     * @param rules the rules
     * @return a new step
     * @throws NullPointerException if {@code rules} is null
     */
    public RubricStep bandRules(BandRules rules) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, decimals, targets, fairness,
                Args.notNull(rules, "band rules"));
    }

    /**
     * Builds and checks the rubric: its structure, then the fairness rules it declares
     * ({@link DeclaredRules}).
     *
     * @return the immutable rubric
     * @throws InvalidRubricException listing every problem, each with its path
     */
    public Rubric build() {
        Problems problems = new Problems();
        List<Section> built = new ArrayList<>();
        for (SectionSpec spec : sections.toList()) {
            built.add(new Section(spec.name(), spec.weight(), spec.step().build(problems), spec.step().policy()));
        }
        List<RubricProblem> all = new ArrayList<>(problems.list());
        try {
            Rubric rubric = new Rubric(id, version, effective, built, bands.toList(), guards.toList(), policy, decimals, targets, fairness, bandRules);
            // the model checks its structure; the rules it declares are measured by the analysis
            all.addAll(DeclaredRules.broken(rubric));
            if (all.isEmpty()) {
                return rubric;
            }
        } catch (InvalidRubricException e) {
            all.addAll(e.problems());
        }
        throw new InvalidRubricException(id, all);
    }
}
