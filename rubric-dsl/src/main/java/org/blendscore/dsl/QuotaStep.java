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
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Target;

/**
 * A quota measure being described: its target, direction and curve. Immutable: every option returns
 * a new step.
 */
public final class QuotaStep {

    private final Optional<Target> target;
    private final Direction direction;
    private final Optional<Curve> curve;
    private final List<String> factors;

    QuotaStep(Optional<Target> target, Direction direction, Optional<Curve> curve, List<String> factors) {
        this.target = target;
        this.direction = direction;
        this.curve = curve;
        this.factors = List.copyOf(factors);
    }

    static QuotaStep start() {
        return new QuotaStep(Optional.empty(), Direction.HIGHER_IS_BETTER, Optional.empty(), List.of());
    }

    /**
     * The rubric's target factors that adjust this measure's target, declared with
     * {@link TargetsStep#factor(String, double, double, String)}.
     *
     * @param names the factor names
     * @return a new step
     */
    public QuotaStep factors(String... names) {
        return new QuotaStep(target, direction, curve, List.of(names));
    }

    /**
     * An amount target, such as {@code target(1_000_000, "USD")}.
     *
     * @param amount the target amount
     * @param unit the unit, usually a currency code
     * @return a new step
     */
    public QuotaStep target(double amount, String unit) {
        return withTarget(new Target(Decimals.of(amount, "target"), unit, QuantityKind.AMOUNT));
    }

    /**
     * An exact amount target, for amounts a double cannot hold exactly.
     *
     * @param amount the target amount
     * @param unit the unit
     * @return a new step
     */
    public QuotaStep target(BigDecimal amount, String unit) {
        return withTarget(new Target(Decimals.normal(amount), unit, QuantityKind.AMOUNT));
    }

    /**
     * A ready-made target, such as one derived from an activity funnel
     * ({@code ActivityPlan.target("calls")}).
     *
     * @param t the target
     * @return a new step
     */
    public QuotaStep target(Target t) {
        return withTarget(t);
    }

    /**
     * A count target, such as {@code count(800, "calls")}; actuals must be whole numbers.
     *
     * @param count the target count
     * @param unit what is counted
     * @return a new step
     */
    public QuotaStep count(long count, String unit) {
        return withTarget(new Target(BigDecimal.valueOf(count), unit, QuantityKind.COUNT));
    }

    /**
     * A rate or duration target, such as {@code rate(30, "days")}.
     *
     * @param rate the target rate
     * @param unit the unit
     * @return a new step
     */
    public QuotaStep rate(double rate, String unit) {
        return withTarget(new Target(Decimals.of(rate, "target"), unit, QuantityKind.RATE));
    }

    private QuotaStep withTarget(Target t) {
        return new QuotaStep(Optional.of(t), direction, curve, factors);
    }

    /**
     * Lower actuals are better (cycle days, response hours): attainment = target / actual.
     *
     * @return a new step
     */
    public QuotaStep lowerIsBetter() {
        return new QuotaStep(target, Direction.LOWER_IS_BETTER, curve, factors);
    }

    /**
     * Higher actuals are better (the default): attainment = actual / target.
     *
     * @return a new step
     */
    public QuotaStep higherIsBetter() {
        return new QuotaStep(target, Direction.HIGHER_IS_BETTER, curve, factors);
    }

    /**
     * A piecewise-linear curve, from {@link RubricDsl#linear()}.
     *
     * @param linear the curve
     * @return a new step
     */
    public QuotaStep curve(LinearCurveStep linear) {
        return new QuotaStep(target, direction, Optional.of(linear.toCurve()), factors);
    }

    /**
     * Step tiers, from {@link RubricDsl#tiers()}.
     *
     * @param tiers the tiers
     * @return a new step
     */
    public QuotaStep curve(TierCurveStep tiers) {
        return new QuotaStep(target, direction, Optional.of(tiers.toCurve()), factors);
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
        return new QuotaMeasure(id, weight, target.orElseGet(() -> Target.amount("1", "unit")), direction, c, factors);
    }
}
