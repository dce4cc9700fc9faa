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
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.TierEdge;

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
 */
public final class RubricDsl {

    private RubricDsl() {
    }

    /**
     * Starts a rubric.
     *
     * @param id the rubric id
     * @return the first step
     */
    public static RubricStep rubric(String id) {
        return RubricStep.start(id);
    }

    /**
     * Starts a piecewise-linear curve; add breakpoints with {@link LinearCurveStep#point(double, double)}.
     *
     * @return an empty curve step
     */
    public static LinearCurveStep linear() {
        return new LinearCurveStep(List.of(), java.util.Optional.empty(), false);
    }

    /**
     * Starts step tiers; add tiers with {@link TierCurveStep#from(double, double)}.
     *
     * @return an empty tier step
     */
    public static TierCurveStep tiers() {
        return new TierCurveStep(List.of(), TierEdge.HIGHER);
    }

    /**
     * Starts a rating scale from {@code min} to {@code max} in steps of 1; describe every level with
     * {@link ScaleStep#level(double, String, String)}.
     *
     * @param min the lowest value
     * @param max the highest value
     * @return a scale step
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
     */
    public static ScaleStep scale(double min, double max, double step) {
        BigDecimal lo = Decimals.of(min, "scale min");
        BigDecimal hi = Decimals.of(max, "scale max");
        return new ScaleStep(lo, hi, Decimals.of(step, "scale step"), List.of());
    }

    /**
     * A section's score, for a band guard.
     *
     * @param name the section name
     * @return a step offering the comparisons
     */
    public static ScoreStep sectionScore(String name) {
        return new ScoreStep(ScoreCondition.Scope.SECTION, name);
    }

    /**
     * A measure's points, for a band guard.
     *
     * @param measureId the measure id
     * @return a step offering the comparisons
     */
    public static ScoreStep measurePoints(String measureId) {
        return new ScoreStep(ScoreCondition.Scope.MEASURE, measureId);
    }

    /**
     * Starts evidence for a subject; see {@link EvidenceBuilder}.
     *
     * @param subjectId who is reviewed
     * @return a new builder
     */
    public static EvidenceBuilder evidence(String subjectId) {
        return new EvidenceBuilder(subjectId);
    }
}
