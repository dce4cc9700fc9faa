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
import java.util.Objects;
import java.util.Optional;

/**
 * One measure's part in a review.
 */
public final class MeasureResult {

    private final String id;
    private final String section;
    private final BigDecimal weight;
    private final BigDecimal effectiveWeight;
    private final Optional<BigDecimal> points;
    private final BigDecimal contribution;
    private final MeasureInput input;
    private final MeasureStatus status;

    /**
     * Checks that the parts are present.
     *
     * @param id the measure id
     * @param section the section name
     * @param weight the declared weight in its section, percent
     * @param effectiveWeight the measure's share of the overall score after renormalisation, percent,
     *         rounded half-even to 4 places (0 when left out)
     * @param points the measure's points at the rubric's scale; empty when left out
     * @param contribution the measure's contribution to the overall score; the contributions of a review
     *         add up exactly to its overall score
     * @param input the evidence behind the points
     * @param status how the measure took part
     */
    public MeasureResult(String id, String section, BigDecimal weight, BigDecimal effectiveWeight,
                         Optional<BigDecimal> points, BigDecimal contribution, MeasureInput input,
                         MeasureStatus status) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        this.id = id;
        this.section = section;
        this.weight = weight;
        this.effectiveWeight = effectiveWeight;
        this.points = points;
        this.contribution = contribution;
        this.input = input;
        this.status = status;
    }

    /**
     * Returns the measure id.
     *
     * @return the measure id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the section name.
     *
     * @return the section name
     */
    public String section() {
        return section;
    }

    /**
     * Returns the declared weight in its section, percent.
     *
     * @return the declared weight in its section, percent
     */
    public BigDecimal weight() {
        return weight;
    }

    /**
     * Returns the measure's share of the overall score after renormalisation, percent, rounded half-even to 4 places (0 when left out).
     *
     * @return the measure's share of the overall score after renormalisation, percent, rounded half-even to 4 places (0 when left out)
     */
    public BigDecimal effectiveWeight() {
        return effectiveWeight;
    }

    /**
     * Returns the measure's points at the rubric's scale; empty when left out.
     *
     * @return the measure's points at the rubric's scale; empty when left out
     */
    public Optional<BigDecimal> points() {
        return points;
    }

    /**
     * Returns the measure's contribution to the overall score; the contributions of a review add up exactly to its overall score.
     *
     * @return the measure's contribution to the overall score; the contributions of a review add up exactly to its overall score
     */
    public BigDecimal contribution() {
        return contribution;
    }

    /**
     * Returns the evidence behind the points.
     *
     * @return the evidence behind the points
     */
    public MeasureInput input() {
        return input;
    }

    /**
     * Returns how the measure took part.
     *
     * @return how the measure took part
     */
    public MeasureStatus status() {
        return status;
    }

    /** Equal to another MeasureResult whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MeasureResult other
                && Objects.equals(id, other.id)
                && Objects.equals(section, other.section)
                && Objects.equals(weight, other.weight)
                && Objects.equals(effectiveWeight, other.effectiveWeight)
                && Objects.equals(points, other.points)
                && Objects.equals(contribution, other.contribution)
                && Objects.equals(input, other.input)
                && Objects.equals(status, other.status);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(id, section, weight, effectiveWeight, points, contribution, input, status);
    }

    /** The parts, as {@code MeasureResult[part=value, ...]}. */
    @Override
    public String toString() {
        return "MeasureResult[id=" + id
                + ", section=" + section
                + ", weight=" + weight
                + ", effectiveWeight=" + effectiveWeight
                + ", points=" + points
                + ", contribution=" + contribution
                + ", input=" + input
                + ", status=" + status
                + "]";
    }
}
