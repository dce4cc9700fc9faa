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

import java.util.List;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.ScaleLevel;

/**
 * A rating scale's points as exact fractions: each level's value and points (its declared points, or
 * linear from 0 at the scale's least value to 100 at its greatest), and linear between two levels.
 */
final class RatingScalePoints {

    private final Fraction[] levelValue;
    private final Fraction[] levelPoints;
    /** Between levels i and i + 1, points = levelIntercept[i] + levelSlope[i] x value. */
    private final Fraction[] levelSlope;
    private final Fraction[] levelIntercept;

    RatingScalePoints(RatingScale s) {
        List<ScaleLevel> levels = s.levels();
        levelValue = new Fraction[levels.size()];
        levelPoints = new Fraction[levels.size()];
        Fraction min = Fraction.of(s.min());
        Fraction span = Fraction.of(s.max()).subtract(min);
        for (int i = 0; i < levels.size(); i++) {
            levelValue[i] = Fraction.of(levels.get(i).value());
            Fraction linear = levelValue[i].subtract(min).divide(span).multiply(Fraction.HUNDRED);
            levelPoints[i] = levels.get(i).points().map(Fraction::of).orElse(linear);
        }
        levelSlope = new Fraction[Math.max(0, levels.size() - 1)];
        levelIntercept = new Fraction[levelSlope.length];
        for (int i = 0; i < levelSlope.length; i++) {
            levelSlope[i] = levelPoints[i + 1].subtract(levelPoints[i]).divide(levelValue[i + 1].subtract(levelValue[i]));
            levelIntercept[i] = levelPoints[i].subtract(levelSlope[i].multiply(levelValue[i]));
        }
    }

    /** Sets {@code out} to the points of a value on the scale, interpolated between the two levels around it. */
    void pointsOf(MutableRational value, MutableRational out) {
        for (int i = 0; i < levelValue.length - 1; i++) {
            if (value.compareTo(levelValue[i + 1]) <= 0) {
                if (value.compareTo(levelValue[i]) <= 0) {
                    out.set(levelPoints[i]);
                } else {
                    out.set(value).multiply(levelSlope[i]).add(levelIntercept[i]);
                }
                return;
            }
        }
        out.set(levelPoints[levelPoints.length - 1]);
    }

    /** The mean of {@code usable} whole ratings adding up to {@code sum}, into {@code value}, and its points, into {@code points}. */
    void meanPoints(int usable, long sum, MutableRational value, MutableRational points) {
        value.set(sum, 1).divide(usable);
        pointsOf(value, points);
    }
}
