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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.MissingEvidencePolicy;

/**
 * What a subject can gain by having one measure's or one section's evidence left out instead of
 * scored at its worst: its <em>withholding exposure</em>, computed exactly from the rubric.
 *
 * <p>The gain is the largest, over every other piece of evidence, of overall(without it) minus
 * overall(with it at its lowest points). Under {@code LEAVE_OUT} the weights of what is left are
 * renormalised, so leaving out a measure of in-section weight {@code u} lifts its section from
 * {@code (U·A + u·min)/(U + u)} to {@code A}, a gain of {@code u·(A - min)/(U + u)}, where the
 * other present measures weigh {@code U} and average {@code A}; it is largest with one other
 * measure present at its highest points (two or more present never gain more: their average is at
 * most the highest of them, and their weight is more), or the measures that cannot be left out,
 * and the other sections left out as far as they can be. A section's gain is lifted to the overall
 * by its weight over the weight of the sections present. A measure whose section would be left
 * empty takes its section out with it, and then gains as a section does. Under
 * {@code COUNT_AS_ZERO} missing evidence scores 0, never more than the lowest points (points are
 * never negative), so withholding gains nothing; under {@code REJECT} the review is rejected, so
 * the evidence is not withholdable. A gain that would need the whole review left out is no gain:
 * such a review is not scored.
 *
 * <p>Bands: leaving the evidence out leaves at most {@link #coverageAtMost()} of the rubric's
 * weight covered; below the rubric's least coverage the review has no band (or a provisional one),
 * so withholding buys no band at all ({@link #leavesIncomplete()}). A guard on what was left out
 * caps the band anyway (it fails closed) unless it fails open; {@link #guardsEscaped()} lists the
 * guards that withholding can get past: those that fail open, and a guard on the section of a
 * withheld measure whose condition the lowest points meet while the rest of the section can score
 * beyond it (scores taken as continuous, as in {@link BandReach}).
 */
public final class WithholdingExposure {

    private final Scope scope;
    private final String id;
    private final String section;
    private final MissingEvidencePolicy policy;
    private final boolean withholdable;
    private final Optional<Fraction> gain;
    private final Fraction coverageAtMost;
    private final boolean leavesIncomplete;
    private final List<Integer> guardsEscaped;

    /** What is left out: one measure's evidence, or a whole section's. */
    public enum Scope {
        /** One measure's evidence. */
        MEASURE,
        /** Every measure of a section. */
        SECTION
    }

    /**
     * Checks the parts and copies the list.
     *
     * @param scope a measure or a section
     * @param id the measure id or the section name
     * @param section the section's name
     * @param policy the effective missing-evidence policy
     * @param withholdable whether leaving the evidence out is possible
     * @param gain the exposure in overall points, or empty when unbounded
     * @param coverageAtMost the largest coverage left once this evidence is left out
     * @param leavesIncomplete whether that coverage is below the least coverage
     * @param guardsEscaped the guards withholding can get past
     */
    public WithholdingExposure(Scope scope, String id, String section, MissingEvidencePolicy policy,
                               boolean withholdable, Optional<Fraction> gain, Fraction coverageAtMost,
                               boolean leavesIncomplete, List<Integer> guardsEscaped) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(gain, "gain");
        Objects.requireNonNull(coverageAtMost, "coverageAtMost");
        guardsEscaped = List.copyOf(guardsEscaped);
        this.scope = scope;
        this.id = id;
        this.section = section;
        this.policy = policy;
        this.withholdable = withholdable;
        this.gain = gain;
        this.coverageAtMost = coverageAtMost;
        this.leavesIncomplete = leavesIncomplete;
        this.guardsEscaped = guardsEscaped;
    }

    /**
     * Whether withholding this evidence can raise the overall at all.
     *
     * @return true if the gain is positive or unbounded
     */
    public boolean pays() {
        return gain.isEmpty() || gain.get().signum() > 0;
    }

    /**
     * Where this evidence sits in a rubric, as a problem path spells it.
     *
     * @return {@code measures[<id>]} or {@code sections[<name>]}
     */
    public String path() {
        return (scope == Scope.MEASURE ? "measures[" : "sections[") + id + "]";
    }

    /**
     * Returns a measure or a section.
     *
     * @return a measure or a section
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Returns the measure id or the section name.
     *
     * @return the measure id or the section name
     */
    public String id() {
        return id;
    }

    /**
     * Returns the section's name (the same as {@code id} for a section).
     *
     * @return the section's name (the same as {@code id} for a section)
     */
    public String section() {
        return section;
    }

    /**
     * Returns the effective missing-evidence policy (a section's: its own, else the rubric's; a measure's: its own, else its section's, else the rubric's).
     *
     * @return the effective missing-evidence policy (a section's: its own, else the rubric's; a measure's: its own, else its section's, else the rubric's)
     */
    public MissingEvidencePolicy policy() {
        return policy;
    }

    /**
     * Returns whether leaving the evidence out is possible and changes the score by renormalising (false under {@code COUNT_AS_ZERO} and {@code REJECT}, and for a section holding a measure that cannot be left out).
     *
     * @return whether leaving the evidence out is possible and changes the score by renormalising (false under {@code COUNT_AS_ZERO} and {@code REJECT}, and for a section holding a measure that cannot be left out)
     */
    public boolean withholdable() {
        return withholdable;
    }

    /**
     * Returns the exposure in overall points, exact, never negative (0 when withholding never pays); empty when it is unbounded (a curve without a cap).
     *
     * @return the exposure in overall points, exact, never negative (0 when withholding never pays); empty when it is unbounded (a curve without a cap)
     */
    public Optional<Fraction> gain() {
        return gain;
    }

    /**
     * Returns the largest coverage a review can keep once this evidence is left out, 0 to 1.
     *
     * @return the largest coverage a review can keep once this evidence is left out, 0 to 1
     */
    public Fraction coverageAtMost() {
        return coverageAtMost;
    }

    /**
     * Returns whether that coverage is below the rubric's least coverage, so that the review has no band, or a provisional one, whenever this evidence is left out.
     *
     * @return whether that coverage is below the rubric's least coverage, so that the review has no band, or a provisional one, whenever this evidence is left out
     */
    public boolean leavesIncomplete() {
        return leavesIncomplete;
    }

    /**
     * Returns the indexes of the guards withholding this evidence can get past, in order.
     *
     * @return the indexes of the guards withholding this evidence can get past, in order
     */
    public List<Integer> guardsEscaped() {
        return guardsEscaped;
    }

    /** Equal to another WithholdingExposure whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof WithholdingExposure other
                && Objects.equals(scope, other.scope)
                && Objects.equals(id, other.id)
                && Objects.equals(section, other.section)
                && Objects.equals(policy, other.policy)
                && withholdable == other.withholdable
                && Objects.equals(gain, other.gain)
                && Objects.equals(coverageAtMost, other.coverageAtMost)
                && leavesIncomplete == other.leavesIncomplete
                && Objects.equals(guardsEscaped, other.guardsEscaped);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(scope, id, section, policy, withholdable, gain, coverageAtMost, leavesIncomplete, guardsEscaped);
    }

    /** The parts, as {@code WithholdingExposure[part=value, ...]}. */
    @Override
    public String toString() {
        return "WithholdingExposure[scope=" + scope
                + ", id=" + id
                + ", section=" + section
                + ", policy=" + policy
                + ", withholdable=" + withholdable
                + ", gain=" + gain
                + ", coverageAtMost=" + coverageAtMost
                + ", leavesIncomplete=" + leavesIncomplete
                + ", guardsEscaped=" + guardsEscaped
                + "]";
    }
}
