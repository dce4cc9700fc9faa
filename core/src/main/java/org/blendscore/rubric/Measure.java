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

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One thing judged, with its weight inside its section. Three families: {@link QuotaMeasure},
 * {@link MilestoneMeasure} and {@link RatingMeasure}.
 */
public sealed interface Measure permits QuotaMeasure, MilestoneMeasure, RatingMeasure {

    /**
     * The measure's id, unique in its rubric, such as {@code new-arr}.
     *
     * @return the id
     */
    String id();

    /**
     * The measure's weight in its section, in percent.
     *
     * @return the weight
     */
    BigDecimal weight();

    /**
     * The measure's own policy for missing evidence, if it has one; else its section's applies, and
     * else the rubric's.
     *
     * @return the measure's policy, or empty
     */
    Optional<MissingEvidencePolicy> missingEvidence();
}
