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
package org.blendscore.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an {@link Adjustment} overrides: the band of a review, or one measure's points.
 */
public sealed interface Change permits Change.Band, Change.Points {

    /**
     * Overrides the review's band.
     *
     * @param band the band the reviewer gives instead
     * @return the change
     */
    static Change band(String band) {
        return new Band(band);
    }

    /**
     * Overrides one measure's points.
     *
     * @param measureId the measure
     * @param points    the points the reviewer gives instead
     * @return the change
     */
    static Change points(String measureId, BigDecimal points) {
        return new Points(measureId, points);
    }

    /**
     * The band a reviewer gives instead of the computed one.
     *
     * @param band the band, not blank
     */
    record Band(String band) implements Change {
        /**
         * Checks the band.
         *
         * @param band the band, not blank
         * @throws InvalidLedgerEntryException if it is missing or blank
         */
        public Band {
            LedgerMessages.requireText(band, "band", "a band change");
        }
    }

    /**
     * The points a reviewer gives one measure instead of the computed ones.
     *
     * @param measureId the measure, not blank
     * @param points    the points, not negative
     */
    record Points(String measureId, BigDecimal points) implements Change {
        /**
         * Checks the measure and the points.
         *
         * @param measureId the measure, not blank
         * @param points    the points, not negative
         * @throws InvalidLedgerEntryException if the measure is missing or the points are missing or negative
         */
        public Points {
            LedgerMessages.requireText(measureId, "measureId", "a points change");
            if (points == null || points.signum() < 0) {
                throw LedgerMessages.badPoints(measureId, points);
            }
            Objects.requireNonNull(points);
        }
    }
}
