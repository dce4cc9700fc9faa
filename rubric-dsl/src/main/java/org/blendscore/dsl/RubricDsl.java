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
import java.util.Optional;
import org.blendscore.rubric.ScoreCondition;

/**
 * The one static entry point of the DSL. Import its methods statically:
 *
 * <pre>{@code
 * import static org.blendscore.dsl.RubricDsl.*;
 *
 * Rubric rubric = rubric("enterprise-ae").version("2026.1").effective(DateRange.year(2026))
 *     .section("Revenue", 50, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
 *         .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped())))
 *     .section("Relationship", 50, s -> s.rating("customer-trust", 100, r -> r
 *         .scale(scale(1, 5).level(1, "Poor", "...").level(2, "Weak", "...")...)
 *         .source("customer", 60, 2).source("manager", 40, 1)))
 *     .band("Exceeds", 90).band("Meets", 70).band("Below", 0)
 *     .guard(sectionScore("Relationship").below(50), "Meets")
 *     .build();
 * }</pre>
 *
 * <p><b>Order.</b> A rubric names its id, version and effective period first, in that order; each
 * step offers only what may come next ({@link RubricVersionStep}, {@link RubricEffectiveStep}, then
 * the body, {@link RubricStep}), so a rubric without a version or an effective period does not compile.
 *
 * <p><b>Numbers.</b> Every numeric option (targets, weights, factors and their ranges, curve points,
 * tier edges, scale values, milestone points, band bounds, guard thresholds, target rules, fairness
 * limits, and the evidence builder's actuals, ratings, factors, credits and reliefs) takes a
 * {@code BigDecimal}, taken exactly; amounts also take a {@code long}, taken exactly. The
 * {@code double} overloads are a convenience for literals: a double is read as its shortest decimal
 * string ({@link BigDecimal#valueOf(double)}), so {@code 0.5} is 0.5 and {@code 1_000_000} is
 * 1000000, but a double that was computed keeps its binary error: {@code 0.8 + 0.4} is
 * 1.2000000000000002, outside a factor range of 0.8 to 1.2. Compute with {@code BigDecimal} and pass
 * the result. NaN and infinities are rejected with an error naming the field, and so is a null.
 */
public final class RubricDsl {

    private RubricDsl() {
    }

    /**
     * Starts a rubric; its version comes next, then its effective period.
     *
     * @param id the rubric id
     * @return the step that takes the version
     * @throws NullPointerException if {@code id} is null
     */
    public static RubricVersionStep rubric(String id) {
        return new RubricVersionStep(id);
    }

    /**
     * Starts a piecewise-linear curve; add breakpoints with {@link LinearCurveStep#point(double, double)}.
     *
     * @return an empty curve step
     */
    public static LinearCurveStep linear() {
        return new LinearCurveStep(Chain.empty(), Optional.empty(), false);
    }

    /**
     * Starts step tiers; add tiers with {@link TierCurveStep#from(double, double)}.
     *
     * @return an empty tier step
     */
    public static TierCurveStep tiers() {
        return TierCurveStep.start();
    }

    /**
     * Starts a rating scale from {@code min} to {@code max} in steps of 1; describe every level with
     * {@link ScaleStep#level(double, String, String)}.
     *
     * @param min the lowest value
     * @param max the highest value
     * @return a scale step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public static ScaleStep scale(double min, double max) {
        return scale(min, max, 1);
    }

    /**
     * Starts a rating scale from {@code min} to {@code max} in steps of {@code step}.
     *
     * @param min the lowest value
     * @param max the highest value
     * @param step the distance between levels
     * @return a scale step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public static ScaleStep scale(double min, double max, double step) {
        return scale(Decimals.of(min, "scale min"), Decimals.of(max, "scale max"), Decimals.of(step, "scale step"));
    }

    /**
     * Starts a rating scale from exact {@code min} to {@code max} in steps of 1.
     *
     * @param min the lowest value
     * @param max the highest value
     * @return a scale step
     * @throws NullPointerException if a number is null
     */
    public static ScaleStep scale(BigDecimal min, BigDecimal max) {
        return scale(min, max, BigDecimal.ONE);
    }

    /**
     * Starts a rating scale from exact {@code min} to {@code max} in steps of {@code step}.
     *
     * @param min the lowest value
     * @param max the highest value
     * @param step the distance between levels
     * @return a scale step
     * @throws NullPointerException if a number is null
     */
    public static ScaleStep scale(BigDecimal min, BigDecimal max, BigDecimal step) {
        return new ScaleStep(Decimals.of(min, "scale min"), Decimals.of(max, "scale max"), Decimals.of(step, "scale step"),
                Chain.empty());
    }

    /**
     * A section's score, for a band guard.
     *
     * @param name the section name
     * @return a step offering the comparisons
     * @throws NullPointerException if {@code name} is null
     */
    public static ScoreStep sectionScore(String name) {
        return new ScoreStep(ScoreCondition.Scope.SECTION, Args.notNull(name, "section name"));
    }

    /**
     * A measure's points, for a band guard.
     *
     * @param measureId the measure id
     * @return a step offering the comparisons
     * @throws NullPointerException if {@code measureId} is null
     */
    public static ScoreStep measurePoints(String measureId) {
        return new ScoreStep(ScoreCondition.Scope.MEASURE, Args.notNull(measureId, "measure id"));
    }

    /**
     * Starts evidence for a subject; see {@link EvidenceBuilder}.
     *
     * @param subjectId who is reviewed
     * @return a new builder
     * @throws NullPointerException if {@code subjectId} is null
     */
    public static EvidenceBuilder evidence(String subjectId) {
        return new EvidenceBuilder(subjectId);
    }
}
