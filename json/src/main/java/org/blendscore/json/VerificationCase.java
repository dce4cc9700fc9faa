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
package org.blendscore.json;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.blendscore.evidence.Evidence;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;

/**
 * A golden case that travels with a rubric (as PMML's model verification): evidence and the review it
 * must give, its overall score, its band (or none) and every measure's contribution.
 *
 * @param id            the case's id, unique in its rubric document
 * @param evidence      the evidence to score
 * @param overall       the expected overall score
 * @param band          the expected band; empty when the review must have none
 * @param contributions the expected contribution of every measure of the rubric, by measure id, in order
 */
public record VerificationCase(String id, Evidence evidence, BigDecimal overall, Optional<String> band,
                               Map<String, BigDecimal> contributions) {

    /**
     * Checks the parts and copies the contributions, keeping their order.
     *
     * @param id            the case's id
     * @param evidence      the evidence
     * @param overall       the expected overall score
     * @param band          the expected band, or empty
     * @param contributions the expected contributions by measure id
     */
    public VerificationCase {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a verification case's id must not be blank");
        }
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(contributions, "contributions");
        contributions.forEach((measure, value) -> {
            Objects.requireNonNull(measure, "contributions: a measure id");
            Objects.requireNonNull(value, "contributions[" + measure + "]");
        });
        contributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    }

    /**
     * A case that expects what a review shows: a way to record golden cases from reviews a person has
     * checked.
     *
     * @param id       the case's id
     * @param evidence the evidence that was scored
     * @param review   the review it gave
     * @return the case
     */
    public static VerificationCase of(String id, Evidence evidence, Review review) {
        Objects.requireNonNull(review, "review");
        Map<String, BigDecimal> contributions = new LinkedHashMap<>();
        for (MeasureResult m : review.measures()) {
            contributions.put(m.id(), m.contribution());
        }
        return new VerificationCase(id, evidence, review.overall(), review.band(), contributions);
    }
}
