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
import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * The jump of one measure's points, and of the overall score, at one place: for a quota measure,
 * across a breakpoint, its gate or a tier edge, when attainment changes by an arbitrarily small
 * amount (the limit from above minus the limit from below); for a milestone measure, when one more
 * milestone, stage or counted occurrence is reached.
 *
 * <p>In overall points, the jump is the points jump times the measure's share: {@link #overallJump()}
 * uses the nominal share (section weight x measure weight / 10000, before any renormalisation), and
 * {@link #worstCaseOverallJump()} the largest share renormalisation can give the measure (see
 * {@link MeasureAnalysis}). Both are exact. A milestone measure capped at 100 may credit less than a
 * milestone's points once the cap is near; its jumps are the uncapped ones, the largest possible.
 */
public final class Cliff {

    private final String measureId;
    private final CliffKind kind;
    private final Optional<BigDecimal> attainment;
    private final String at;
    private final Fraction pointsBefore;
    private final Fraction pointsAfter;
    private final Fraction nominalShare;
    private final Fraction worstCaseShare;

    /**
     * Checks the parts.
     *
     * @param measureId the measure
     * @param kind gate, breakpoint, tier edge, milestone, stage or count
     * @param attainment for a curve, the attainment where the jump is; empty for milestone steps
     * @param at where, in words: {@code attainment 0.80}, {@code milestone executive-alignment},
     *         {@code stage proposal of ladder cycle}, {@code each referral up to 3}
     * @param pointsBefore the measure's points just before (below the attainment, or without the step)
     * @param pointsAfter the measure's points just after
     * @param nominalShare the measure's nominal share of the overall
     * @param worstCaseShare the measure's share of the overall under the worst-case renormalisation
     */
    public Cliff(String measureId, CliffKind kind, Optional<BigDecimal> attainment, String at,
                 Fraction pointsBefore, Fraction pointsAfter, Fraction nominalShare, Fraction worstCaseShare) {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pointsBefore, "pointsBefore");
        Objects.requireNonNull(pointsAfter, "pointsAfter");
        Objects.requireNonNull(nominalShare, "nominalShare");
        Objects.requireNonNull(worstCaseShare, "worstCaseShare");
        this.measureId = measureId;
        this.kind = kind;
        this.attainment = attainment;
        this.at = at;
        this.pointsBefore = pointsBefore;
        this.pointsAfter = pointsAfter;
        this.nominalShare = nominalShare;
        this.worstCaseShare = worstCaseShare;
    }

    /**
     * The jump in the measure's points.
     *
     * @return pointsAfter - pointsBefore; negative where the points fall
     */
    public Fraction pointsJump() {
        return pointsAfter.subtract(pointsBefore);
    }

    /**
     * The jump in overall points at the nominal share, before any renormalisation.
     *
     * @return pointsJump x nominalShare
     */
    public Fraction overallJump() {
        return pointsJump().multiply(nominalShare);
    }

    /**
     * The jump in overall points under the worst-case renormalisation.
     *
     * @return pointsJump x worstCaseShare
     */
    public Fraction worstCaseOverallJump() {
        return pointsJump().multiply(worstCaseShare);
    }

    /**
     * Whether the points really jump here (a continuous breakpoint, or a gate where the curve starts
     * at 0, does not).
     *
     * @return true if the points jump is not zero
     */
    public boolean isCliff() {
        return pointsJump().signum() != 0;
    }

    /**
     * Returns the measure.
     *
     * @return the measure
     */
    public String measureId() {
        return measureId;
    }

    /**
     * Returns gate, breakpoint, tier edge, milestone, stage or count.
     *
     * @return gate, breakpoint, tier edge, milestone, stage or count
     */
    public CliffKind kind() {
        return kind;
    }

    /**
     * Returns for a curve, the attainment where the jump is; empty for milestone steps.
     *
     * @return for a curve, the attainment where the jump is; empty for milestone steps
     */
    public Optional<BigDecimal> attainment() {
        return attainment;
    }

    /**
     * Returns where, in words: {@code attainment 0.80}, {@code milestone executive-alignment}, {@code stage proposal of ladder cycle}, {@code each referral up to 3}.
     *
     * @return where, in words: {@code attainment 0.80}, {@code milestone executive-alignment}, {@code stage proposal of ladder cycle}, {@code each referral up to 3}
     */
    public String at() {
        return at;
    }

    /**
     * Returns the measure's points just before (below the attainment, or without the step).
     *
     * @return the measure's points just before (below the attainment, or without the step)
     */
    public Fraction pointsBefore() {
        return pointsBefore;
    }

    /**
     * Returns the measure's points just after.
     *
     * @return the measure's points just after
     */
    public Fraction pointsAfter() {
        return pointsAfter;
    }

    /**
     * Returns the measure's nominal share of the overall.
     *
     * @return the measure's nominal share of the overall
     */
    public Fraction nominalShare() {
        return nominalShare;
    }

    /**
     * Returns the measure's share of the overall under the worst-case renormalisation.
     *
     * @return the measure's share of the overall under the worst-case renormalisation
     */
    public Fraction worstCaseShare() {
        return worstCaseShare;
    }

    /** Equal to another Cliff whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Cliff other
                && Objects.equals(measureId, other.measureId)
                && Objects.equals(kind, other.kind)
                && Objects.equals(attainment, other.attainment)
                && Objects.equals(at, other.at)
                && Objects.equals(pointsBefore, other.pointsBefore)
                && Objects.equals(pointsAfter, other.pointsAfter)
                && Objects.equals(nominalShare, other.nominalShare)
                && Objects.equals(worstCaseShare, other.worstCaseShare);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(measureId, kind, attainment, at, pointsBefore, pointsAfter, nominalShare, worstCaseShare);
    }

    /** The parts, as {@code Cliff[part=value, ...]}. */
    @Override
    public String toString() {
        return "Cliff[measureId=" + measureId
                + ", kind=" + kind
                + ", attainment=" + attainment
                + ", at=" + at
                + ", pointsBefore=" + pointsBefore
                + ", pointsAfter=" + pointsAfter
                + ", nominalShare=" + nominalShare
                + ", worstCaseShare=" + worstCaseShare
                + "]";
    }
}
