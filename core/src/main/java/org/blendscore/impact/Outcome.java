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
package org.blendscore.impact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Rubric;

/**
 * What counts as being selected in an adverse-impact analysis: a band at least as high as a given
 * one, an overall score at least a threshold, or a place in the top N% of overall scores.
 */
public sealed interface Outcome permits Outcome.BandAtLeast, Outcome.OverallAtLeast, Outcome.TopPercent {

    /**
     * Selected when the review's band (after guards, as the review shows it) is {@code label} or a
     * higher band of the rubric. An incomplete review without a band (below the rubric's least coverage)
     * reaches no band and is not selected; a provisional band counts as the band it is.
     *
     * @param rubric the rubric whose band order applies
     * @param label the lowest band that counts as selected
     * @return the outcome
     * @throws IllegalArgumentException if the rubric has no band with that label
     */
    static Outcome bandAtLeast(Rubric rubric, String label) {
        Objects.requireNonNull(rubric, "rubric");
        return new BandAtLeast(rubric.id(), rubric.bands().stream().map(Band::label).toList(), label);
    }

    /**
     * Selected when the review's overall score is at least {@code threshold}.
     *
     * @param threshold the lowest overall score that counts as selected
     * @return the outcome
     * @throws NullPointerException naming the threshold if it is null
     * @throws IllegalArgumentException if it is outside {@link org.blendscore.rubric.NumberLimits}
     */
    static Outcome overallAtLeast(BigDecimal threshold) {
        return new OverallAtLeast(threshold);
    }

    /**
     * Selected when the review's overall score is among the top {@code percent}% of all the reviews
     * analysed, ties at the cutoff included (see {@link TopPercent}).
     *
     * @param percent more than 0 and at most 100
     * @return the outcome
     * @throws NullPointerException naming the percent if it is null
     * @throws IllegalArgumentException if the percent is out of range or outside {@link org.blendscore.rubric.NumberLimits}
     */
    static Outcome topPercent(BigDecimal percent) {
        return new TopPercent(percent);
    }

    /**
     * The outcome in words, as in {@code band at least Meets}.
     *
     * @return the description
     */
    String describe();

    /**
     * Selected when the band is {@code label} or higher in the band order of rubric {@code rubricId}.
     *
     * @param rubricId the rubric whose bands these are; every review analysed must be of this rubric
     * @param bandsHighestFirst the rubric's band labels, highest first
     * @param label the lowest band that counts as selected
     */
    record BandAtLeast(String rubricId, List<String> bandsHighestFirst, String label) implements Outcome {

        /**
         * Checks that the label is one of the bands.
         *
         * @param rubricId the rubric whose bands these are; every review analysed must be of this rubric
         * @param bandsHighestFirst the rubric's band labels, highest first
         * @param label the lowest band that counts as selected
         * @throws NullPointerException naming what is null: the rubric id, the band list, a band by its index, the label
         * @throws IllegalArgumentException if it is not
         */
        public BandAtLeast {
            Objects.requireNonNull(rubricId, "rubricId");
            bandsHighestFirst = ImpactArguments.list(bandsHighestFirst, "bandsHighestFirst");
            Objects.requireNonNull(label, "label");
            if (!bandsHighestFirst.contains(label)) {
                throw new IllegalArgumentException(ImpactMessages.unknownBand(label, rubricId, bandsHighestFirst));
            }
        }

        /**
         * Whether a band counts as selected.
         *
         * @param band a band label of the rubric
         * @return true if it is {@code label} or higher
         * @throws NullPointerException naming the band if it is null
         * @throws IllegalArgumentException if the rubric has no such band
         */
        public boolean selects(String band) {
            Objects.requireNonNull(band, "band");
            int i = bandsHighestFirst.indexOf(band);
            if (i < 0) {
                throw new IllegalArgumentException(ImpactMessages.unknownBand(band, rubricId, bandsHighestFirst));
            }
            return i <= bandsHighestFirst.indexOf(label);
        }

        @Override
        public String describe() {
            return ImpactMessages.bandAtLeast(label, rubricId);
        }
    }

    /**
     * Selected when the overall score is at least {@code threshold}.
     *
     * @param threshold the lowest selected overall score
     */
    record OverallAtLeast(BigDecimal threshold) implements Outcome {

        /**
         * Checks that the threshold is present and within {@link org.blendscore.rubric.NumberLimits}.
         *
         * @param threshold the lowest selected overall score
         * @throws NullPointerException naming the threshold if it is null
         * @throws IllegalArgumentException if it is outside the number limits
         */
        public OverallAtLeast {
            ImpactArguments.number(threshold, "threshold");
        }

        @Override
        public String describe() {
            return ImpactMessages.overallAtLeast(threshold);
        }
    }

    /**
     * Selected when the overall score is among the top {@code percent}% of the reviews analysed.
     *
     * <p>Ties: of n reviews, k = ⌈n x percent / 100⌉ are wanted; the cutoff is the k-th highest overall
     * score, and every review scoring at least the cutoff is selected. Reviews with equal scores are
     * treated alike, never split by order or subject, so when several share the cutoff score more than
     * k may be selected; the report shows the cutoff and the number actually selected.
     *
     * @param percent more than 0 and at most 100
     */
    record TopPercent(BigDecimal percent) implements Outcome {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /**
         * Checks the percent.
         *
         * @param percent more than 0 and at most 100
         * @throws NullPointerException naming the percent if it is null
         * @throws IllegalArgumentException if it is not more than 0 and at most 100, or is outside
         *     {@link org.blendscore.rubric.NumberLimits}
         */
        public TopPercent {
            ImpactArguments.number(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException(ImpactMessages.percentOutOfRange(percent));
            }
        }

        @Override
        public String describe() {
            return ImpactMessages.topPercent(percent);
        }
    }
}
