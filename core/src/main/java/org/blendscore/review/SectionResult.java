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

/**
 * One section's part in a review.
 */
public final class SectionResult {

    private final String name;
    private final BigDecimal weight;
    private final BigDecimal effectiveWeight;
    private final Optional<BigDecimal> score;
    private final BigDecimal contribution;
    private final List<MeasureResult> measures;

    /**
     * Checks the parts and copies the measures.
     *
     * @param name the section name
     * @param weight the declared weight in the rubric, percent
     * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
     *         (0 when left out)
     * @param score the section's score (its measures' points weighted in the section) at the rubric's
     *         scale; empty when left out
     * @param contribution the section's contribution: the sum of its measures' contributions
     * @param measures the measures in declaration order
     */
    public SectionResult(String name, BigDecimal weight, BigDecimal effectiveWeight, Optional<BigDecimal> score,
                         BigDecimal contribution, List<MeasureResult> measures) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(contribution, "contribution");
        measures = List.copyOf(measures);
        this.name = name;
        this.weight = weight;
        this.effectiveWeight = effectiveWeight;
        this.score = score;
        this.contribution = contribution;
        this.measures = measures;
    }

    /**
     * Whether the section was left out for want of usable evidence.
     *
     * @return true if left out
     */
    public boolean leftOut() {
        return score.isEmpty();
    }

    /**
     * Returns the section name.
     *
     * @return the section name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the declared weight in the rubric, percent.
     *
     * @return the declared weight in the rubric, percent
     */
    public BigDecimal weight() {
        return weight;
    }

    /**
     * Returns the weight after renormalisation, percent, rounded half-even to 4 places (0 when left out).
     *
     * @return the weight after renormalisation, percent, rounded half-even to 4 places (0 when left out)
     */
    public BigDecimal effectiveWeight() {
        return effectiveWeight;
    }

    /**
     * Returns the section's score (its measures' points weighted in the section) at the rubric's scale; empty when left out.
     *
     * @return the section's score (its measures' points weighted in the section) at the rubric's scale; empty when left out
     */
    public Optional<BigDecimal> score() {
        return score;
    }

    /**
     * Returns the section's contribution: the sum of its measures' contributions.
     *
     * @return the section's contribution: the sum of its measures' contributions
     */
    public BigDecimal contribution() {
        return contribution;
    }

    /**
     * Returns the measures in declaration order.
     *
     * @return the measures in declaration order
     */
    public List<MeasureResult> measures() {
        return measures;
    }

    /** Equal to another SectionResult whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SectionResult other
                && Objects.equals(name, other.name)
                && Objects.equals(weight, other.weight)
                && Objects.equals(effectiveWeight, other.effectiveWeight)
                && Objects.equals(score, other.score)
                && Objects.equals(contribution, other.contribution)
                && Objects.equals(measures, other.measures);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(name, weight, effectiveWeight, score, contribution, measures);
    }

    /** The parts, as {@code SectionResult[part=value, ...]}. */
    @Override
    public String toString() {
        return "SectionResult[name=" + name
                + ", weight=" + weight
                + ", effectiveWeight=" + effectiveWeight
                + ", score=" + score
                + ", contribution=" + contribution
                + ", measures=" + measures
                + "]";
    }
}
