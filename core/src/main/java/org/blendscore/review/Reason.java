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

/**
 * How much one measure raised or lowered the overall score against a baseline review in which
 * every measure scores 100 points: {@code impact = contribution - effective weight x 100}, in
 * overall points.
 */
public final class Reason {

    private final String measureId;
    private final String section;
    private final BigDecimal impact;
    private final BigDecimal points;
    private final boolean countedAsZero;

    /**
     * Checks that the parts are present.
     *
     * @param measureId the measure
     * @param section the measure's section
     * @param impact signed impact in overall points, at the rubric's scale; positive raised the score
     * @param points the measure's points, at the rubric's scale
     * @param countedAsZero whether the points are missing evidence counted as 0
     */
    public Reason(String measureId, String section, BigDecimal impact, BigDecimal points, boolean countedAsZero) {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(points, "points");
        this.measureId = measureId;
        this.section = section;
        this.impact = impact;
        this.points = points;
        this.countedAsZero = countedAsZero;
    }

    /**
     * Whether the measure raised the overall above the baseline.
     *
     * @return true for a positive impact
     */
    public boolean raised() {
        return impact.signum() > 0;
    }

    /**
     * The reason as a sentence, such as
     * {@code new-arr raised the overall by 6.00 points (112.00 points against 100)}.
     *
     * @return the sentence
     */
    public String text() {
        return ReviewText.reason(measureId, impact, points, countedAsZero);
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
     * Returns the measure's section.
     *
     * @return the measure's section
     */
    public String section() {
        return section;
    }

    /**
     * Returns signed impact in overall points, at the rubric's scale; positive raised the score.
     *
     * @return signed impact in overall points, at the rubric's scale; positive raised the score
     */
    public BigDecimal impact() {
        return impact;
    }

    /**
     * Returns the measure's points, at the rubric's scale.
     *
     * @return the measure's points, at the rubric's scale
     */
    public BigDecimal points() {
        return points;
    }

    /**
     * Returns whether the points are missing evidence counted as 0.
     *
     * @return whether the points are missing evidence counted as 0
     */
    public boolean countedAsZero() {
        return countedAsZero;
    }

    /** Equal to another Reason whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Reason other
                && Objects.equals(measureId, other.measureId)
                && Objects.equals(section, other.section)
                && Objects.equals(impact, other.impact)
                && Objects.equals(points, other.points)
                && countedAsZero == other.countedAsZero;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(measureId, section, impact, points, countedAsZero);
    }

    /** The parts, as {@code Reason[part=value, ...]}. */
    @Override
    public String toString() {
        return "Reason[measureId=" + measureId
                + ", section=" + section
                + ", impact=" + impact
                + ", points=" + points
                + ", countedAsZero=" + countedAsZero
                + "]";
    }
}
