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
package org.blendscore.rubric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What is measured for one role and how it is weighed: ordered sections of weighted measures,
 * bands, band guards, a missing-evidence policy, target rules and the fairness rules the rubric
 * declares about itself. Immutable, and structurally valid by construction: the constructor checks
 * the whole tree (including that the declared fairness limits make sense) and throws an
 * {@link InvalidRubricException} listing every problem with its path. Whether the rubric keeps the
 * fairness rules it declares is measured by the analysis
 * ({@code org.blendscore.analysis.DeclaredRules#check}), which the rubric DSL's {@code build()} and
 * {@code Scorer.of} run; the model itself does not depend on the analysis.
 *
 * <p>Compile a rubric once with {@code org.blendscore.scoring.Scorer.of(rubric)} and score many
 * pieces of evidence with the scorer.
 *
 * @param id the rubric id, such as {@code enterprise-ae}
 * @param version the published version, such as {@code 2026.1}
 * @param effective the dates the rubric applies to; evidence periods must lie inside
 * @param sections the sections, weights adding up to 100
 * @param bands the bands, highest first; the lowest starts at 0
 * @param guards band guards, applied in order
 * @param missingEvidence what happens to missing evidence
 * @param scale decimal places of scores and contributions in reviews (0 to 6; 2 by default in builders)
 * @param targets how base targets become each subject's effective targets
 * @param fairness the fairness rules the rubric declares about itself, checked when it is built
 *     through the DSL or compiled ({@link FairnessRules#defaults()} unless given)
 * @param bandRules which overall bands and guards read, and the least coverage for a banded review
 *     ({@link BandRules#defaults()} unless given)
 */
public record Rubric(@NotBlank String id, @NotBlank String version, @NotNull DateRange effective,
                     @NotEmpty List<@Valid @NotNull Section> sections, @NotEmpty List<@Valid @NotNull Band> bands,
                     List<@Valid @NotNull BandGuard> guards, @NotNull MissingEvidencePolicy missingEvidence,
                     @Min(0) @Max(6) int scale, @Valid @NotNull TargetRules targets, @Valid @NotNull FairnessRules fairness,
                     @Valid @NotNull BandRules bandRules) {

    /** The decimal places of results when a rubric does not say otherwise. */
    public static final int DEFAULT_SCALE = 2;

    /**
     * Copies the lists and checks the rubric's structure, including that the limits of its declared
     * fairness rules make sense. Whether it keeps those rules is checked by
     * {@code org.blendscore.analysis.DeclaredRules#check}, when the rubric is built through the DSL
     * or compiled.
     *
     * @param id the rubric id
     * @param version the published version
     * @param effective the dates the rubric applies to
     * @param sections the sections
     * @param bands the bands, highest first
     * @param guards band guards
     * @param missingEvidence what happens to missing evidence
     * @param scale decimal places of results
     * @param targets how base targets become effective targets
     * @param fairness the fairness rules the rubric declares
     * @param bandRules which overall bands read, and the least coverage for a banded review
     * @throws InvalidRubricException listing every problem found, each with its path
     */
    public Rubric(String id, String version, DateRange effective, List<Section> sections, List<Band> bands,
                  List<BandGuard> guards, MissingEvidencePolicy missingEvidence, int scale, TargetRules targets,
                  FairnessRules fairness, BandRules bandRules) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.effective = Objects.requireNonNull(effective, "effective");
        this.sections = Copies.list(sections, "sections", () -> "rubric '" + id + "'");
        this.bands = Copies.list(bands, "bands", () -> "rubric '" + id + "'");
        this.guards = Copies.list(guards, "guards", () -> "rubric '" + id + "'");
        this.missingEvidence = Objects.requireNonNull(missingEvidence, "missingEvidence");
        this.scale = scale;
        this.targets = Objects.requireNonNull(targets, "targets");
        this.fairness = Objects.requireNonNull(fairness, "fairness");
        this.bandRules = Objects.requireNonNull(bandRules, "bandRules");
        List<RubricProblem> problems = RubricChecks.check(id, version, effective, this.sections, this.bands, this.guards, scale,
                targets, fairness, bandRules);
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(id, problems);
        }
    }

    /**
     * A rubric with the {@linkplain BandRules#defaults() default band rules}.
     *
     * @param id the rubric id
     * @param version the published version
     * @param effective the dates the rubric applies to
     * @param sections the sections
     * @param bands the bands, highest first
     * @param guards band guards
     * @param missingEvidence what happens to missing evidence
     * @param scale decimal places of results
     * @param targets how base targets become effective targets
     * @param fairness the fairness rules the rubric declares
     * @throws InvalidRubricException listing every problem found, each with its path
     */
    public Rubric(String id, String version, DateRange effective, List<Section> sections, List<Band> bands,
                  List<BandGuard> guards, MissingEvidencePolicy missingEvidence, int scale, TargetRules targets,
                  FairnessRules fairness) {
        this(id, version, effective, sections, bands, guards, missingEvidence, scale, targets, fairness, BandRules.defaults());
    }

    /**
     * A rubric with the {@link FairnessRules#defaults() default fairness rules}.
     *
     * @param id the rubric id
     * @param version the published version
     * @param effective the dates the rubric applies to
     * @param sections the sections
     * @param bands the bands, highest first
     * @param guards band guards
     * @param missingEvidence what happens to missing evidence
     * @param scale decimal places of results
     * @param targets how base targets become effective targets
     * @throws InvalidRubricException listing every problem found
     */
    public Rubric(String id, String version, DateRange effective, List<Section> sections, List<Band> bands,
                  List<BandGuard> guards, MissingEvidencePolicy missingEvidence, int scale, TargetRules targets) {
        this(id, version, effective, sections, bands, guards, missingEvidence, scale, targets, FairnessRules.defaults());
    }

    /**
     * A rubric without target adjustments ({@link TargetRules#none()}), with the
     * {@link FairnessRules#defaults() default fairness rules}.
     *
     * @param id the rubric id
     * @param version the published version
     * @param effective the dates the rubric applies to
     * @param sections the sections
     * @param bands the bands, highest first
     * @param guards band guards
     * @param missingEvidence what happens to missing evidence
     * @param scale decimal places of results
     * @throws InvalidRubricException listing every problem found
     */
    public Rubric(String id, String version, DateRange effective, List<Section> sections, List<Band> bands,
                  List<BandGuard> guards, MissingEvidencePolicy missingEvidence, int scale) {
        this(id, version, effective, sections, bands, guards, missingEvidence, scale, TargetRules.none());
    }

    /**
     * A copy with other fairness rules, everything else equal; its structure is checked again (the
     * new limits must make sense), and the rules themselves when it is compiled.
     *
     * @param rules the fairness rules, such as {@link FairnessRules#none()}
     * @return a new rubric
     * @throws InvalidRubricException if a limit of the new rules makes no sense
     */
    public Rubric withFairness(FairnessRules rules) {
        return new Rubric(id, version, effective, sections, bands, guards, missingEvidence, scale, targets, rules, bandRules);
    }

    /**
     * A copy with other band rules, everything else equal; its structure is checked again.
     *
     * @param rules the band rules, such as {@code BandRules.defaults().withLeastCoverage(BigDecimal.valueOf(60))}
     * @return a new rubric
     * @throws InvalidRubricException if the new rules make no sense (a least coverage outside 0..100)
     */
    public Rubric withBandRules(BandRules rules) {
        return new Rubric(id, version, effective, sections, bands, guards, missingEvidence, scale, targets, fairness, rules);
    }

    /**
     * Every measure of the rubric, in declaration order.
     *
     * @return the measures
     */
    public List<Measure> measures() {
        return sections.stream().flatMap(s -> s.measures().stream()).toList();
    }

    /**
     * The measure with this id.
     *
     * @param measureId a measure id
     * @return the measure, or empty if the rubric has none by that id
     */
    public Optional<Measure> measure(String measureId) {
        return measures().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * The section with this name.
     *
     * @param name a section name
     * @return the section, or empty
     */
    public Optional<Section> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The band with this label.
     *
     * @param label a band label
     * @return the band, or empty
     */
    public Optional<Band> band(String label) {
        return bands.stream().filter(b -> b.label().equals(label)).findFirst();
    }

    /**
     * The band an overall score falls in, before any guard.
     *
     * @param overall an overall score
     * @return the highest band whose lower bound is at most {@code overall}
     */
    public Band bandFor(BigDecimal overall) {
        return bands.stream().filter(b -> overall.compareTo(b.lowerBound()) >= 0).findFirst()
                .orElse(bands.get(bands.size() - 1));
    }

    /**
     * The highest overall score any evidence can reach, or empty if some curve is unbounded.
     *
     * @return the maximum overall score, if bounded
     */
    public Optional<BigDecimal> maxOverall() {
        // the overall is a weighted mean of measure points, so it never exceeds the largest maximum
        BigDecimal highest = BigDecimal.ZERO;
        for (Measure m : measures()) {
            Optional<BigDecimal> max = maxPoints(m);
            if (max.isEmpty()) {
                return Optional.empty();
            }
            highest = highest.max(max.get());
        }
        return Optional.of(highest);
    }

    /**
     * The most points a measure can give, or empty for an unbounded curve.
     *
     * @param measure a measure
     * @return its maximum points, if bounded
     */
    public static Optional<BigDecimal> maxPoints(Measure measure) {
        if (measure instanceof QuotaMeasure q) {
            return q.curve().maxPoints();
        }
        if (measure instanceof MilestoneMeasure m) {
            return Optional.of(m.maxPoints());
        }
        RatingMeasure r = (RatingMeasure) measure;
        return Optional.of(Stream.concat(Stream.of(BigDecimal.valueOf(100)),
                        r.scale().levels().stream().map(l -> l.points().orElse(BigDecimal.ZERO)))
                .max(BigDecimal::compareTo).orElseThrow());
    }
}
