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

import static org.blendscore.scoring.Fixtures.actual;
import static org.blendscore.scoring.Fixtures.d;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.rubric;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * The contributions a review shows add up to its overall exactly: each exact contribution is rounded
 * down and the missing cents go to the largest remainders, ties to the measure declared first. Every
 * measure here is a quota with target 100 on the straight line to 100, so an actual is its points.
 */
class ContributionRoundingTest {

    private static List<BigDecimal> contributions(Review r) {
        return r.measures().stream().map(MeasureResult::contribution).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Each measure's points x effective weight, rounded on its own (what the apportionment avoids). */
    private static BigDecimal naiveSum(Review r) {
        return r.measures().stream().filter(m -> m.points().isPresent())
                .map(m -> m.points().get().multiply(m.effectiveWeight()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void givesTheMissingCentToTheLargestRemainder() {
        // weights 33.33, 33.33, 33.34 and 10 points each: exact 3.333, 3.333, 3.334, overall 10.000 -> 10.00
        // rounded down: 3.33 x 3 = 9.99; the missing cent goes to the largest remainder (0.4 cent): the third
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(), section("Only", "100",
                quota("a", "33.33", straight()), quota("b", "33.33", straight()), quota("c", "33.34", straight())));
        Review r = Scorer.of(rubric).score(evidence("sam", "a", actual("10"), "b", actual("10"), "c", actual("10")));
        assertEquals(d("10.00"), r.overall());
        assertEquals(List.of(d("3.33"), d("3.33"), d("3.34")), contributions(r));
        assertEquals(r.overall(), sum(contributions(r)));
        // rounded one by one they would add up to 9.99
        assertEquals(d("9.99"), naiveSum(r));
    }

    @Test
    void breaksRemainderTiesInFavourOfTheMeasureDeclaredFirst() {
        // four measures of 25%, b has no evidence and is left out: a, c and d weigh 1/3 each
        // 20 points each: exact 20/3 = 6.666... each, overall 20.00; rounded down 6.66 x 3 = 19.98
        // two cents missing, three equal remainders: a and c (declared first) get one each
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(), section("Only", "100",
                quota("a", "25", straight()), quota("b", "25", straight()), quota("c", "25", straight()), quota("d", "25", straight())));
        Review r = Scorer.of(rubric).score(evidence("sam", "a", actual("20"), "c", actual("20"), "d", actual("20")));
        assertEquals(d("20.00"), r.overall());
        assertEquals(List.of(d("6.67"), d("0.00"), d("6.67"), d("6.66")), contributions(r));
        assertEquals(r.overall(), sum(contributions(r)));
        assertEquals(d("20.00"), r.section("Only").orElseThrow().contribution());
        assertEquals(d("33.3333"), r.measure("d").orElseThrow().effectiveWeight());
        // rounded one by one they would add up to 20.01
        assertEquals(d("20.01"), naiveSum(r));
        assertNotEquals(r.overall(), naiveSum(r));
        assertTrue(r.explain().contains("d: 20 of 100 USD = 20.0% -> 20.00 points x 33.3333% = 6.66 "
                + "(rounding apportioned so the contributions add up to the overall)"), r.explain());
    }

    @Test
    void addsSectionContributionsUpToTheOverallAcrossSections() {
        // three sections of 33.33, 33.33, 33.34 with 10, 10, 10: as above, 3.33 + 3.33 + 3.34 = 10.00
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(),
                section("A", "33.33", quota("a", "100", straight())),
                section("B", "33.33", quota("b", "100", straight())),
                section("C", "33.34", quota("c", "100", straight())));
        Review r = Scorer.of(rubric).score(evidence("sam", "a", actual("10"), "b", actual("10"), "c", actual("10")));
        assertEquals(d("10.00"), r.overall());
        assertEquals(List.of(d("3.33"), d("3.33"), d("3.34")),
                r.sections().stream().map(s -> s.contribution()).toList());
    }

    @Test
    void roundsTheOverallHalfEvenFromTheExactSum() {
        // weights 50/50, points 0.13 and 0: exact 0.065, a tie, rounds half-even to 0.06 (not 0.07)
        // the contribution 0.065 rounds down to 0.06 and nothing is missing
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(), section("Only", "100",
                quota("a", "50", straight()), quota("b", "50", straight())));
        Review r = Scorer.of(rubric).score(evidence("sam", "a", actual("0.13"), "b", actual("0")));
        assertEquals(d("0.06"), r.overall());
        assertEquals(List.of(d("0.06"), d("0.00")), contributions(r));
        // points 0.15 and 0: exact 0.075, a tie, rounds half-even to 0.08; rounded down 0.07, the missing cent goes to a
        Review up = Scorer.of(rubric).score(evidence("sam", "a", actual("0.15"), "b", actual("0")));
        assertEquals(d("0.08"), up.overall());
        assertEquals(List.of(d("0.08"), d("0.00")), contributions(up));
    }

    @Test
    void roundsAtTheRubricsScale() {
        // scale 0: 10 points each at 33.33/33.33/33.34 gives 3.333 + 3.333 + 3.334 = 10 -> 3, 3, 4
        Rubric base = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(), section("Only", "100",
                quota("a", "33.33", straight()), quota("b", "33.33", straight()), quota("c", "33.34", straight())));
        Rubric scale0 = new Rubric(base.id(), base.version(), base.effective(), base.sections(), base.bands(), base.guards(),
                base.missingEvidence(), 0);
        Review r = Scorer.of(scale0).score(evidence("sam", "a", actual("10"), "b", actual("10"), "c", actual("10")));
        assertEquals(d("10"), r.overall());
        assertEquals(List.of(d("3"), d("3"), d("4")), contributions(r));
        assertEquals(d("10"), r.measure("a").orElseThrow().points().orElseThrow());
    }

    @Test
    void roundsSectionScoresAndTheOverallHalfEvenAtExactTiesAndJustBesideThem() {
        // straight line: an actual is its points. Section A (50%) has one measure; section B (50%) two of 50% each.
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(),
                section("A", "50", quota("a", "100", straight())),
                section("B", "50", quota("b", "50", straight()), quota("c", "50", straight())));
        Scorer scorer = Scorer.of(rubric);
        // B = (10.005 + 10.000) / 2 = 10.0025 -> 10.00; overall = (10.01 + 10.0025) / 2 = 10.00625 -> 10.01 (no ties)
        Review r = scorer.score(evidence("sam", "a", actual("10.01"), "b", actual("10.005"), "c", actual("10")));
        assertEquals(d("10.00"), r.section("B").orElseThrow().score().orElseThrow());
        assertEquals(d("10.01"), r.overall());
        // B = (10.01 + 10.00) / 2 = 10.005: an exact half-cent tie, half-even to 10.00; with 10.03 to 10.02, 10.015 -> 10.02
        assertEquals(d("10.00"), scorer.score(evidence("sam", "a", actual("10"), "b", actual("10.01"), "c", actual("10")))
                .section("B").orElseThrow().score().orElseThrow());
        assertEquals(d("10.02"), scorer.score(evidence("sam", "a", actual("10"), "b", actual("10.03"), "c", actual("10")))
                .section("B").orElseThrow().score().orElseThrow());
        // overall = (10.01 + 10) / 2 = 10.005 -> 10.00 and (10.03 + 10) / 2 = 10.015 -> 10.02: exact ties, half-even
        assertEquals(d("10.00"), scorer.score(evidence("sam", "a", actual("10.01"), "b", actual("10"), "c", actual("10"))).overall());
        assertEquals(d("10.02"), scorer.score(evidence("sam", "a", actual("10.03"), "b", actual("10"), "c", actual("10"))).overall());
        // a hair beside the tie, far below a double's precision: 10.005 + 1e-18 -> 10.01, 10.005 - 1e-18 -> 10.00
        assertEquals(d("10.01"), scorer.score(evidence("sam", "a", actual("10.010000000000000002"), "b", actual("10"),
                "c", actual("10"))).overall());
        assertEquals(d("10.00"), scorer.score(evidence("sam", "a", actual("10.009999999999999998"), "b", actual("10"),
                "c", actual("10"))).overall());
        assertEquals(d("10.01"), scorer.score(evidence("sam", "a", actual("10"), "b", actual("10.010000000000000002"),
                "c", actual("10"))).section("B").orElseThrow().score().orElseThrow());
        assertEquals(d("10.00"), scorer.score(evidence("sam", "a", actual("10"), "b", actual("10.009999999999999998"),
                "c", actual("10"))).section("B").orElseThrow().score().orElseThrow());
    }
}
