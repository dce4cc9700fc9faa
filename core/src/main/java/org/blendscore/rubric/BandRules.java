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
package org.blendscore.rubric;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a rubric gives bands: which overall its bands and guards read, and how much of the rubric's
 * weight must have usable evidence for a review to be banded.
 *
 * <p>A review's <b>coverage</b> is the share of the rubric's nominal weight that had usable evidence
 * (a rating source's share of its measure counts only when the source has its minimum of usable
 * ratings). Below {@link #leastCoverage()} the review is still scored and explained, but it is
 * <em>incomplete</em>: it has no band, or, if the rubric says so, a band marked provisional.
 *
 * <p>The default, {@link #defaults()}, is a least coverage of 75% with no band below it, and bands
 * and guards reading the overall as the review shows it (rounded at the rubric's scale). 75% lets
 * a review lose a rating measure or a source or two and still be banded, but not a whole
 * relationship section of 30%: a review must rest on three quarters of what the rubric weighs
 * before it can rank anyone.
 *
 * @param leastCoverage the least coverage for a banded review, percent of the rubric's nominal
 *     weight, 0 to 100 (0: every review is banded)
 * @param belowLeastCoverage what an incomplete review's band is
 * @param reading which overall (and which section and measure scores) bands and guards read
 */
public record BandRules(@NotNull BigDecimal leastCoverage, @NotNull IncompleteBand belowLeastCoverage,
                        @NotNull BandReading reading) {

    /** The least coverage when a rubric does not say otherwise: 75 percent. */
    public static final BigDecimal DEFAULT_LEAST_COVERAGE = BigDecimal.valueOf(75);

    private static final BandRules DEFAULTS = new BandRules(DEFAULT_LEAST_COVERAGE, IncompleteBand.NONE, BandReading.ROUNDED);

    /**
     * Checks that the parts are present; the range of the least coverage is checked with the rubric.
     *
     * @param leastCoverage the least coverage for a banded review, percent
     * @param belowLeastCoverage what an incomplete review's band is
     * @param reading which overall bands and guards read
     */
    public BandRules {
        Objects.requireNonNull(leastCoverage, "leastCoverage");
        Objects.requireNonNull(belowLeastCoverage, "belowLeastCoverage");
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * The defaults: least coverage 75%, no band below it, bands read the rounded overall.
     *
     * @return the default band rules
     */
    public static BandRules defaults() {
        return DEFAULTS;
    }

    /**
     * These rules with another least coverage.
     *
     * @param percent the least coverage, percent of the rubric's nominal weight
     * @return the new rules
     */
    public BandRules withLeastCoverage(BigDecimal percent) {
        return new BandRules(percent, belowLeastCoverage, reading);
    }

    /**
     * These rules with another band for incomplete reviews.
     *
     * @param band none, or provisional
     * @return the new rules
     */
    public BandRules withBelowLeastCoverage(IncompleteBand band) {
        return new BandRules(leastCoverage, band, reading);
    }

    /**
     * These rules with bands and guards reading another overall.
     *
     * @param newReading rounded or exact
     * @return the new rules
     */
    public BandRules withReading(BandReading newReading) {
        return new BandRules(leastCoverage, belowLeastCoverage, newReading);
    }

    /** What an incomplete review (below the least coverage) gets for a band. */
    public enum IncompleteBand {
        /** No band: {@code Review.band()} is empty (the default). */
        NONE,
        /** The band its overall reaches after guards, marked provisional. */
        PROVISIONAL
    }

    /** Which figures bands and guards read. */
    public enum BandReading {
        /**
         * The overall, section scores and measure points as the review shows them, rounded half-even
         * at the rubric's scale (the default): an exact 89.995 at scale 2 shows 90.00 and is
         * banded at 90.
         */
        ROUNDED,
        /** The exact figures before rounding: an exact 89.995 is below a band starting at 90. */
        EXACT
    }
}
