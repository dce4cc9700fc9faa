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
 *
 * @param id the measure id
 * @param section the section name
 * @param weight the declared weight in its section, percent
 * @param effectiveWeight the measure's share of the overall score after renormalisation, percent,
 *     rounded half-even to 4 places (0 when left out)
 * @param points the measure's points at the rubric's scale; empty when left out
 * @param contribution the measure's contribution to the overall score; the contributions of a review
 *     add up exactly to its overall score
 * @param input the evidence behind the points
 * @param status how the measure took part
 */
public record MeasureResult(String id, String section, BigDecimal weight, BigDecimal effectiveWeight,
                            Optional<BigDecimal> points, BigDecimal contribution, MeasureInput input, MeasureStatus status) {

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
    public MeasureResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(effectiveWeight, "effectiveWeight");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
    }
}
