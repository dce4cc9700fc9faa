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
import org.blendscore.evidence.Rating;
import org.blendscore.rubric.Anonymity;

/**
 * One rating source's part in a rating measure.
 *
 * <p>A review holds the rater ids of the sources it shows: it is the audit record. A source below its
 * {@linkplain Anonymity anonymity threshold} is {@code withheld}: nothing of it is kept, no rating,
 * rater id, comment, value or count ({@code ratings} is empty and {@code usable} is 0), and it is
 * scored as a source without usable evidence. The subject's view ({@link Review#explain()}) shows an
 * anonymous source's aggregate without rater ids.
 */
public final class SourceResult {

    private final String source;
    private final BigDecimal weight;
    private final BigDecimal effectiveWeight;
    private final List<Rating> ratings;
    private final int usable;
    private final int minRatings;
    private final Optional<BigDecimal> value;
    private final Optional<BigDecimal> points;
    private final SourceStatus status;
    private final Optional<Anonymity> anonymity;
    private final boolean withheld;

    /**
     * Checks the parts and copies the ratings.
     *
     * @param source the source name
     * @param weight the declared weight among the measure's sources, percent
     * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
     * @param ratings every rating of the source, N/A ones included, sorted by rater id
     * @param usable how many ratings were not N/A
     * @param minRatings how many usable ratings the source needed
     * @param value the aggregated value (mean or median), rounded half-even to the rubric's scale;
     *         empty if the source did not count
     * @param points the points of that value, at the rubric's scale; empty if the source was left out
     * @param status how the source took part
     * @param anonymity the source's anonymity threshold, or empty for a signed source
     * @param withheld whether the source was below its anonymity threshold, and so dropped entirely
     */
    public SourceResult(String source, BigDecimal weight, BigDecimal effectiveWeight, List<Rating> ratings,
                        int usable, int minRatings, Optional<BigDecimal> value, Optional<BigDecimal> points,
                        SourceStatus status, Optional<Anonymity> anonymity, boolean withheld) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        ratings = List.copyOf(ratings);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(anonymity, "anonymity");
        if (withheld && (!ratings.isEmpty() || usable != 0 || value.isPresent())) {
            throw new IllegalArgumentException(SourceText.withheldButKept(source));
        }
        this.source = source;
        this.weight = weight;
        this.effectiveWeight = effectiveWeight;
        this.ratings = ratings;
        this.usable = usable;
        this.minRatings = minRatings;
        this.value = value;
        this.points = points;
        this.status = status;
        this.anonymity = anonymity;
        this.withheld = withheld;
    }

    /**
     * A signed source's part, as before anonymity thresholds: not anonymous, not withheld.
     *
     * @param source the source name
     * @param weight the declared weight among the measure's sources, percent
     * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
     * @param ratings every rating of the source, N/A ones included, sorted by rater id
     * @param usable how many ratings were not N/A
     * @param minRatings how many usable ratings the source needed
     * @param value the aggregated value, rounded half-even to the rubric's scale; empty if the source did not count
     * @param points the points of that value, at the rubric's scale; empty if the source was left out
     * @param status how the source took part
     */
    public SourceResult(String source, BigDecimal weight, BigDecimal effectiveWeight, List<Rating> ratings, int usable,
                        int minRatings, Optional<BigDecimal> value, Optional<BigDecimal> points, SourceStatus status) {
        this(source, weight, effectiveWeight, ratings, usable, minRatings, value, points, status, Optional.empty(), false);
    }

    /**
     * Returns the source name.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the declared weight among the measure's sources, percent.
     *
     * @return the declared weight among the measure's sources, percent
     */
    public BigDecimal weight() {
        return weight;
    }

    /**
     * Returns the weight after renormalisation, percent, rounded half-even to 4 places.
     *
     * @return the weight after renormalisation, percent, rounded half-even to 4 places
     */
    public BigDecimal effectiveWeight() {
        return effectiveWeight;
    }

    /**
     * Returns every rating of the source, N/A ones included, sorted by rater id.
     *
     * @return every rating of the source, N/A ones included, sorted by rater id
     */
    public List<Rating> ratings() {
        return ratings;
    }

    /**
     * Returns how many ratings were not N/A.
     *
     * @return how many ratings were not N/A
     */
    public int usable() {
        return usable;
    }

    /**
     * Returns how many usable ratings the source needed.
     *
     * @return how many usable ratings the source needed
     */
    public int minRatings() {
        return minRatings;
    }

    /**
     * Returns the aggregated value (mean or median), rounded half-even to the rubric's scale; empty if the source did not count.
     *
     * @return the aggregated value (mean or median), rounded half-even to the rubric's scale; empty if the source did not count
     */
    public Optional<BigDecimal> value() {
        return value;
    }

    /**
     * Returns the points of that value, at the rubric's scale; empty if the source was left out.
     *
     * @return the points of that value, at the rubric's scale; empty if the source was left out
     */
    public Optional<BigDecimal> points() {
        return points;
    }

    /**
     * Returns how the source took part.
     *
     * @return how the source took part
     */
    public SourceStatus status() {
        return status;
    }

    /**
     * Returns the source's anonymity threshold, or empty for a signed source.
     *
     * @return the source's anonymity threshold, or empty for a signed source
     */
    public Optional<Anonymity> anonymity() {
        return anonymity;
    }

    /**
     * Returns whether the source had fewer distinct raters than its anonymity threshold, and so was dropped from the review entirely.
     *
     * @return whether the source had fewer distinct raters than its anonymity threshold, and so was dropped from the review entirely
     */
    public boolean withheld() {
        return withheld;
    }

    /** Equal to another SourceResult whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceResult other
                && Objects.equals(source, other.source)
                && Objects.equals(weight, other.weight)
                && Objects.equals(effectiveWeight, other.effectiveWeight)
                && Objects.equals(ratings, other.ratings)
                && usable == other.usable
                && minRatings == other.minRatings
                && Objects.equals(value, other.value)
                && Objects.equals(points, other.points)
                && Objects.equals(status, other.status)
                && Objects.equals(anonymity, other.anonymity)
                && withheld == other.withheld;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(source, weight, effectiveWeight, ratings, usable, minRatings, value, points, status, anonymity, withheld);
    }

    /** The parts, as {@code SourceResult[part=value, ...]}. */
    @Override
    public String toString() {
        return "SourceResult[source=" + source
                + ", weight=" + weight
                + ", effectiveWeight=" + effectiveWeight
                + ", ratings=" + ratings
                + ", usable=" + usable
                + ", minRatings=" + minRatings
                + ", value=" + value
                + ", points=" + points
                + ", status=" + status
                + ", anonymity=" + anonymity
                + ", withheld=" + withheld
                + "]";
    }
}
