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
package org.blendscore.scoring;

import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A rating measure keeps what it has worked out (the points by tally, the figures by count and sum, the
 * sources' shares by pattern, the shortfall warnings and the reasons for no points) for the reviews
 * after; only while they are few: many sources, high minimums, wide or fine scales and medians are
 * worked out for each review. Whichever, a scorer that has scored many records before gives exactly
 * what a fresh scorer gives, and the exact reference's points.
 */
class RatingCachesTest {

    private static final List<Integer> MINIMUMS = List.of(1, 2, 3, 16, 17, 20);
    private static final List<String> WEIGHTS = List.of("1", "10", "12.5", "15", "0.0000001");

    /** A scale of whole numbers from {@code min} to {@code max} (default points), or of halves, or with points given. */
    private static RatingScale scale(SplittableRandom rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> Fixtures.scale(1, 5);
            case 1 -> Fixtures.scale(-2, 8);
            case 2 -> Fixtures.scale(0, 120);
            case 3 -> Fixtures.scaleWithPoints("0", "10", null, "95", "100");
            default -> {
                List<org.blendscore.rubric.ScaleLevel> levels = new ArrayList<>();
                for (int i = 0; i <= 8; i++) {
                    levels.add(new org.blendscore.rubric.ScaleLevel(BigDecimal.valueOf(i, 1).multiply(BigDecimal.valueOf(5)),
                            "L" + i, "anchor " + i, java.util.Optional.empty()));
                }
                yield new RatingScale(BigDecimal.ZERO, new BigDecimal("4.0"), new BigDecimal("0.5"), levels);
            }
        };
    }

    private static RatingMeasure measure(SplittableRandom rnd, String id) {
        int n = 1 + rnd.nextInt(rnd.nextInt(3) == 0 ? 7 : 3);
        RatingSource[] sources = new RatingSource[n];
        BigDecimal rest = BigDecimal.valueOf(100);
        for (int i = 0; i < n; i++) {
            // the weights add up to 100: the last takes what the others leave
            BigDecimal weight = i == n - 1 ? rest : new BigDecimal(WEIGHTS.get(rnd.nextInt(WEIGHTS.size())));
            rest = rest.subtract(weight);
            sources[i] = new RatingSource("src" + i, weight, MINIMUMS.get(rnd.nextInt(MINIMUMS.size())));
        }
        return Fixtures.rating(id, "50", scale(rnd), rnd.nextInt(4) == 0 ? Aggregation.MEDIAN : Aggregation.MEAN, sources);
    }

    private static Ratings ratings(SplittableRandom rnd, RatingMeasure m, int subject) {
        List<Rating> ratings = new ArrayList<>();
        List<org.blendscore.rubric.ScaleLevel> levels = m.scale().levels();
        // mostly few distinct values, so that tallies recur; sometimes just below or at a source's minimum
        int top = 1 + rnd.nextInt(levels.size());
        for (RatingSource s : m.sources()) {
            int count = rnd.nextInt(3) == 0 ? s.minRatings() - 1 + rnd.nextInt(3) : rnd.nextInt(Math.min(10, s.minRatings() + 3));
            for (int j = 0; j < count; j++) {
                String rater = s.name() + "-" + subject + "-" + j;
                ratings.add(rnd.nextInt(10) == 0 ? Rating.notApplicable(rater, s.name())
                        : Rating.of(rater, s.name(), levels.get(rnd.nextInt(top)).value()));
            }
        }
        java.util.Collections.shuffle(ratings, new java.util.Random(rnd.nextLong()));
        return new Ratings(ratings);
    }

    private static String outcome(Scorer scorer, Evidence e) {
        try {
            Review r = scorer.score(e);
            return r.toString() + "\n" + r.explain();
        } catch (RuntimeException x) {
            return x.getClass().getName() + ": " + x.getMessage();
        }
    }

    @Test
    void aWarmScorerGivesWhatAFreshScorerAndTheReferenceGive() {
        qt().withExamples(20).forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            RatingMeasure a = measure(rnd, "a");
            RatingMeasure b = measure(rnd, "b");
            MissingEvidencePolicy policy = MissingEvidencePolicy.values()[rnd.nextInt(MissingEvidencePolicy.values().length)];
            Rubric rubric = Fixtures.rubric(policy, List.of(), section("Ratings", "100", a, b));
            Scorer warm = Scorer.of(rubric);
            for (int i = 0; i < 40; i++) {
                Evidence e = evidence("rep-" + i, "a", ratings(rnd, a, i), "b", ratings(rnd, b, i));
                String context = "seed " + seed + " record " + i + " under " + policy + ": " + a + " " + b;
                String fresh = outcome(Scorer.of(rubric), e);
                assertEquals(fresh, outcome(warm, e), context);
                Review r;
                try {
                    r = warm.score(e);
                } catch (org.blendscore.evidence.InvalidEvidenceException | IllegalStateException x) {
                    continue; // rejected, or nothing to score: the same for both, as compared above
                }
                ExactReference.Expected expected = ExactReference.of(rubric, e);
                assertEquals(expected.overall(), r.overall(), context);
                for (String id : List.of("a", "b")) {
                    assertEquals(expected.points().get(id), r.measure(id).orElseThrow().points(), id + " of " + context);
                }
            }
        });
    }
}
