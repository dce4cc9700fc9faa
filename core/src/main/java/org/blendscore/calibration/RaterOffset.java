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
package org.blendscore.calibration;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One rater's leniency (a positive offset) or severity (a negative one) in one rating measure and
 * source, with the number of ratings behind it, an interval, and a warning when too few ratings
 * stand behind it. A calibrated scorer subtracts the offset from each of the rater's ratings.
 */
public final class RaterOffset {

    private final String measureId;
    private final String source;
    private final String raterId;
    private final int ratings;
    private final BigDecimal offset;
    private final BigDecimal low;
    private final BigDecimal high;
    private final Optional<String> warning;

    /**
     * Checks the parts.
     *
     * @param measureId the rating measure
     * @param source the rater's source in it
     * @param raterId the rater
     * @param ratings how many of the rater's ratings were compared with other raters of the same subject
     * @param offset the shrunk mean residual, rounded half-even at the rules' scale
     * @param low the interval's lower end, rounded down
     * @param high the interval's upper end, rounded up
     * @param warning why the offset is uncertain (too few ratings), or empty
     */
    public RaterOffset(String measureId, String source, String raterId, int ratings, BigDecimal offset, BigDecimal low,
                       BigDecimal high, Optional<String> warning) {
        this.measureId = Objects.requireNonNull(measureId, "measureId");
        this.source = Objects.requireNonNull(source, "source");
        this.raterId = Objects.requireNonNull(raterId, "raterId");
        this.offset = Objects.requireNonNull(offset, "offset");
        this.low = Objects.requireNonNull(low, "low");
        this.high = Objects.requireNonNull(high, "high");
        this.warning = Objects.requireNonNull(warning, "warning");
        if (ratings < 0) {
            throw new IllegalArgumentException(CalibrationMessages.negativeCount(raterId, ratings));
        }
        this.ratings = ratings;
    }

    /**
     * Returns the rating measure.
     *
     * @return the measure id
     */
    public String measureId() {
        return measureId;
    }

    /**
     * Returns the rater's source.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the rater.
     *
     * @return the rater id
     */
    public String raterId() {
        return raterId;
    }

    /**
     * Returns how many of the rater's ratings were compared with other raters of the same subject.
     *
     * @return the count
     */
    public int ratings() {
        return ratings;
    }

    /**
     * Returns the offset: positive for a lenient rater, negative for a severe one, in scale units.
     *
     * @return the offset, at the rules' scale
     */
    public BigDecimal offset() {
        return offset;
    }

    /**
     * Returns the interval's lower end.
     *
     * @return the lower end, rounded down at the rules' scale
     */
    public BigDecimal low() {
        return low;
    }

    /**
     * Returns the interval's upper end.
     *
     * @return the upper end, rounded up at the rules' scale
     */
    public BigDecimal high() {
        return high;
    }

    /**
     * Returns why the offset is uncertain, or empty when enough ratings stand behind it.
     *
     * @return the warning
     */
    public Optional<String> warning() {
        return warning;
    }

    /** Equal to another RaterOffset whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RaterOffset other
                && measureId.equals(other.measureId)
                && source.equals(other.source)
                && raterId.equals(other.raterId)
                && ratings == other.ratings
                && offset.equals(other.offset)
                && low.equals(other.low)
                && high.equals(other.high)
                && warning.equals(other.warning);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(measureId, source, raterId, ratings, offset, low, high, warning);
    }

    /** The parts, as {@code RaterOffset[part=value, ...]}. */
    @Override
    public String toString() {
        return "RaterOffset[measureId=" + measureId + ", source=" + source + ", raterId=" + raterId
                + ", ratings=" + ratings + ", offset=" + offset + ", low=" + low + ", high=" + high
                + ", warning=" + warning + "]";
    }
}
