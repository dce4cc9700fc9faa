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

import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.scaleWithPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A rating scale's points: each level's declared (or linear) points, linear between two levels, the
 * first level's points below it and the last level's above it; exact examples on a scale whose
 * segments all have different slopes, and a property against a plain piecewise-linear computation.
 */
class RatingScalePointsTest {

    /** Levels 1 to 4 with points 0, 10, 70 and 100: three segments of slopes 10, 60 and 30. */
    private static final RatingScalePoints BENT = new RatingScalePoints(scaleWithPoints("0", "10", "70", "100"));

    private static Fraction pointsOf(RatingScalePoints scale, Fraction value) {
        MutableRational out = new MutableRational().set(-7, 3);
        scale.pointsOf(new MutableRational().set(value), out);
        return out.toRational();
    }

    @Test
    void levelsScoreTheirPointsAndValuesBetweenThemAreInterpolated() {
        assertEquals(Fraction.ZERO, pointsOf(BENT, Fraction.of(1)));
        assertEquals(Fraction.of(5), pointsOf(BENT, Fraction.of(3, 2)));
        assertEquals(Fraction.of(10), pointsOf(BENT, Fraction.of(2)));
        assertEquals(Fraction.of(40), pointsOf(BENT, Fraction.of(5, 2)));
        assertEquals(Fraction.of(70), pointsOf(BENT, Fraction.of(3)));
        assertEquals(Fraction.of(85), pointsOf(BENT, Fraction.of(7, 2)));
        assertEquals(Fraction.of(100), pointsOf(BENT, Fraction.of(4)));
    }

    @Test
    void valuesBeyondTheLevelsScoreTheNearestLevelsPoints() {
        assertEquals(Fraction.ZERO, pointsOf(BENT, Fraction.of(1, 2)));
        assertEquals(Fraction.ZERO, pointsOf(BENT, Fraction.of(-3)));
        assertEquals(Fraction.of(100), pointsOf(BENT, Fraction.of(9, 2)));
        assertEquals(Fraction.of(100), pointsOf(BENT, Fraction.of(50)));
    }

    @Test
    void aLevelWithoutDeclaredPointsScoresLinearlyOverTheScale() {
        RatingScalePoints mixed = new RatingScalePoints(scaleWithPoints("0", null, "90", null));
        // level 2 of 1 to 4: (2 - 1) / 3 of 100; level 4: 100
        assertEquals(Fraction.of(100, 3), pointsOf(mixed, Fraction.of(2)));
        assertEquals(Fraction.of(100), pointsOf(mixed, Fraction.of(4)));
        assertEquals(Fraction.of(95), pointsOf(mixed, Fraction.of(7, 2)));
    }

    @Test
    void theMeanOfWholeRatingsAndItsPoints() {
        MutableRational value = new MutableRational();
        MutableRational points = new MutableRational().set(-7, 3);
        BENT.meanPoints(4, 10, value, points);
        assertEquals(Fraction.of(5, 2), value.toRational());
        assertEquals(Fraction.of(40), points.toRational());
        BENT.meanPoints(3, 11, value, points);
        assertEquals(Fraction.of(11, 3), value.toRational());
        assertEquals(Fraction.of(90), points.toRational());
    }

    /** The points by a plain walk over the levels in fractions. */
    private static Fraction piecewise(long[] values, long[] points, Fraction v) {
        if (v.compareTo(Fraction.of(values[0])) <= 0) {
            return Fraction.of(points[0]);
        }
        for (int i = 1; i < values.length; i++) {
            if (v.compareTo(Fraction.of(values[i])) <= 0) {
                Fraction t = v.subtract(Fraction.of(values[i - 1])).divide(Fraction.of(values[i] - values[i - 1]));
                return Fraction.of(points[i - 1]).add(t.multiply(Fraction.of(points[i] - points[i - 1])));
            }
        }
        return Fraction.of(points[points.length - 1]);
    }

    @Test
    void anyValueScoresWhatWalkingTheLevelsGives() {
        long[] bentPoints = {0, 10, 70, 100};
        long[] levels = {1, 2, 3, 4};
        qt().withExamples(2_000).forAll(Generate.longRange(-20, 120), Generate.longRange(1, 24)).checkAssert((n, d) -> {
            Fraction v = Fraction.of(n, d);
            assertEquals(piecewise(levels, bentPoints, v), pointsOf(BENT, v), v::toString);
        });
        RatingScalePoints linear = new RatingScalePoints(scale(-2, 3));
        qt().withExamples(1_000).forAll(Generate.longRange(-60, 80), Generate.longRange(1, 12)).checkAssert((n, d) -> {
            Fraction v = Fraction.of(n, d);
            assertEquals(piecewise(new long[] {-2, 3}, new long[] {0, 100}, v), pointsOf(linear, v), v::toString);
        });
    }
}
