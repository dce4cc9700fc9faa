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
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A condition on a section's score or a measure's points, such as "Relationship below 50". It is
 * evaluated on the score as the review shows it (rounded at the rubric's scale). A condition on a
 * section or measure that was left out for missing evidence does not hold.
 *
 * @param scope whether {@code ref} names a section or a measure
 * @param ref the section name or measure id
 * @param comparison how the score is compared
 * @param threshold the threshold
 */
public record ScoreCondition(@NotNull Scope scope, @NotBlank String ref, @NotNull Comparison comparison, @NotNull BigDecimal threshold) {

    /** What a condition refers to. */
    public enum Scope {
        /** A section, by name. */
        SECTION,
        /** A measure, by id. */
        MEASURE
    }

    /**
     * Checks that the parts are present.
     *
     * @param scope whether {@code ref} names a section or a measure
     * @param ref the section name or measure id
     * @param comparison how the score is compared
     * @param threshold the threshold
     */
    public ScoreCondition {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * A condition that holds when the section scores below {@code threshold}.
     *
     * @param section the section name
     * @param threshold the threshold
     * @return the condition
     */
    public static ScoreCondition sectionBelow(String section, BigDecimal threshold) {
        return new ScoreCondition(Scope.SECTION, section, Comparison.BELOW, threshold);
    }

    /** Renders as in {@code section Relationship < 50}. */
    @Override
    public String toString() {
        return scope.name().toLowerCase(java.util.Locale.ROOT) + " " + ref + " " + comparison.symbol() + " " + threshold.toPlainString();
    }
}
