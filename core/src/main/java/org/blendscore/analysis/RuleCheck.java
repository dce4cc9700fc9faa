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
import org.blendscore.rubric.FairnessRule;

/**
 * How a rubric fares against one declared fairness rule: the value measured exactly by the
 * analysis, the declared limit, and whether the rule holds. A value exactly at its limit holds.
 *
 * <p>What is measured, by rule:
 * <ul>
 *   <li>{@code CURVES_NON_DECREASING}: the largest fall of any curve's points, in measure points (0 when none falls);</li>
 *   <li>{@code NO_TIER_GAPS}: the number of gaps, overlaps and empty tiers of all tier tables;</li>
 *   <li>{@code MIN_QUALITATIVE_SHARE}: the milestone and rating measures' nominal shares added up, in percent;</li>
 *   <li>{@code MAX_MEASURE_SHARE}: the largest nominal share of one measure, in percent;</li>
 *   <li>{@code MAX_CLIFF}: the largest jump of the overall at a curve's gate, breakpoint or tier
 *       edge, in overall points at the nominal share, in absolute value (0 when no curve jumps);</li>
 *   <li>{@code MAX_WITHHOLDING_GAIN}: the largest withholding exposure of a measure or section, in
 *       overall points (0 when withholding never pays; the limit itself, broken, when a gain is unbounded).</li>
 * </ul>
 */
public final class RuleCheck {

    private final FairnessRule rule;
    private final Fraction measured;
    private final Optional<BigDecimal> limit;
    private final boolean holds;
    private final String finding;

    /**
     * Checks the parts.
     *
     * @param rule the rule
     * @param measured the measured value, exact
     * @param limit the declared limit, for the rules that have one (percent for shares, overall points for cliffs and withholding)
     * @param holds whether the rubric keeps the rule
     * @param finding the finding in words, with the measured value, where, and the limit, such as
     *         {@code largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 10}
     */
    public RuleCheck(FairnessRule rule, Fraction measured, Optional<BigDecimal> limit, boolean holds, String finding) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(finding, "finding");
        this.rule = rule;
        this.measured = measured;
        this.limit = limit;
        this.holds = holds;
        this.finding = finding;
    }

    /** Renders as {@code fairness.maxCliff: largest cliff is ..., limit 10}. */
    @Override
    public String toString() {
        return rule.path() + ": " + finding;
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public FairnessRule rule() {
        return rule;
    }

    /**
     * Returns the measured value, exact.
     *
     * @return the measured value, exact
     */
    public Fraction measured() {
        return measured;
    }

    /**
     * Returns the declared limit, for the rules that have one (percent for shares, overall points for cliffs and withholding).
     *
     * @return the declared limit, for the rules that have one (percent for shares, overall points for cliffs and withholding)
     */
    public Optional<BigDecimal> limit() {
        return limit;
    }

    /**
     * Returns whether the rubric keeps the rule.
     *
     * @return whether the rubric keeps the rule
     */
    public boolean holds() {
        return holds;
    }

    /**
     * Returns the finding in words, with the measured value, where, and the limit, such as {@code largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 10}.
     *
     * @return the finding in words, with the measured value, where, and the limit, such as {@code largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 10}
     */
    public String finding() {
        return finding;
    }

    /** Equal to another RuleCheck whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleCheck other
                && Objects.equals(rule, other.rule)
                && Objects.equals(measured, other.measured)
                && Objects.equals(limit, other.limit)
                && holds == other.holds
                && Objects.equals(finding, other.finding);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(rule, measured, limit, holds, finding);
    }
}
