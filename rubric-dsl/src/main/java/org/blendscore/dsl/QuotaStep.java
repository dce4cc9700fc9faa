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
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Target;

/**
 * A quota measure being described: its target, direction and curve. Immutable: every option returns
 * a new step. Amounts may be given as {@code BigDecimal} or {@code long}, taken exactly, or as
 * {@code double}, read as its shortest decimal string (see {@link RubricDsl}).
 */
public final class QuotaStep {

    private final Optional<Target> target;
    private final Direction direction;
    private final Optional<Curve> curve;
    private final List<String> factors;
    private final Optional<MissingEvidencePolicy> policy;

    QuotaStep(Optional<Target> target, Direction direction, Optional<Curve> curve, List<String> factors,
              Optional<MissingEvidencePolicy> policy) {
        this.policy = policy;
        this.target = target;
        this.direction = direction;
        this.curve = curve;
        this.factors = List.copyOf(factors);
    }

    static QuotaStep start() {
        return new QuotaStep(Optional.empty(), Direction.HIGHER_IS_BETTER, Optional.empty(), List.of(), Optional.empty());
    }

    /**
     * The rubric's target factors that adjust this measure's target, declared with
     * {@link TargetsStep#factor(String, double, double, String)}.
     *
     * @param names the factor names
     * @return a new step
     * @throws NullPointerException if a name is null
     */
    public QuotaStep factors(String... names) {
        for (String name : Args.notNull(names, "factor names")) {
            Args.notNull(name, "factor name");
        }
        return new QuotaStep(target, direction, curve, List.of(names), policy);
    }

    /**
     * An amount target, such as {@code target(1_000_000, "USD")}, read as its shortest decimal.
     *
     * @param amount the target amount
     * @param unit the unit, usually a currency code
     * @return a new step
     * @throws IllegalArgumentException if {@code amount} is NaN or infinite
     */
    public QuotaStep target(double amount, String unit) {
        return target(Decimals.of(amount, "target"), unit);
    }

    /**
     * A whole amount target, exactly, such as {@code target(1_000_000L, "USD")}.
     *
     * @param amount the target amount
     * @param unit the unit, usually a currency code
     * @return a new step
     */
    public QuotaStep target(long amount, String unit) {
        return target(Decimals.of(amount), unit);
    }

    /**
     * An exact amount target, for amounts a double cannot hold exactly.
     *
     * @param amount the target amount
     * @param unit the unit
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public QuotaStep target(BigDecimal amount, String unit) {
        return withTarget(new Target(Decimals.of(amount, "target"), Args.notNull(unit, "target unit"), QuantityKind.AMOUNT));
    }

    /**
     * A ready-made target, such as one derived from an activity funnel
     * ({@code ActivityPlan.target("calls")}).
     *
     * @param t the target
     * @return a new step
     * @throws NullPointerException if {@code t} is null
     */
    public QuotaStep target(Target t) {
        return withTarget(Args.notNull(t, "target"));
    }

    /**
     * A count target, such as {@code count(800, "calls")}; actuals must be whole numbers.
     *
     * @param count the target count
     * @param unit what is counted
     * @return a new step
     * @throws NullPointerException if {@code unit} is null
     */
    public QuotaStep count(long count, String unit) {
        return count(Decimals.of(count), unit);
    }

    /**
     * A count target given as a decimal; it must be a whole number, checked when the rubric is built.
     *
     * @param count the target count
     * @param unit what is counted
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public QuotaStep count(BigDecimal count, String unit) {
        return withTarget(new Target(Decimals.of(count, "target"), Args.notNull(unit, "target unit"), QuantityKind.COUNT));
    }

    /**
     * A rate or duration target, such as {@code rate(30, "days")}, read as its shortest decimal.
     *
     * @param rate the target rate
     * @param unit the unit
     * @return a new step
     * @throws IllegalArgumentException if {@code rate} is NaN or infinite
     */
    public QuotaStep rate(double rate, String unit) {
        return rate(Decimals.of(rate, "target"), unit);
    }

    /**
     * An exact rate or duration target.
     *
     * @param rate the target rate
     * @param unit the unit
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public QuotaStep rate(BigDecimal rate, String unit) {
        return withTarget(new Target(Decimals.of(rate, "target"), Args.notNull(unit, "target unit"), QuantityKind.RATE));
    }

    private QuotaStep withTarget(Target t) {
        return new QuotaStep(Optional.of(t), direction, curve, factors, policy);
    }

    /**
     * Lower actuals are better (cycle days, response hours): attainment = target / actual.
     *
     * @return a new step
     */
    public QuotaStep lowerIsBetter() {
        return new QuotaStep(target, Direction.LOWER_IS_BETTER, curve, factors, policy);
    }

    /**
     * Higher actuals are better (the default): attainment = actual / target.
     *
     * @return a new step
     */
    public QuotaStep higherIsBetter() {
        return new QuotaStep(target, Direction.HIGHER_IS_BETTER, curve, factors, policy);
    }

    /**
     * A piecewise-linear curve, from {@link RubricDsl#linear()}.
     *
     * @param linear the curve
     * @return a new step
     * @throws NullPointerException if the curve is null
     */
    public QuotaStep curve(LinearCurveStep linear) {
        return new QuotaStep(target, direction, Optional.of(Args.notNull(linear, "curve").toCurve()), factors, policy);
    }

    /**
     * Step tiers, from {@link RubricDsl#tiers()}.
     *
     * @param tiers the tiers
     * @return a new step
     * @throws NullPointerException if the curve is null
     */
    public QuotaStep curve(TierCurveStep tiers) {
        return new QuotaStep(target, direction, Optional.of(Args.notNull(tiers, "curve").toCurve()), factors, policy);
    }

    QuotaMeasure build(String id, BigDecimal weight, String path, Problems problems) {
        if (target.isEmpty()) {
            problems.missing(path + ".target", "target");
        }
        if (curve.isEmpty()) {
            problems.missing(path + ".curve", "curve");
        }
        Curve c = curve.orElseGet(() -> new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")),
                Optional.empty(), true));
        return new QuotaMeasure(id, weight, target.orElseGet(() -> Target.amount("1", "unit")), direction, c, factors, policy);
    }

    /**
     * This measure's own policy for missing evidence, instead of its section's (or the rubric's): as in
     * {@code .missingEvidence(MissingEvidencePolicy.LEAVE_OUT)} for a rate measure in a section whose
     * missing evidence counts as zero.
     *
     * @param p the policy
     * @return a new step
     * @throws NullPointerException if {@code p} is null
     */
    public QuotaStep missingEvidence(MissingEvidencePolicy p) {
        Args.notNull(p, "missing-evidence policy");
        return new QuotaStep(target, direction, curve, factors, Optional.of(p));
    }
}
