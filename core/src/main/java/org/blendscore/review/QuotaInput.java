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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.rubric.Direction;

/**
 * A quota measure's inputs.
 */
public final class QuotaInput implements MeasureInput {

    private final BigDecimal actual;
    private final BigDecimal target;
    private final String unit;
    private final Direction direction;
    private final Optional<BigDecimal> attainment;
    private final String rule;
    private final List<TargetStep> targetSteps;
    private final List<TargetStep> actualSteps;
    private final Optional<Pacing> pacing;
    private final Optional<String> basis;

    /**
     * Checks that the parts are present and copies the lists.
     *
     * @param actual the effective actual, after relief credits
     * @param target the effective target (rounded half-even to 2 places for display when adjustments made it inexact)
     * @param unit the target's unit
     * @param direction whether higher or lower is better
     * @param attainment attainment as a ratio, rounded half-even to 6 places; empty when lower is better
     *         and the actual is 0 (attainment without bound)
     * @param rule the curve rule that produced the points, such as
     *         {@code linear from 100.0% (100) to 150.0% (130)}
     * @param targetSteps how the base target became {@code target}: the base target, each factor, the
     *         time share and each relief; a single base step when nothing adjusted it
     * @param actualSteps how the reported actual became {@code actual}: the reported actual and each
     *         credit; a single step when nothing was credited
     * @param pacing where the measure stands at an interim review; empty in a final review
     */
    public QuotaInput(BigDecimal actual, BigDecimal target, String unit, Direction direction,
                      Optional<BigDecimal> attainment, String rule, List<TargetStep> targetSteps,
                      List<TargetStep> actualSteps, Optional<Pacing> pacing) {
        this(actual, target, unit, direction, attainment, rule, targetSteps, actualSteps, pacing, Optional.empty());
    }

    /**
     * Checks that the parts are present and copies the lists.
     *
     * @param actual the effective actual, after relief credits
     * @param target the effective target (rounded half-even to 2 places for display when adjustments made it inexact)
     * @param unit the target's unit
     * @param direction whether higher or lower is better
     * @param attainment attainment as a ratio, rounded half-even to 6 places; empty when lower is better
     *         and the actual is 0 (attainment without bound)
     * @param rule the curve rule that produced the points
     * @param targetSteps how the base target became {@code target}
     * @param actualSteps how the reported actual became {@code actual}; the parts of the actual's basis,
     *         when it has them, are its first steps
     * @param pacing where the measure stands at an interim review; empty in a final review
     * @param basis where the reported actual came from, such as a metric's provenance; empty when the
     *         evidence gave no basis text
     */
    public QuotaInput(BigDecimal actual, BigDecimal target, String unit, Direction direction,
                      Optional<BigDecimal> attainment, String rule, List<TargetStep> targetSteps,
                      List<TargetStep> actualSteps, Optional<Pacing> pacing, Optional<String> basis) {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(rule, "rule");
        targetSteps = List.copyOf(targetSteps);
        actualSteps = List.copyOf(actualSteps);
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(basis, "basis");
        this.actual = actual;
        this.target = target;
        this.unit = unit;
        this.direction = direction;
        this.attainment = attainment;
        this.rule = rule;
        this.targetSteps = targetSteps;
        this.actualSteps = actualSteps;
        this.pacing = pacing;
        this.basis = basis;
    }

    /**
     * Whether anything adjusted the base target or the reported actual.
     *
     * @return true if there are adjustment steps to show
     */
    public boolean adjusted() {
        return targetSteps.size() > 1 || actualSteps.size() > 1;
    }

    /**
     * Returns the effective actual, after relief credits.
     *
     * @return the effective actual, after relief credits
     */
    public BigDecimal actual() {
        return actual;
    }

    /**
     * Returns the effective target (rounded half-even to 2 places for display when adjustments made it inexact).
     *
     * @return the effective target (rounded half-even to 2 places for display when adjustments made it inexact)
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the target's unit.
     *
     * @return the target's unit
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns whether higher or lower is better.
     *
     * @return whether higher or lower is better
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Returns attainment as a ratio, rounded half-even to 6 places; empty when lower is better and the actual is 0 (attainment without bound).
     *
     * @return attainment as a ratio, rounded half-even to 6 places; empty when lower is better and the actual is 0 (attainment without bound)
     */
    public Optional<BigDecimal> attainment() {
        return attainment;
    }

    /**
     * Returns the curve rule that produced the points, such as {@code linear from 100.0% (100) to 150.0% (130)}.
     *
     * @return the curve rule that produced the points, such as {@code linear from 100.0% (100) to 150.0% (130)}
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns how the base target became {@code target}: the base target, each factor, the time share and each relief; a single base step when nothing adjusted it.
     *
     * @return how the base target became {@code target}: the base target, each factor, the time share and each relief; a single base step when nothing adjusted it
     */
    public List<TargetStep> targetSteps() {
        return targetSteps;
    }

    /**
     * Returns how the reported actual became {@code actual}: the reported actual and each credit; a single step when nothing was credited.
     *
     * @return how the reported actual became {@code actual}: the reported actual and each credit; a single step when nothing was credited
     */
    public List<TargetStep> actualSteps() {
        return actualSteps;
    }

    /**
     * Returns where the measure stands at an interim review; empty in a final review.
     *
     * @return where the measure stands at an interim review; empty in a final review
     */
    public Optional<Pacing> pacing() {
        return pacing;
    }

    /**
     * Returns where the reported actual came from, such as a metric's provenance ({@code win rate by
     * count 31.03% = 9 won of 29 closed: d-101, ...}): the subject's own records, shown in every view.
     *
     * @return the basis text; empty when the evidence gave none
     */
    public Optional<String> basis() {
        return basis;
    }

    /** Equal to another QuotaInput whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QuotaInput other
                && Objects.equals(actual, other.actual)
                && Objects.equals(target, other.target)
                && Objects.equals(unit, other.unit)
                && Objects.equals(direction, other.direction)
                && Objects.equals(attainment, other.attainment)
                && Objects.equals(rule, other.rule)
                && Objects.equals(targetSteps, other.targetSteps)
                && Objects.equals(actualSteps, other.actualSteps)
                && Objects.equals(pacing, other.pacing)
                && Objects.equals(basis, other.basis);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(actual, target, unit, direction, attainment, rule, targetSteps, actualSteps, pacing, basis);
    }

    /** The parts, as {@code QuotaInput[part=value, ...]}. */
    @Override
    public String toString() {
        return "QuotaInput[actual=" + actual
                + ", target=" + target
                + ", unit=" + unit
                + ", direction=" + direction
                + ", attainment=" + attainment
                + ", rule=" + rule
                + ", targetSteps=" + targetSteps
                + ", actualSteps=" + actualSteps
                + ", pacing=" + pacing
                + ", basis=" + basis
                + "]";
    }
}
