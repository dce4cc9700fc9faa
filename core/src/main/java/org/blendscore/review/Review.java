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
package org.blendscore.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.DateRange;

/**
 * The immutable, explained result of scoring one subject's evidence for one period against a
 * rubric.
 *
 * <p>Numbers are exact decimals at the rubric's scale, rounded half-even from an exact rational
 * computation. The measures' contributions add up exactly to {@link #overall()}: each exact
 * contribution is rounded down to the scale and the units still missing to reach the rounded
 * overall go, one each, to the measures with the largest remainders (ties to the measure declared
 * first) — the largest-remainder method.
 *
 * <p>A review is a plain immutable value: it holds every figure and record it shows, built when it
 * was made, and keeps neither the evidence it was made from nor the scorer that made it reachable.
 * Its lists are unmodifiable.
 */
public final class Review {

    private final String subjectId;
    private final DateRange period;
    private final BigDecimal overall;
    private final Optional<String> band;
    private final Optional<String> bandBeforeGuards;
    private final List<SectionResult> sections;
    private final List<Reason> reasons;
    private final List<Warning> warnings;
    private final Provenance provenance;
    private final Optional<LocalDate> interimAsOf;
    private final Coverage coverage;

    /**
     * Checks the parts and copies the lists.
     *
     * @param subjectId who was reviewed
     * @param period the review period
     * @param overall the overall score
     * @param band the band label, after guards; empty for an incomplete review without a provisional band
     * @param bandBeforeGuards the band the overall score alone would give, present only when a guard lowered it
     * @param sections every section, in declaration order
     * @param reasons the measures ranked by how far they moved the overall against a review where every
     *         measure scores 100, largest impact first
     * @param warnings every renormalisation, left-out source or measure, zero-counted evidence and guard
     * @param provenance the rubric and the evidence fingerprint
     * @param interimAsOf for an interim review, the date it was made as of; targets are then the
     *         targets expected to date and each quota measure carries its {@link Pacing}
     * @param coverage the share of the rubric's nominal weight that had usable evidence
     */
    public Review(String subjectId, DateRange period, BigDecimal overall, Optional<String> band,
                  Optional<String> bandBeforeGuards, List<SectionResult> sections, List<Reason> reasons,
                  List<Warning> warnings, Provenance provenance, Optional<LocalDate> interimAsOf, Coverage coverage) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(bandBeforeGuards, "bandBeforeGuards");
        sections = List.copyOf(sections);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(interimAsOf, "interimAsOf");
        Objects.requireNonNull(coverage, "coverage");
        this.subjectId = subjectId;
        this.period = period;
        this.overall = overall;
        this.band = band;
        this.bandBeforeGuards = bandBeforeGuards;
        this.sections = sections;
        this.reasons = reasons;
        this.warnings = warnings;
        this.provenance = provenance;
        this.interimAsOf = interimAsOf;
        this.coverage = coverage;
    }

    /**
     * Whether this is an interim review, made before the end of the period.
     *
     * @return true for an interim review
     */
    public boolean interim() {
        return interimAsOf.isPresent();
    }

    /**
     * Whether the review's evidence covered at least the rubric's least coverage for a banded review.
     * An incomplete review is scored and explained like any other, but has no band, or a
     * {@linkplain #provisional() provisional} one.
     *
     * @return true if the coverage reaches the rubric's least coverage
     */
    public boolean complete() {
        return coverage.complete();
    }

    /**
     * Whether the band is provisional: the review is incomplete and the rubric gives incomplete
     * reviews the band their overall reaches, marked provisional.
     *
     * @return true for a provisional band
     */
    public boolean provisional() {
        return band.isPresent() && !coverage.complete();
    }

    /**
     * The rubric id, from the provenance.
     *
     * @return the rubric id
     */
    public String rubricId() {
        return provenance.rubricId();
    }

    /**
     * The rubric version, from the provenance.
     *
     * @return the rubric version
     */
    public String rubricVersion() {
        return provenance.rubricVersion();
    }

    /**
     * The section with this name.
     *
     * @param name a section name
     * @return the section's result, or empty
     */
    public Optional<SectionResult> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The measure with this id.
     *
     * @param measureId a measure id
     * @return the measure's result, or empty
     */
    public Optional<MeasureResult> measure(String measureId) {
        return measures().stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    /**
     * Every measure's result, in declaration order.
     *
     * @return the measures
     */
    public List<MeasureResult> measures() {
        return sections.stream().flatMap(s -> s.measures().stream()).toList();
    }

    /**
     * The reason with the largest impact, if any measure moved the score away from the baseline.
     *
     * @return the top reason, or empty
     */
    public Optional<Reason> topReason() {
        return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons.get(0));
    }

    /**
     * Renders the review as plain text a sales rep can read, in the {@linkplain View#SUBJECT subject's
     * view}: every number traced to its rule, such as
     * {@code new-arr: 1,200,000 of 1,000,000 USD = 120.0% -> 112.00 points x 50% = 56.00}; an anonymous
     * rating source shows its aggregate without rater ids.
     *
     * @return the explanation, lines separated by {@code \n}
     */
    public String explain() {
        return explain(View.SUBJECT);
    }

    /**
     * Renders the review as plain text in the given view: the subject's, or the audit view with the
     * rater ids of anonymous sources, for authorized HR use. Neither shows anything of a source below its
     * anonymity threshold, which the review does not keep.
     *
     * @param view who reads it
     * @return the explanation, lines separated by {@code \n}
     * @throws NullPointerException if {@code view} is null
     */
    public String explain(View view) {
        return ReviewText.render(this, Objects.requireNonNull(view, "view"));
    }

    /**
     * Returns who was reviewed.
     *
     * @return who was reviewed
     */
    public String subjectId() {
        return subjectId;
    }

    /**
     * Returns the review period.
     *
     * @return the review period
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the overall score.
     *
     * @return the overall score
     */
    public BigDecimal overall() {
        return overall;
    }

    /**
     * Returns the band label, after guards; empty for an incomplete review (below the rubric's least coverage) unless the rubric gives incomplete reviews a provisional band.
     *
     * @return the band label, after guards; empty for an incomplete review (below the rubric's least coverage) unless the rubric gives incomplete reviews a provisional band
     */
    public Optional<String> band() {
        return band;
    }

    /**
     * Returns the band the overall score alone would give, present only when a guard lowered it.
     *
     * @return the band the overall score alone would give, present only when a guard lowered it
     */
    public Optional<String> bandBeforeGuards() {
        return bandBeforeGuards;
    }

    /**
     * Returns every section, in declaration order.
     *
     * @return every section, in declaration order
     */
    public List<SectionResult> sections() {
        return sections;
    }

    /**
     * Returns the measures ranked by how far they moved the overall against a review where every measure scores 100, largest impact first.
     *
     * @return the measures ranked by how far they moved the overall against a review where every measure scores 100, largest impact first
     */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Returns every renormalisation, left-out source or measure, zero-counted evidence and guard.
     *
     * @return every renormalisation, left-out source or measure, zero-counted evidence and guard
     */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * Returns the rubric and the evidence fingerprint.
     *
     * @return the rubric and the evidence fingerprint
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns for an interim review, the date it was made as of; targets are then the targets expected to date and each quota measure carries its {@link Pacing}.
     *
     * @return for an interim review, the date it was made as of; targets are then the targets expected to date and each quota measure carries its {@link Pacing}
     */
    public Optional<LocalDate> interimAsOf() {
        return interimAsOf;
    }

    /**
     * Returns the share of the rubric's nominal weight that had usable evidence, overall and per section, with what was missing; {@link #complete()} when it reaches the rubric's least coverage.
     *
     * @return the share of the rubric's nominal weight that had usable evidence, overall and per section, with what was missing; {@link #complete()} when it reaches the rubric's least coverage
     */
    public Coverage coverage() {
        return coverage;
    }

    /** Equal to another Review whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Review other
                && Objects.equals(subjectId, other.subjectId)
                && Objects.equals(period, other.period)
                && Objects.equals(overall, other.overall)
                && Objects.equals(band, other.band)
                && Objects.equals(bandBeforeGuards, other.bandBeforeGuards)
                && Objects.equals(sections, other.sections)
                && Objects.equals(reasons, other.reasons)
                && Objects.equals(warnings, other.warnings)
                && Objects.equals(provenance, other.provenance)
                && Objects.equals(interimAsOf, other.interimAsOf)
                && Objects.equals(coverage, other.coverage);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(subjectId, period, overall, band, bandBeforeGuards, sections, reasons, warnings, provenance, interimAsOf, coverage);
    }

    /** The parts, as {@code Review[part=value, ...]}. */
    @Override
    public String toString() {
        return "Review[subjectId=" + subjectId
                + ", period=" + period
                + ", overall=" + overall
                + ", band=" + band
                + ", bandBeforeGuards=" + bandBeforeGuards
                + ", sections=" + sections
                + ", reasons=" + reasons
                + ", warnings=" + warnings
                + ", provenance=" + provenance
                + ", interimAsOf=" + interimAsOf
                + ", coverage=" + coverage
                + "]";
    }
}
