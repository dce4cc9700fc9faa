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
package org.blendscore.testkit;

import static org.blendscore.testkit.EvidenceGenerator.between;
import static org.blendscore.testkit.EvidenceGenerator.chance;
import static org.blendscore.testkit.EvidenceGenerator.edges;
import static org.blendscore.testkit.EvidenceGenerator.pick;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.StageLadder;

/**
 * The evidence a generator draws for one measure: an actual leaning towards the curve's edges, the
 * milestones reached, the ratings of each source. Static and deterministic in the random source.
 */
final class MeasureDraws {

    private MeasureDraws() {
    }

    /** An actual against the effective target {@code target}, leaning towards the curve's edges. */
    static BigDecimal actual(QuotaMeasure q, BigDecimal target, RandomGenerator random) {
        boolean count = q.target().kind() == QuantityKind.COUNT;
        boolean higher = q.direction() == Direction.HIGHER_IS_BETTER;
        // where lower is better, attainment is target / actual: an attainment of 0 is out of reach
        List<BigDecimal> edges = edges(q.curve()).stream().filter(e -> higher || e.signum() > 0).toList();
        BigDecimal tiny = count ? BigDecimal.ONE : target.movePointLeft(7);
        int how = between(random, 1, 100);
        BigDecimal actual;
        if (how <= 45 && !edges.isEmpty()) {
            BigDecimal edge = pick(random, edges);
            BigDecimal exact = higher ? target.multiply(edge) : target.divide(edge, MathContext.DECIMAL64);
            // an exact edge, just below it or just above it (in attainment: for lower-is-better, a larger actual is lower)
            int side = how <= 15 ? 0 : how <= 30 ? -1 : 1;
            int sign = higher ? side : -side;
            actual = count ? countNear(exact, sign) : exact.add(tiny.multiply(BigDecimal.valueOf(sign)));
        } else if (how <= 50) {
            actual = BigDecimal.ZERO;
        } else if (how <= 55) {
            actual = target;
        } else if (how <= 62) {
            // at the cap or beyond
            BigDecimal top = edges.isEmpty() ? BigDecimal.ONE : edges.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal beyond = top.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(between(random, 0, 50), 2)));
            actual = higher ? target.multiply(beyond) : beyond.signum() == 0 ? BigDecimal.ZERO : target.divide(beyond, MathContext.DECIMAL64);
        } else {
            BigDecimal attainment = BigDecimal.valueOf(between(random, 0, 250), 2);
            actual = target.multiply(attainment);
            if (!higher) {
                actual = target.multiply(BigDecimal.valueOf(between(random, 20, 300), 2));
            }
        }
        actual = actual.max(BigDecimal.ZERO);
        if (count) {
            return actual.setScale(0, RoundingMode.HALF_EVEN);
        }
        int places = Math.min(Math.max(actual.stripTrailingZeros().scale(), 0), 9);
        BigDecimal rounded = actual.setScale(places, RoundingMode.HALF_EVEN);
        return Decimals.normal(rounded);
    }

    /** A whole count exactly at {@code exact} (rounded), or the nearest one strictly below or above it. */
    static BigDecimal countNear(BigDecimal exact, int side) {
        if (side == 0) {
            return exact.setScale(0, RoundingMode.HALF_EVEN);
        }
        if (side < 0) {
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            return floor.compareTo(exact) == 0 ? floor.subtract(BigDecimal.ONE) : floor;
        }
        BigDecimal ceil = exact.setScale(0, RoundingMode.CEILING);
        return ceil.compareTo(exact) == 0 ? ceil.add(BigDecimal.ONE) : ceil;
    }

    static MilestonesReached milestones(MilestoneMeasure m, RandomGenerator random) {
        Set<String> reached = new LinkedHashSet<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof Milestone ms) {
                if (chance(random, 50)) {
                    reached.add(ms.id());
                }
            } else if (rule instanceof StageLadder ladder) {
                int furthest = between(random, -1, ladder.stages().size() - 1);
                boolean prefix = chance(random, 50);
                for (int i = 0; i <= furthest; i++) {
                    if (prefix || i == furthest) {
                        reached.add(ladder.stages().get(i).id());
                    }
                }
            } else if (rule instanceof CountedMilestone cm) {
                int how = between(random, 1, 10);
                if (how <= 2) {
                    continue;
                }
                int count = how <= 4 ? cm.target() : how <= 6 ? cm.target() - 1 : how == 7 ? cm.target() + 1
                        : between(random, 0, cm.target() + 2);
                counts.put(cm.id(), Math.max(0, count));
            }
        }
        return new MilestonesReached(reached, counts);
    }

    /**
     * The usable ratings (from distinct raters) a source needs to count: its minimum, or its anonymity
     * threshold when that is higher, below which the source is withheld.
     */
    static int usableNeeded(RatingSource s) {
        return Math.max(s.minRatings(), s.anonymity().map(a -> a.minRaters()).orElse(0));
    }

    static Ratings ratings(RatingMeasure m, RandomGenerator random, boolean enough) {
        List<Rating> ratings = new ArrayList<>();
        List<ScaleLevel> levels = m.scale().levels();
        for (RatingSource s : m.sources()) {
            int min = usableNeeded(s);
            int how = between(random, 1, 100);
            int usable = how <= 10 ? 0 : how <= 25 ? min - 1 : how <= 65 ? min : how <= 85 ? min + 1 : min + 2;
            if (enough) {
                usable = Math.max(usable, min);
            }
            int na = chance(random, 15) ? between(random, 1, 2) : 0;
            int rater = 0;
            for (int i = 0; i < Math.max(usable, 0); i++) {
                BigDecimal value;
                int v = between(random, 1, 10);
                if (v <= 2) {
                    value = levels.get(0).value();
                } else if (v <= 4) {
                    value = levels.get(levels.size() - 1).value();
                } else {
                    value = pick(random, levels).value();
                }
                ratings.add(Rating.of(s.name() + "-" + (++rater), s.name(), value));
            }
            for (int i = 0; i < na; i++) {
                ratings.add(Rating.notApplicable(s.name() + "-" + (++rater), s.name()));
            }
        }
        // raters of different sources interleave, as forms come in
        for (int i = ratings.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Rating t = ratings.get(i);
            ratings.set(i, ratings.get(j));
            ratings.set(j, t);
        }
        return new Ratings(ratings);
    }
}
