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
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;

/**
 * A rating measure being described: its scale, its sources and how a source's ratings combine.
 * Immutable: every option returns a new step. Weights may be given as {@code BigDecimal}, taken
 * exactly, or as {@code double}, read as its shortest decimal string (see {@link RubricDsl}).
 */
public final class RatingStep {

    private final Optional<RatingScale> scale;
    private final Chain<RatingSource> sources;
    private final Aggregation aggregation;
    private final Optional<MissingEvidencePolicy> policy;

    RatingStep(Optional<RatingScale> scale, Chain<RatingSource> sources, Aggregation aggregation,
               Optional<MissingEvidencePolicy> policy) {
        this.policy = policy;
        this.scale = scale;
        this.sources = sources;
        this.aggregation = aggregation;
    }

    static RatingStep start() {
        return new RatingStep(Optional.empty(), Chain.empty(), Aggregation.MEAN, Optional.empty());
    }

    /**
     * The rating scale, from {@link RubricDsl#scale(double, double)}.
     *
     * @param scale the scale
     * @return a new step
     * @throws NullPointerException if {@code scale} is null
     */
    public RatingStep scale(ScaleStep scale) {
        return new RatingStep(Optional.of(Args.notNull(scale, "rating scale").toScale()), sources, aggregation, policy);
    }

    /**
     * A source with its weight among the sources and the fewest usable ratings it needs to count.
     *
     * @param name the source, such as {@code customer}
     * @param weight weight among the sources, percent, read as its shortest decimal
     * @param minRatings the minimum number of usable (not N/A) ratings
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     */
    public RatingStep source(String name, double weight, int minRatings) {
        return source(name, Decimals.of(weight, weightOf(name)), minRatings);
    }

    /**
     * A source with its exact weight among the sources and the fewest usable ratings it needs to count.
     *
     * @param name the source, such as {@code customer}
     * @param weight weight among the sources, percent
     * @param minRatings the minimum number of usable (not N/A) ratings
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public RatingStep source(String name, BigDecimal weight, int minRatings) {
        Chain<RatingSource> next = this.sources.append(
                new RatingSource(Args.notNull(name, "source name"), Decimals.of(weight, weightOf(name)), minRatings));
        return new RatingStep(scale, next, aggregation, policy);
    }

    /**
     * An anonymous source: its weight, the fewest usable ratings it needs to count, and its anonymity
     * threshold of distinct raters (at least 2), below which it is withheld from the review entirely.
     *
     * @param name the source, such as {@code peer}
     * @param weight weight among the sources, percent, read as its shortest decimal
     * @param minRatings the minimum number of usable (not N/A) ratings
     * @param anonymity the anonymity threshold, and whether comments are shown unattributed,
     *     such as {@code Anonymity.atLeast(3)}
     * @return a new step
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     * @throws NullPointerException if {@code anonymity} is null
     */
    public RatingStep source(String name, double weight, int minRatings, Anonymity anonymity) {
        return source(name, Decimals.of(weight, weightOf(name)), minRatings, anonymity);
    }

    /**
     * An anonymous source with its exact weight: see {@link #source(String, double, int, Anonymity)}.
     *
     * @param name the source, such as {@code peer}
     * @param weight weight among the sources, percent
     * @param minRatings the minimum number of usable (not N/A) ratings
     * @param anonymity the anonymity threshold, and whether comments are shown unattributed
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public RatingStep source(String name, BigDecimal weight, int minRatings, Anonymity anonymity) {
        Chain<RatingSource> next = this.sources.append(new RatingSource(Args.notNull(name, "source name"),
                Decimals.of(weight, weightOf(name)), minRatings, Optional.of(Args.notNull(anonymity, "anonymity of source " + name))));
        return new RatingStep(scale, next, aggregation, policy);
    }

    private static String weightOf(String source) {
        return "weight of source " + source;
    }

    /**
     * Each source's value is the median of its ratings.
     *
     * @return a new step
     */
    public RatingStep median() {
        return new RatingStep(scale, sources, Aggregation.MEDIAN, policy);
    }

    /**
     * Each source's value is the mean of its ratings (the default).
     *
     * @return a new step
     */
    public RatingStep mean() {
        return new RatingStep(scale, sources, Aggregation.MEAN, policy);
    }

    RatingMeasure build(String id, BigDecimal weight, String path, Problems problems) {
        if (scale.isEmpty()) {
            problems.missing(path + ".scale", "rating scale");
        }
        RatingScale s = scale.orElseGet(() -> new RatingScale(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, List.of(
                new ScaleLevel(BigDecimal.ZERO, "no", "-", Optional.empty()),
                new ScaleLevel(BigDecimal.ONE, "yes", "-", Optional.empty()))));
        return new RatingMeasure(id, weight, s, sources.toList(), aggregation, policy);
    }

    /**
     * This measure's own policy for missing evidence, instead of its section's (or the rubric's): as in
     * {@code .missingEvidence(MissingEvidencePolicy.LEAVE_OUT)} for a rate measure in a section whose
     * missing evidence counts as zero.
     *
     * @param p the policy
     * @return a new step
     * @throws NullPointerException if {@code p} is null
     */
    public RatingStep missingEvidence(MissingEvidencePolicy p) {
        Args.notNull(p, "missing-evidence policy");
        return new RatingStep(scale, sources, aggregation, Optional.of(p));
    }
}
