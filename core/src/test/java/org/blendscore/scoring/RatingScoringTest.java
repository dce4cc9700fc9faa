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

import static org.blendscore.scoring.Fixtures.d;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.scaleWithPoints;
import static org.blendscore.scoring.Fixtures.single;
import static org.blendscore.scoring.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/** Rating measures: aggregation of a source's ratings and the scale's points, overrides included. */
class RatingScoringTest {

    private static MeasureResult score(RatingScale scale, Aggregation aggregation, int... values) {
        RatingMeasure m = rating("m", "100", scale, aggregation, source("peer", "100", 1));
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ratings.add(Rating.of("p" + i, "peer", values[i]));
        }
        Rubric rubric = single(m);
        return Scorer.of(rubric).score(evidence("sam", "m", new Ratings(ratings))).measure("m").orElseThrow();
    }

    private static SourceResult peer(MeasureResult m) {
        return ((RatingInput) m.input()).sources().get(0);
    }

    @Test
    void takesTheMiddleRatingAsMedianOfAnOddCount() {
        // 1, 4, 5: median 4 -> (4 - 1) / 4 x 100 = 75 (the mean 10/3 would give 58.33)
        MeasureResult m = score(scale(1, 5), Aggregation.MEDIAN, 5, 1, 4);
        assertEquals(d("75.00"), m.points().orElseThrow());
        assertEquals(Optional.of(d("4.00")), peer(m).value());
        assertEquals(d("58.33"), score(scale(1, 5), Aggregation.MEAN, 5, 1, 4).points().orElseThrow());
    }

    @Test
    void takesTheMeanOfTheTwoMiddleRatingsAsMedianOfAnEvenCount() {
        // 1, 4, 5, 5: median (4 + 5) / 2 = 4.5 -> 3.5 / 4 x 100 = 87.5 (the mean 3.75 would give 68.75)
        MeasureResult m = score(scale(1, 5), Aggregation.MEDIAN, 5, 1, 5, 4);
        assertEquals(d("87.50"), m.points().orElseThrow());
        assertEquals(Optional.of(d("4.50")), peer(m).value());
        assertEquals(d("68.75"), score(scale(1, 5), Aggregation.MEAN, 5, 1, 5, 4).points().orElseThrow());
    }

    @Test
    void keepsTheMeanExact() {
        // 4, 5, 4: mean 13/3 -> (13/3 - 1) / 4 x 100 = 250/3 = 83.333... -> 83.33; the value shows 4.33
        MeasureResult m = score(scale(1, 5), Aggregation.MEAN, 4, 5, 4);
        assertEquals(d("83.33"), m.points().orElseThrow());
        assertEquals(Optional.of(d("4.33")), peer(m).value());
    }

    @Test
    void mapsAScaleFromZeroLinearlyOntoZeroTo100() {
        // 0..10: a 7 is 70 points
        assertEquals(d("70.00"), score(scale(0, 10), Aggregation.MEAN, 7).points().orElseThrow());
    }

    @Test
    void usesALevelsOverriddenPoints() {
        // levels 1..5 worth 0, 10, 40, 80, 100
        RatingScale s = scaleWithPoints("0", "10", "40", "80", "100");
        assertEquals(d("10.00"), score(s, Aggregation.MEAN, 2).points().orElseThrow());
        assertEquals(d("80.00"), score(s, Aggregation.MEAN, 4).points().orElseThrow());
    }

    @Test
    void interpolatesAMeanBetweenTheOverriddenPointsOfTheLevelsAroundIt() {
        RatingScale s = scaleWithPoints("0", "10", "40", "80", "100");
        // 3 and 4: mean 3.5, halfway between 40 and 80 = 60
        assertEquals(d("60.00"), score(s, Aggregation.MEAN, 3, 4).points().orElseThrow());
        // 4, 5, 5: mean 14/3, two thirds from 80 to 100 = 80 + 40/3 = 93.333... -> 93.33
        assertEquals(d("93.33"), score(s, Aggregation.MEAN, 4, 5, 5).points().orElseThrow());
        // 1 and 2: mean 1.5, halfway between 0 and 10 = 5
        assertEquals(d("5.00"), score(s, Aggregation.MEAN, 1, 2).points().orElseThrow());
    }

    @Test
    void interpolatesBetweenAnOverriddenLevelAndADefaultOne() {
        // only level 3 is overridden (60); 2 keeps its default 25
        RatingScale s = scaleWithPoints(null, null, "60", null, null);
        assertEquals(d("60.00"), score(s, Aggregation.MEAN, 3).points().orElseThrow());
        assertEquals(d("25.00"), score(s, Aggregation.MEAN, 2).points().orElseThrow());
        // 2 and 3: mean 2.5, halfway between 25 and 60 = 42.5
        assertEquals(d("42.50"), score(s, Aggregation.MEAN, 2, 3).points().orElseThrow());
        // 3 and 4: mean 3.5, halfway between 60 and 75 = 67.5
        assertEquals(d("67.50"), score(s, Aggregation.MEAN, 3, 4).points().orElseThrow());
    }

    @Test
    void weighsSourcesByTheirWeights() {
        // customer 70% (5 -> 100), manager 30% (2 -> 25): 70 + 7.5 = 77.5
        RatingMeasure m = rating("m", "100", scale(1, 5), Aggregation.MEAN, source("customer", "70", 1), source("manager", "30", 1));
        MeasureResult r = Scorer.of(single(m)).score(evidence("sam", "m",
                Ratings.of(Rating.of("c1", "customer", 5), Rating.of("m1", "manager", 2)))).measure("m").orElseThrow();
        assertEquals(d("77.50"), r.points().orElseThrow());
        assertEquals(List.of(d("70.0000"), d("30.0000")),
                ((RatingInput) r.input()).sources().stream().map(SourceResult::effectiveWeight).toList());
    }

    @Test
    void neverCountsANotApplicableRating() {
        // 4 and N/A: the N/A is listed but not counted, the value is 4 -> 75
        RatingMeasure m = rating("m", "100", scale(1, 5), Aggregation.MEAN, source("peer", "100", 1));
        MeasureResult r = Scorer.of(single(m)).score(evidence("sam", "m",
                Ratings.of(Rating.notApplicable("p2", "peer"), Rating.of("p1", "peer", BigDecimal.valueOf(4))))).measure("m").orElseThrow();
        assertEquals(d("75.00"), r.points().orElseThrow());
        SourceResult peer = peer(r);
        assertEquals(1, peer.usable());
        assertEquals(List.of("p1", "p2"), peer.ratings().stream().map(Rating::raterId).toList());
    }
}
