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

import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * Evidence a review lacked: a measure with no usable evidence, or a rating source below its minimum.
 *
 * @param section the measure's section
 * @param measureId the measure
 * @param source the rating source, for a source below its minimum; empty for a whole measure
 * @param reason what was missing, as the review says it
 * @param nominalShare the share of the rubric's nominal weight it would have carried, 0 to 1
 */
public record MissingEvidence(String section, String measureId, Optional<String> source, String reason,
                              Fraction nominalShare) {

    /**
     * Checks that the parts are present.
     *
     * @param section the measure's section
     * @param measureId the measure
     * @param source the rating source, or empty for a whole measure
     * @param reason what was missing
     * @param nominalShare the share of the rubric's nominal weight it would have carried
     */
    public MissingEvidence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(nominalShare, "nominalShare");
    }
}
