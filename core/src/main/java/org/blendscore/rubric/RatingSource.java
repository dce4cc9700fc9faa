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

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Who rates a rating measure (manager, customer, peer, self), with the source's weight and the
 * number of ratings it needs to count, and optionally its {@linkplain Anonymity anonymity}.
 *
 * <p>A source without anonymity is signed: its raters are named in every view of a review, as a
 * manager's rating is. A source with anonymity (peers, customers in a survey) is withheld entirely
 * below its threshold of distinct raters, and shown to the subject without rater ids at or above it.
 *
 * @param name the source name, such as {@code customer}
 * @param weight weight among the measure's sources, percent
 * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
 * @param anonymity the source's anonymity threshold, or empty for a signed source
 */
public record RatingSource(@NotBlank String name, @NotNull @Positive BigDecimal weight, @Positive int minRatings,
                           @NotNull Optional<Anonymity> anonymity) {

    /**
     * Checks that the parts are present.
     *
     * @param name the source name, such as {@code customer}
     * @param weight weight among the measure's sources, percent
     * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
     * @param anonymity the source's anonymity threshold, or empty for a signed source
     */
    public RatingSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(anonymity, "anonymity");
    }

    /**
     * A signed source, without anonymity: its raters are named in every view.
     *
     * @param name the source name, such as {@code customer}
     * @param weight weight among the measure's sources, percent
     * @param minRatings the fewest usable (not N/A) ratings for the source to count; at least 1
     */
    public RatingSource(String name, BigDecimal weight, int minRatings) {
        this(name, weight, minRatings, Optional.empty());
    }

    /**
     * A copy with an anonymity threshold.
     *
     * @param value the anonymity
     * @return a new source
     * @throws NullPointerException if {@code value} is null
     */
    public RatingSource withAnonymity(Anonymity value) {
        return new RatingSource(name, weight, minRatings, Optional.of(Objects.requireNonNull(value, "anonymity")));
    }

    /**
     * Whether the source is anonymous: it declares an anonymity threshold.
     *
     * @return true if anonymous
     */
    public boolean anonymous() {
        return anonymity.isPresent();
    }
}
