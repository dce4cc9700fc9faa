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
package org.blendscore.calibration;

import static org.blendscore.calibration.CalibrationFixtures.calibratedManager;
import static org.blendscore.calibration.CalibrationFixtures.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Proof on simulated data (fixed seed): 200 subjects whose true level on 1..5 is known, each rated by
 * 3 of 12 raters, 3 lenient (+1.0, +0.6, +0.3), 3 severe (-0.3, -0.6, -1.0) and 6 neutral, with noise
 * (normal, sd 0.5) and ratings rounded to the scale's whole numbers. The mean absolute error of each
 * subject's source value against the truth, raw and calibrated (default rules), is asserted exactly.
 */
class CalibrationRecoveryTest {

    private static final double[] LENIENCY = {1.0, 0.6, 0.3, 0, 0, 0, 0, 0, 0, -0.3, -0.6, -1.0};
    private static final int SUBJECTS = 200;

    @Test
    void calibratedValuesAreCloserToTheTruthThanRawOnes() {
        Random random = new Random(20260417L);
        Rubric rubric = rubric(calibratedManager());
        List<Evidence> period = new ArrayList<>();
        List<BigDecimal> truth = new ArrayList<>();
        List<Integer> raters = new ArrayList<>();
        for (int i = 0; i < LENIENCY.length; i++) {
            raters.add(i);
        }
        for (int s = 0; s < SUBJECTS; s++) {
            BigDecimal level = BigDecimal.valueOf(1.5 + 3 * random.nextDouble()).setScale(2, RoundingMode.HALF_EVEN);
            Collections.shuffle(raters, random);
            List<Rating> ratings = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                int rater = raters.get(j);
                long value = Math.round(level.doubleValue() + LENIENCY[rater] + 0.5 * random.nextGaussian());
                ratings.add(Rating.of("m-" + rater, "manager", Math.max(1, Math.min(5, value))));
            }
            truth.add(level);
            period.add(Evidence.of("s-" + s, CalibrationFixtures.YEAR, Map.of("trust", new Ratings(ratings))));
        }
        Calibration calibration = Calibration.estimate(period, rubric, CalibrationRules.defaults());
        Scorer scorer = Scorer.of(rubric).calibrated(calibration);
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal calibrated = BigDecimal.ZERO;
        for (int s = 0; s < SUBJECTS; s++) {
            SourceResult manager = ((RatingInput) scorer.score(period.get(s)).measures().get(0).input()).sources().get(0);
            raw = raw.add(manager.rawValue().orElseThrow().subtract(truth.get(s)).abs());
            calibrated = calibrated.add(manager.value().orElseThrow().subtract(truth.get(s)).abs());
        }
        BigDecimal n = BigDecimal.valueOf(SUBJECTS);
        String figures = "raw " + raw.divide(n, 4, RoundingMode.HALF_EVEN) + ", calibrated "
                + calibrated.divide(n, 4, RoundingMode.HALF_EVEN);
        System.out.println("calibration recovery: MAE " + figures + "\n" + calibration.report());
        assertEquals("raw 0.3362, calibrated 0.2569", figures);
    }
}
