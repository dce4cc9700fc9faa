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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.util.Objects;
import org.blendscore.evidence.MeasureEvidence;

/**
 * The smallest change of one measure's own evidence that, with everything else as it is, lifts a
 * review to the next band. The step was verified by scoring: {@code evidence} in place of the
 * measure's evidence reaches the band, and {@code smaller}, the same change one unit of the input's
 * resolution smaller (a cent of an amount, one level of a rating scale, one count; for a milestone,
 * the evidence without it), does not.
 *
 * @param measureId the measure changed
 * @param change what changes, in words, such as {@code +84,000 USD of new-arr},
 *         {@code the executive-alignment milestone} or {@code customer-trust from the manager at 4 instead of 3}
 * @param evidence the measure's evidence with the step taken
 * @param smaller the measure's evidence with the next-smaller step (possibly the evidence as it was)
 * @param overall the overall score with the step taken
 * @param band the band with the step taken
 * @param cost the step's share of the measure's range: the points it adds to the measure divided
 *         by the most points the measure can give (for an unbounded curve, its highest breakpoint),
 *         rounded half-even to 4 places; pairs are ranked by the sum of their steps' costs
 */
public record Step(String measureId, String change, MeasureEvidence evidence, MeasureEvidence smaller,
                   BigDecimal overall, String band, BigDecimal cost) {

    /**
     * Checks that every part is present.
     *
     * @param measureId the measure changed
     * @param change what changes, in words
     * @param evidence the measure's evidence with the step taken
     * @param smaller the measure's evidence with the next-smaller step
     * @param overall the overall score with the step taken
     * @param band the band with the step taken
     * @param cost the step's share of the measure's range
     */
    public Step {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(smaller, "smaller");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(cost, "cost");
    }
}
