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
 *
 * @param source the source name
 * @param weight the declared weight among the measure's sources, percent
 * @param effectiveWeight the weight after renormalisation, percent, rounded half-even to 4 places
 * @param ratings every rating of the source, N/A ones included, sorted by rater id
 * @param usable how many ratings were not N/A
 * @param minRatings how many usable ratings the source needed
 * @param value the aggregated value (mean or median), rounded half-even to the rubric's scale;
 *     empty if the source did not count
 * @param points the points of that value, at the rubric's scale; empty if the source was left out
 * @param status how the source took part
 * @param anonymity the source's anonymity threshold, or empty for a signed source
 * @param withheld whether the source had fewer distinct raters than its anonymity threshold, and so
 *     was dropped from the review entirely
 */
public record SourceResult(String source, BigDecimal weight, BigDecimal effectiveWeight, List<Rating> ratings,
                           int usable, int minRatings, Optional<BigDecimal> value, Optional<BigDecimal> points,
                           SourceStatus status, Optional<Anonymity> anonymity, boolean withheld) {

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
    public SourceResult {
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
}
