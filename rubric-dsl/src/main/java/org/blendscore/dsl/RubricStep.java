package org.blendscore.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.blendscore.analysis.DeclaredRules;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetRules;

/**
 * A rubric being described. Immutable: every option returns a new step and leaves this one as it
 * was, so a half-built rubric can be kept as a template and finished differently for each role.
 * {@link #build()} checks everything at once.
 */
public final class RubricStep {

    private record SectionSpec(String name, BigDecimal weight, SectionStep step) {
    }

    private final String id;
    private final String version;
    private final Optional<DateRange> effective;
    private final List<SectionSpec> sections;
    private final List<Band> bands;
    private final List<BandGuard> guards;
    private final MissingEvidencePolicy policy;
    private final int scale;
    private final TargetRules targets;
    private final FairnessRules fairness;

    private RubricStep(String id, String version, Optional<DateRange> effective, List<SectionSpec> sections,
                       List<Band> bands, List<BandGuard> guards, MissingEvidencePolicy policy, int scale, TargetRules targets,
                       FairnessRules fairness) {
        this.id = id;
        this.version = version;
        this.effective = effective;
        this.sections = List.copyOf(sections);
        this.bands = List.copyOf(bands);
        this.guards = List.copyOf(guards);
        this.policy = policy;
        this.scale = scale;
        this.targets = targets;
        this.fairness = fairness;
    }

    static RubricStep start(String id) {
        return new RubricStep(Objects.requireNonNull(id, "id"), "", Optional.empty(), List.of(), List.of(), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE, TargetRules.none(), FairnessRules.defaults());
    }

    /**
     * A copy with another id, for a variant of a template.
     *
     * @param otherId the id
     * @return a new step
     */
    public RubricStep id(String otherId) {
        return new RubricStep(Objects.requireNonNull(otherId, "id"), version, effective, sections, bands, guards, policy, scale,
                targets, fairness);
    }

    /**
     * The published version, such as {@code 2026.1}.
     *
     * @param v the version
     * @return a new step
     */
    public RubricStep version(String v) {
        return new RubricStep(id, Objects.requireNonNull(v, "version"), effective, sections, bands, guards, policy, scale,
                targets, fairness);
    }

    /**
     * The dates the rubric applies to.
     *
     * @param range the effective period
     * @return a new step
     */
    public RubricStep effective(DateRange range) {
        return new RubricStep(id, version, Optional.of(range), sections, bands, guards, policy, scale, targets, fairness);
    }

    /**
     * The dates the rubric applies to, both inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return a new step
     */
    public RubricStep effective(LocalDate start, LocalDate end) {
        return effective(DateRange.of(start, end));
    }

    /**
     * Adds a section.
     *
     * @param name the section name
     * @param weight weight in the rubric, percent
     * @param section describes the section's measures
     * @return a new step
     */
    public RubricStep section(String name, double weight, UnaryOperator<SectionStep> section) {
        List<SectionSpec> next = new ArrayList<>(sections);
        next.add(new SectionSpec(name, Decimals.of(weight, "weight of section " + name), section.apply(SectionStep.start())));
        return new RubricStep(id, version, effective, next, bands, guards, policy, scale, targets, fairness);
    }

    /**
     * Adds a band; give bands highest first, the lowest starting at 0.
     *
     * @param label the label
     * @param lowerBound the lowest overall score in the band
     * @return a new step
     */
    public RubricStep band(String label, double lowerBound) {
        List<Band> next = new ArrayList<>(bands);
        next.add(new Band(label, Decimals.of(lowerBound, "lower bound of band " + label)));
        return new RubricStep(id, version, effective, sections, next, guards, policy, scale, targets, fairness);
    }

    /**
     * Adds a band guard: while {@code condition} holds, the band is at most {@code capAt}.
     *
     * @param condition from {@link RubricDsl#sectionScore(String)} or {@link RubricDsl#measurePoints(String)}
     * @param capAt the highest band allowed
     * @return a new step
     */
    public RubricStep guard(org.blendscore.rubric.ScoreCondition condition, String capAt) {
        List<BandGuard> next = new ArrayList<>(guards);
        next.add(new BandGuard(condition, capAt));
        return new RubricStep(id, version, effective, sections, bands, next, policy, scale, targets, fairness);
    }

    /**
     * How base targets become each subject's effective targets: factors, proration, ramp,
     * seasonality, relief cap and pacing alerts.
     *
     * @param rules describes the target rules
     * @return a new step
     */
    public RubricStep targets(UnaryOperator<TargetsStep> rules) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, scale,
                rules.apply(new TargetsStep(targets)).rules(), fairness);
    }

    /**
     * The fairness rules the rubric declares about itself, checked by {@link #build()}: starting from
     * the current rules (the {@link FairnessRules#defaults() defaults} unless set), as in
     * {@code .fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(10))}.
     *
     * @param rules describes the rules
     * @return a new step
     */
    public RubricStep fairness(UnaryOperator<FairnessStep> rules) {
        return fairness(rules.apply(new FairnessStep(fairness)).rules());
    }

    /**
     * Replaces the fairness rules, as in {@code .fairness(FairnessRules.none())} to switch them all off.
     *
     * @param rules the rules
     * @return a new step
     */
    public RubricStep fairness(FairnessRules rules) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, scale, targets,
                Objects.requireNonNull(rules, "fairness rules"));
    }

    /**
     * What happens to missing evidence (default {@link MissingEvidencePolicy#LEAVE_OUT}).
     *
     * @param p the policy
     * @return a new step
     */
    public RubricStep missingEvidence(MissingEvidencePolicy p) {
        return new RubricStep(id, version, effective, sections, bands, guards, Objects.requireNonNull(p, "policy"), scale,
                targets, fairness);
    }

    /**
     * Decimal places of scores and contributions (default 2).
     *
     * @param places 0 to 6
     * @return a new step
     */
    public RubricStep scale(int places) {
        return new RubricStep(id, version, effective, sections, bands, guards, policy, places, targets, fairness);
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
        if (effective.isEmpty()) {
            problems.missing("effective", "effective period");
        }
        List<Section> built = new ArrayList<>();
        for (SectionSpec spec : sections) {
            built.add(new Section(spec.name(), spec.weight(), spec.step().build(problems)));
        }
        List<RubricProblem> all = new ArrayList<>(problems.list());
        try {
            Rubric rubric = new Rubric(id, version, effective.orElse(DateRange.year(2000)), built, bands, guards, policy, scale,
                    targets, fairness);
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
