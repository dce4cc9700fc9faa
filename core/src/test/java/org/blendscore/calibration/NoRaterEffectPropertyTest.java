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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * With no rater effect (every rater gives each subject exactly that subject's level), every residual
 * is 0, so every offset is 0 whatever the shrinkage, and calibrated values equal raw ones.
 */
class NoRaterEffectPropertyTest {

    @Test
    void calibrationWithNoRaterEffectChangesNothing() {
        Rubric rubric = rubric(calibratedManager());
        qt().withExamples(200).forAll(integers().between(1, 12), integers().between(1, 6), integers().between(0, 4), longs().all())
                .checkAssert((subjects, raters, k, seed) -> {
                    Random random = new Random(seed);
                    List<Evidence> period = new ArrayList<>();
                    for (int s = 0; s < subjects; s++) {
                        long level = 1 + random.nextInt(5);
                        List<Rating> ratings = new ArrayList<>();
                        for (int r = 0; r < raters; r++) {
                            if (r == 0 || random.nextBoolean()) {
                                ratings.add(Rating.of("m-" + r, "manager", level));
                            }
                        }
                        period.add(Evidence.of("s-" + s, CalibrationFixtures.YEAR, Map.of("trust", new Ratings(ratings))));
                    }
                    Calibration c = Calibration.estimate(period, rubric, CalibrationRules.defaults().withShrinkage(BigDecimal.valueOf(k)));
                    c.offsets().forEach(o -> assertEquals(0, o.offset().signum(), o::toString));
                    Scorer scorer = Scorer.of(rubric).calibrated(c);
                    for (Evidence e : period) {
                        SourceResult src = ((RatingInput) scorer.score(e).measures().get(0).input()).sources().get(0);
                        assertEquals(src.rawValue(), src.value());
                        assertEquals(Scorer.of(rubric).score(e).overall(), scorer.score(e).overall());
                    }
                });
    }
}
