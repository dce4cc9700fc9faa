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
import java.util.Objects;
import org.blendscore.rubric.FairnessRules;

/**
 * The fairness rules a rubric declares about itself, checked when the rubric is built (see
 * {@link FairnessRules}). A step starts from the rubric's current rules, the
 * {@link FairnessRules#defaults() defaults} unless set: curves non-decreasing and no tier gaps.
 * Immutable: every option returns a new step. Limits may be given as {@code BigDecimal}, taken
 * exactly, or as {@code double}, read as its shortest decimal string (see {@link RubricDsl}).
 *
 * <pre>{@code
 * rubric("enterprise-ae")...
 *     .fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(10))
 * }</pre>
 */
public final class FairnessStep {

    private final FairnessRules rules;

    FairnessStep(FairnessRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * At least {@code percent}% of the overall must come from qualitative measures (milestones and
     * ratings), by nominal weight share.
     *
     * @param percent 0 to 100
     * @return a new step
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public FairnessStep minQualitativeShare(double percent) {
        return minQualitativeShare(Decimals.of(percent, "minimum qualitative share"));
    }

    /**
     * As {@link #minQualitativeShare(double)}, with an exact limit.
     *
     * @param percent 0 to 100
     * @return a new step
     * @throws NullPointerException if {@code percent} is null
     */
    public FairnessStep minQualitativeShare(BigDecimal percent) {
        return new FairnessStep(rules.withMinQualitativeShare(Decimals.of(percent, "minimum qualitative share")));
    }

    /**
     * No measure may carry more than {@code percent}% of the overall, by nominal weight share.
     *
     * @param percent 0 to 100
     * @return a new step
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public FairnessStep maxMeasureShare(double percent) {
        return maxMeasureShare(Decimals.of(percent, "maximum measure share"));
    }

    /**
     * As {@link #maxMeasureShare(double)}, with an exact limit.
     *
     * @param percent 0 to 100
     * @return a new step
     * @throws NullPointerException if {@code percent} is null
     */
    public FairnessStep maxMeasureShare(BigDecimal percent) {
        return new FairnessStep(rules.withMaxMeasureShare(Decimals.of(percent, "maximum measure share")));
    }

    /**
     * No cliff of a curve may move the overall by more than {@code overallPoints}.
     *
     * @param overallPoints 0 or more
     * @return a new step
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public FairnessStep maxCliff(double overallPoints) {
        return maxCliff(Decimals.of(overallPoints, "maximum cliff"));
    }

    /**
     * As {@link #maxCliff(double)}, with an exact limit.
     *
     * @param overallPoints 0 or more
     * @return a new step
     * @throws NullPointerException if {@code overallPoints} is null
     */
    public FairnessStep maxCliff(BigDecimal overallPoints) {
        return new FairnessStep(rules.withMaxCliff(Decimals.of(overallPoints, "maximum cliff")));
    }

    /**
     * No measure's or section's evidence, left out instead of scored at its worst, may raise the
     * overall by more than {@code overallPoints} (its withholding exposure, computed exactly by the
     * analysis under the effective missing-evidence policies).
     *
     * @param overallPoints 0 or more
     * @return a new step
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public FairnessStep maxWithholdingGain(double overallPoints) {
        return maxWithholdingGain(Decimals.of(overallPoints, "maximum withholding gain"));
    }

    /**
     * As {@link #maxWithholdingGain(double)}, with an exact limit.
     *
     * @param overallPoints 0 or more
     * @return a new step
     * @throws NullPointerException if {@code overallPoints} is null
     */
    public FairnessStep maxWithholdingGain(BigDecimal overallPoints) {
        return new FairnessStep(rules.withMaxWithholdingGain(Decimals.of(overallPoints, "maximum withholding gain")));
    }

    /**
     * Switches the rule that every curve is non-decreasing on or off (on by default).
     *
     * @param on whether the rule applies
     * @return a new step
     */
    public FairnessStep curvesNonDecreasing(boolean on) {
        return new FairnessStep(rules.withCurvesNonDecreasing(on));
    }

    /**
     * Switches the rule that no tier table has gaps on or off (on by default).
     *
     * @param on whether the rule applies
     * @return a new step
     */
    public FairnessStep noTierGaps(boolean on) {
        return new FairnessStep(rules.withNoTierGaps(on));
    }

    /**
     * Switches every rule off, the defaults included, so that the options that follow are the only rules.
     *
     * @return a new step with no rules
     */
    public FairnessStep none() {
        return new FairnessStep(FairnessRules.none());
    }

    FairnessRules rules() {
        return rules;
    }
}
