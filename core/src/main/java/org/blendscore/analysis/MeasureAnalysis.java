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

import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * One measure's reach over the overall score.
 *
 * <p>The <em>nominal share</em> is the measure's share of the overall as the rubric declares it:
 * section weight x measure weight / 10000, before any renormalisation. When evidence is missing and
 * the rubric's policy is {@code LEAVE_OUT}, the weights of what is left are renormalised, and a
 * measure can carry more: in the worst case, when every other measure is left out, all of the
 * overall ({@link #worstCaseShare()} is then 1). Under {@code COUNT_AS_ZERO} and {@code REJECT}
 * nothing is renormalised and the worst-case share is the nominal share.
 */
public final class MeasureAnalysis {

    private final String measureId;
    private final String section;
    private final Kind kind;
    private final Fraction nominalShare;
    private final Fraction worstCaseShare;
    private final Optional<Fraction> minPoints;
    private final Optional<Fraction> maxPoints;
    private final Optional<CurveAnalysis> curve;

    /** The family of a measure; quota measures are quantitative, the others qualitative. */
    public enum Kind {
        /** A quota measure: an actual against a target, through a curve. Quantitative. */
        QUOTA,
        /** A milestone measure. Qualitative. */
        MILESTONES,
        /** A rating measure. Qualitative. */
        RATINGS;

        /**
         * Whether measures of this kind are quantitative.
         *
         * @return true for quota measures
         */
        public boolean quantitative() {
            return this == QUOTA;
        }
    }

    /**
     * Checks the parts.
     *
     * @param measureId the measure id
     * @param section the name of the measure's section
     * @param kind quota, milestones or ratings
     * @param nominalShare the share of the overall before any renormalisation, between 0 and 1
     * @param worstCaseShare the largest share the measure can take after renormalisation, between 0 and 1
     * @param minPoints the lowest points the measure can score (under {@code COUNT_AS_ZERO}, missing
     *         evidence scores 0), or empty if the points fall without bound
     * @param maxPoints the highest points it can score, or empty if they rise without bound
     * @param curve for a quota measure, the analysis of its curve; empty otherwise
     */
    public MeasureAnalysis(String measureId, String section, Kind kind, Fraction nominalShare,
                           Fraction worstCaseShare, Optional<Fraction> minPoints, Optional<Fraction> maxPoints,
                           Optional<CurveAnalysis> curve) {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nominalShare, "nominalShare");
        Objects.requireNonNull(worstCaseShare, "worstCaseShare");
        Objects.requireNonNull(minPoints, "minPoints");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(curve, "curve");
        this.measureId = measureId;
        this.section = section;
        this.kind = kind;
        this.nominalShare = nominalShare;
        this.worstCaseShare = worstCaseShare;
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
        this.curve = curve;
    }

    /**
     * The range of the measure's points, highest minus lowest.
     *
     * @return the range, or empty if the points are unbounded
     */
    public Optional<Fraction> pointsRange() {
        return minPoints.isPresent() && maxPoints.isPresent()
                ? Optional.of(maxPoints.get().subtract(minPoints.get())) : Optional.empty();
    }

    /**
     * The measure's maximum influence on the overall, in overall points: nominal share x points
     * range, the most the overall can move between this measure's lowest and highest points while
     * every other measure stays put and no weight is renormalised.
     *
     * @return the maximum influence, or empty if the points are unbounded
     */
    public Optional<Fraction> maxInfluence() {
        return pointsRange().map(nominalShare::multiply);
    }

    /**
     * The maximum influence under the worst-case renormalisation: worst-case share x points range.
     *
     * @return the worst-case influence, or empty if the points are unbounded
     */
    public Optional<Fraction> worstCaseInfluence() {
        return pointsRange().map(worstCaseShare::multiply);
    }

    /**
     * Returns the measure id.
     *
     * @return the measure id
     */
    public String measureId() {
        return measureId;
    }

    /**
     * Returns the name of the measure's section.
     *
     * @return the name of the measure's section
     */
    public String section() {
        return section;
    }

    /**
     * Returns quota, milestones or ratings.
     *
     * @return quota, milestones or ratings
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the share of the overall before any renormalisation, between 0 and 1.
     *
     * @return the share of the overall before any renormalisation, between 0 and 1
     */
    public Fraction nominalShare() {
        return nominalShare;
    }

    /**
     * Returns the largest share the measure can take after renormalisation, between 0 and 1.
     *
     * @return the largest share the measure can take after renormalisation, between 0 and 1
     */
    public Fraction worstCaseShare() {
        return worstCaseShare;
    }

    /**
     * Returns the lowest points the measure can score (under {@code COUNT_AS_ZERO}, missing evidence scores 0), or empty if the points fall without bound.
     *
     * @return the lowest points the measure can score (under {@code COUNT_AS_ZERO}, missing evidence scores 0), or empty if the points fall without bound
     */
    public Optional<Fraction> minPoints() {
        return minPoints;
    }

    /**
     * Returns the highest points it can score, or empty if they rise without bound.
     *
     * @return the highest points it can score, or empty if they rise without bound
     */
    public Optional<Fraction> maxPoints() {
        return maxPoints;
    }

    /**
     * Returns for a quota measure, the analysis of its curve; empty otherwise.
     *
     * @return for a quota measure, the analysis of its curve; empty otherwise
     */
    public Optional<CurveAnalysis> curve() {
        return curve;
    }

    /** Equal to another MeasureAnalysis whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MeasureAnalysis other
                && Objects.equals(measureId, other.measureId)
                && Objects.equals(section, other.section)
                && Objects.equals(kind, other.kind)
                && Objects.equals(nominalShare, other.nominalShare)
                && Objects.equals(worstCaseShare, other.worstCaseShare)
                && Objects.equals(minPoints, other.minPoints)
                && Objects.equals(maxPoints, other.maxPoints)
                && Objects.equals(curve, other.curve);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(measureId, section, kind, nominalShare, worstCaseShare, minPoints, maxPoints, curve);
    }

    /** The parts, as {@code MeasureAnalysis[part=value, ...]}. */
    @Override
    public String toString() {
        return "MeasureAnalysis[measureId=" + measureId
                + ", section=" + section
                + ", kind=" + kind
                + ", nominalShare=" + nominalShare
                + ", worstCaseShare=" + worstCaseShare
                + ", minPoints=" + minPoints
                + ", maxPoints=" + maxPoints
                + ", curve=" + curve
                + "]";
    }
}
