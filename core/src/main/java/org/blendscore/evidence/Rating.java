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
package org.blendscore.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One rating given by one rater from one source: a value on the measure's scale, or N/A
 * ("not able to judge"), which is never counted as a zero.
 *
 * @param raterId who rated
 * @param source the source the rater speaks for, such as {@code customer}
 * @param value the value on the scale, or empty for N/A
 * @param comment an optional comment
 */
public record Rating(@NotBlank String raterId, @NotBlank String source, @NotNull Optional<BigDecimal> value,
                     @NotNull Optional<String> comment) {

    /**
     * Checks that the parts are present.
     *
     * @param raterId who rated
     * @param source the source the rater speaks for, such as {@code customer}
     * @param value the value on the scale, or empty for N/A
     * @param comment an optional comment
     */
    public Rating {
        Objects.requireNonNull(raterId, "raterId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * A rating with a value and no comment.
     *
     * @param raterId who rated
     * @param source the source
     * @param value the value on the scale
     * @return the rating
     */
    public static Rating of(String raterId, String source, BigDecimal value) {
        return new Rating(raterId, source, Optional.of(value), Optional.empty());
    }

    /**
     * A rating with a whole-number value and no comment.
     *
     * @param raterId who rated
     * @param source the source
     * @param value the value on the scale
     * @return the rating
     */
    public static Rating of(String raterId, String source, long value) {
        return of(raterId, source, BigDecimal.valueOf(value));
    }

    /**
     * An N/A rating: the rater could not judge. It is never counted, so it cannot lower a score.
     *
     * @param raterId who answered
     * @param source the source
     * @return the rating
     */
    public static Rating notApplicable(String raterId, String source) {
        return new Rating(raterId, source, Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a comment.
     *
     * @param text the comment
     * @return a new rating
     */
    public Rating withComment(String text) {
        return new Rating(raterId, source, value, Optional.of(text));
    }

    /**
     * Whether this is an N/A rating.
     *
     * @return true for N/A
     */
    public boolean isNotApplicable() {
        return value.isEmpty();
    }
}
