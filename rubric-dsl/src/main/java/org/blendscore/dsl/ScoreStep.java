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
package org.blendscore.dsl;

import java.math.BigDecimal;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.ScoreCondition;

/**
 * The score of a section or the points of a measure, to be compared with a threshold in a band
 * guard: {@code sectionScore("Relationship").below(50)}. A threshold may be given as
 * {@code BigDecimal}, taken exactly, or as {@code double}, read as its shortest decimal string (see
 * {@link RubricDsl}).
 */
public final class ScoreStep {

    private final ScoreCondition.Scope scope;
    private final String ref;

    ScoreStep(ScoreCondition.Scope scope, String ref) {
        this.scope = scope;
        this.ref = ref;
    }

    /**
     * Holds when the score is below {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws IllegalArgumentException if {@code threshold} is NaN or infinite
     */
    public ScoreCondition below(double threshold) {
        return below(decimal(threshold));
    }

    /**
     * Holds when the score is below the exact {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws NullPointerException if {@code threshold} is null
     */
    public ScoreCondition below(BigDecimal threshold) {
        return of(Comparison.BELOW, threshold);
    }

    /**
     * Holds when the score is at most {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws IllegalArgumentException if {@code threshold} is NaN or infinite
     */
    public ScoreCondition atMost(double threshold) {
        return atMost(decimal(threshold));
    }

    /**
     * Holds when the score is at most the exact {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws NullPointerException if {@code threshold} is null
     */
    public ScoreCondition atMost(BigDecimal threshold) {
        return of(Comparison.AT_MOST, threshold);
    }

    /**
     * Holds when the score is at least {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws IllegalArgumentException if {@code threshold} is NaN or infinite
     */
    public ScoreCondition atLeast(double threshold) {
        return atLeast(decimal(threshold));
    }

    /**
     * Holds when the score is at least the exact {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws NullPointerException if {@code threshold} is null
     */
    public ScoreCondition atLeast(BigDecimal threshold) {
        return of(Comparison.AT_LEAST, threshold);
    }

    /**
     * Holds when the score is above {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws IllegalArgumentException if {@code threshold} is NaN or infinite
     */
    public ScoreCondition above(double threshold) {
        return above(decimal(threshold));
    }

    /**
     * Holds when the score is above the exact {@code threshold}.
     *
     * @param threshold the threshold
     * @return the condition
     * @throws NullPointerException if {@code threshold} is null
     */
    public ScoreCondition above(BigDecimal threshold) {
        return of(Comparison.ABOVE, threshold);
    }

    private BigDecimal decimal(double threshold) {
        return Decimals.of(threshold, field());
    }

    private String field() {
        return "guard threshold of " + ref;
    }

    private ScoreCondition of(Comparison comparison, BigDecimal threshold) {
        return new ScoreCondition(scope, ref, comparison, Decimals.of(threshold, field()));
    }
}
