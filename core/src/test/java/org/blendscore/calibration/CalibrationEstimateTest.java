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
import static org.blendscore.calibration.CalibrationFixtures.r;
import static org.blendscore.calibration.CalibrationFixtures.rubric;
import static org.blendscore.calibration.CalibrationFixtures.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.SourceResult;
import org.blendscore.review.View;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The estimator and the calibrated scorer on numbers worked by hand.
 *
 * <p>s1: m-a 5, m-b 3; s2: m-a 4, m-b 2; s3: m-a 4, m-c 4. Residuals (rating less the other rater's):
 * m-a 2, 2, 0 (n 3, sum 4); m-b -2, -2 (n 2, sum -4); m-c 0 (n 1). With k = 2: m-a 4/5 = 0.80,
 * m-b -4/4 = -1.00, m-c 0/3 = 0.00. Mean square residual 16/6 = 8/3, so m-a's interval is
 * 0.80 &plusmn; 1.96 &radic;(8/3 / 5) = 0.80 &plusmn; 1.4314 = [-0.64, 2.24] rounded outward.
 */
class CalibrationEstimateTest {

    private static final Rubric RUBRIC = rubric(calibratedManager());
    private static final List<Evidence> PERIOD = List.of(
            subject("s1", r("m-a", "manager", 5), r("m-b", "manager", 3)),
            subject("s2", r("m-a", "manager", 4), r("m-b", "manager", 2)),
            subject("s3", r("m-a", "manager", 4), r("m-c", "manager", 4)));
    private static final CalibrationRules RULES = CalibrationRules.defaults().withMinRatings(3);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void estimatesShrunkMeanResidualsWithIntervalsAndWarnings() {
        Calibration c = Calibration.estimate(PERIOD, RUBRIC, RULES);
        assertEquals(List.of(
                new RaterOffset("trust", "manager", "m-a", 3, d("0.80"), d("-0.64"), d("2.24"), Optional.empty()),
                new RaterOffset("trust", "manager", "m-b", 2, d("-1.00"), d("-2.61"), d("0.61"),
                        Optional.of(CalibrationMessages.tooFewRatings(2, 3))),
                new RaterOffset("trust", "manager", "m-c", 1, d("0.00"), d("-1.85"), d("1.85"),
                        Optional.of(CalibrationMessages.tooFewRatings(1, 3)))), c.offsets());
    }

    @Test
    void withoutShrinkageTheOffsetIsThePlainMeanResidual() {
        Calibration c = Calibration.estimate(PERIOD, RUBRIC, RULES.withShrinkage(BigDecimal.ZERO));
        assertEquals(d("1.33"), c.offset("trust", "manager", "m-a").orElseThrow().offset());
        assertEquals(d("-2.00"), c.offset("trust", "manager", "m-b").orElseThrow().offset());
    }

    @Test
    void theReportListsEveryRaterWithCountOffsetIntervalAndWarning() {
        String report = Calibration.estimate(PERIOD, RUBRIC, RULES).report();
        assertTrue(report.contains("trust / manager / m-a: 3 ratings, offset +0.80 [-0.64, 2.24]\n"), report);
        assertTrue(report.contains("trust / manager / m-b: 2 ratings, offset -1.00 [-2.61, 0.61]; warning: only 2 ratings"), report);
        assertTrue(report.contains("for HR and audit only"), report);
    }

    @Test
    void aCalibratedScorerShowsRawAndCalibratedValuesSideBySide() {
        Scorer scorer = Scorer.of(RUBRIC).calibrated(Calibration.estimate(PERIOD, RUBRIC, RULES));
        Review s1 = scorer.score(PERIOD.get(0));
        SourceResult manager = ((RatingInput) s1.measures().get(0).input()).sources().get(0);
        // 5 - 0.80 = 4.20 and 3 + 1.00 = 4.00: mean 4.10, points (4.10 - 1) / 4 x 100
        assertEquals(Optional.of(d("4.10")), manager.value());
        assertEquals(Optional.of(d("77.50")), manager.points());
        assertEquals(Optional.of(d("4.00")), manager.rawValue());
        assertEquals(Optional.of(d("75.00")), manager.rawPoints());
        assertEquals(Map.of("m-a", d("0.80"), "m-b", d("-1.00")), manager.offsets());
        assertEquals(d("77.50"), s1.overall());
        assertTrue(s1.explain().contains("mean 4.00 -> 75.00 points as rated; calibrated mean 4.10 -> 77.50 points"
                + " (offsets m-a +0.80, m-b -1.00)"), s1.explain());
    }

    @Test
    void aCalibratedRatingIsClampedToTheScale() {
        Scorer scorer = Scorer.of(RUBRIC).calibrated(Calibration.estimate(PERIOD, RUBRIC, RULES));
        // m-b's 5 less -1.00 would be 6: the scale ends at 5
        Review s4 = scorer.score(subject("s4", r("m-b", "manager", 5)));
        SourceResult manager = ((RatingInput) s4.measures().get(0).input()).sources().get(0);
        assertEquals(Optional.of(d("5.00")), manager.value());
        assertEquals(d("100.00"), s4.overall());
    }

    @Test
    void anUncalibratedScorerOrSourceCountsRatingsAtFaceValue() {
        Review plain = Scorer.of(RUBRIC).score(PERIOD.get(0));
        SourceResult manager = ((RatingInput) plain.measures().get(0).input()).sources().get(0);
        assertEquals(Optional.of(d("4.00")), manager.value());
        assertFalse(manager.calibrated());
        assertTrue(manager.offsets().isEmpty());
        Rubric undeclared = rubric(new RatingSource("manager", BigDecimal.valueOf(100), 1));
        assertTrue(Calibration.estimate(PERIOD, undeclared, RULES).offsets().isEmpty());
    }

    @Test
    void aCalibrationForAnotherRubricIsRejectedByName() {
        Calibration c = Calibration.estimate(PERIOD, RUBRIC, RULES);
        Rubric other = new Rubric("other", "2", RUBRIC.effective(), RUBRIC.sections(), RUBRIC.bands(), RUBRIC.guards(),
                RUBRIC.missingEvidence(), RUBRIC.scale());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorer.of(other).calibrated(c));
        assertTrue(e.getMessage().contains("cal-rubric 1") && e.getMessage().contains("other 2"), e.getMessage());
    }

    @Test
    void badRulesAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibrationRules.defaults().withShrinkage(BigDecimal.valueOf(-1)));
        assertTrue(e.getMessage().contains("shrinkage"), e.getMessage());
    }

    @Test
    void anAnonymousSourcesOffsetsNeverReachTheReviewAndAWithheldSourceContributesNothing() {
        RatingSource peer = new RatingSource("peer", BigDecimal.valueOf(100), 1).withAnonymity(Anonymity.atLeast(2)).withCalibration();
        Rubric anonymous = rubric(peer);
        List<Evidence> period = List.of(
                subject("s1", r("p-1", "peer", 5), r("p-2", "peer", 3)),
                subject("s2", r("p-1", "peer", 4), r("p-2", "peer", 2)),
                // below the threshold: withheld, so p-9 is estimated from nothing
                subject("s3", r("p-9", "peer", 1)));
        Calibration c = Calibration.estimate(period, anonymous, RULES);
        assertEquals(List.of("p-1", "p-2"), c.offsets().stream().map(RaterOffset::raterId).toList());
        Review s1 = Scorer.of(anonymous).calibrated(c).score(period.get(0));
        SourceResult src = ((RatingInput) s1.measures().get(0).input()).sources().get(0);
        assertTrue(src.calibrated());
        assertTrue(src.offsets().isEmpty());
        assertEquals(Optional.of(d("4.00")), src.rawValue());
        for (String text : List.of(s1.explain(), s1.explain(View.AUDIT), s1.toString())) {
            assertFalse(text.contains("1.00") || text.contains("(offsets"), text);
        }
    }
}
