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
import static org.blendscore.scoring.Fixtures.linear;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.junit.jupiter.api.Test;

/**
 * Every curve kind, with exact expected points. Unless said otherwise the measure is the only one of
 * its rubric and has a target of 100, so the attainment is actual / 100 and the overall equals the
 * measure's points.
 */
class QuotaCurveTest {

    /** The reference curve: (0.50, 0), (1.00, 100), (1.50, 130), gate 0.50, capped. */
    private static final LinearCurve REFERENCE = linear(Optional.of("0.50"), true, "0.50:0", "1.00:100", "1.50:130");

    /** Tiers [0, 0.8) 0, [0.8, 1.0) 50, [1.0, 1.2) 100, [1.2, open) 120, edges as given. */
    private static TierCurve tiers(TierEdge edge) {
        return new TierCurve(List.of(
                new Tier(d("0"), Optional.of(d("0.8")), d("0")),
                new Tier(d("0.8"), Optional.of(d("1.0")), d("50")),
                new Tier(d("1.0"), Optional.of(d("1.2")), d("100")),
                new Tier(d("1.2"), Optional.empty(), d("120"))), edge);
    }

    private static MeasureResult scoreOne(Rubric rubric, String actual) {
        Review r = Scorer.of(rubric).score(evidence("sam", "m", actual(actual)));
        MeasureResult m = r.measure("m").orElseThrow();
        assertEquals(m.points().orElseThrow(), r.overall(), "a single measure's points are the overall");
        return m;
    }

    private static BigDecimal points(Curve curve, String actual) {
        return scoreOne(single(quota("m", "100", curve)), actual).points().orElseThrow();
    }

    private static String rule(Curve curve, String actual) {
        return ((QuotaInput) scoreOne(single(quota("m", "100", curve)), actual).input()).rule();
    }

    @Test
    void interpolatesLinearlyBetweenBreakpoints() {
        // a = 0.75: 0 + (0.75 - 0.50) / 0.50 x 100 = 50
        assertEquals(d("50.00"), points(REFERENCE, "75"));
        // a = 1.20: 100 + (1.20 - 1.00) / 0.50 x 30 = 112
        assertEquals(d("112.00"), points(REFERENCE, "120"));
        assertEquals("linear from 100.0% (100) to 150.0% (130)", rule(REFERENCE, "120"));
        // a breakpoint itself: a = 1.00 gives exactly 100
        assertEquals(d("100.00"), points(REFERENCE, "100"));
    }

    @Test
    void keepsTheAttainmentExactUntilTheFinalRounding() {
        // target 3, actual 2: a = 2/3; (2/3 - 1/2) / (1/2) x 100 = 100/3 = 33.333... -> 33.33
        Rubric rubric = single(quota("m", "100", Target.amount("3", "USD"), Direction.HIGHER_IS_BETTER, REFERENCE));
        MeasureResult m = scoreOne(rubric, "2");
        assertEquals(d("33.33"), m.points().orElseThrow());
        assertEquals(Optional.of(d("0.666667")), ((QuotaInput) m.input()).attainment());
    }

    @Test
    void scoresNothingJustBelowTheGateAndTheCurveExactlyAtIt() {
        // (0, 0) to (1, 100), gate 0.5: a = 0.4999 is gated to 0; a = 0.5 is on the curve, 50
        LinearCurve gated = linear(Optional.of("0.5"), true, "0:0", "1:100");
        assertEquals(d("0.00"), points(gated, "49.99"));
        assertEquals("below the gate of 50.0%: 0 points", rule(gated, "49.99"));
        assertEquals(d("50.00"), points(gated, "50"));
        assertEquals(d("50.01"), points(gated, "50.01"));
    }

    @Test
    void holdsTheLastBreakpointsPointsAtAndAboveTheCap() {
        // a = 1.50 is the cap: 130; a = 1.60 and a = 10 stay at 130
        assertEquals(d("130.00"), points(REFERENCE, "150"));
        assertEquals("at the cap 150.0%: 130 points", rule(REFERENCE, "150"));
        assertEquals(d("130.00"), points(REFERENCE, "160"));
        assertEquals(d("130.00"), points(REFERENCE, "1000"));
        assertEquals("capped at 150.0%: 130 points", rule(REFERENCE, "1000"));
        assertEquals(Optional.of(d("130")), REFERENCE.maxPoints());
    }

    @Test
    void extrapolatesTheLastSlopeWhenUncapped() {
        // last segment: 30 points per 0.50 of attainment, i.e. 60 per 1.00
        LinearCurve uncapped = linear(Optional.of("0.50"), false, "0.50:0", "1.00:100", "1.50:130");
        // a = 1.75: 130 + 0.25 x 60 = 145
        assertEquals(d("145.00"), points(uncapped, "175"));
        // a = 2.00: 130 + 0.50 x 60 = 160
        assertEquals(d("160.00"), points(uncapped, "200"));
        assertTrue(rule(uncapped, "200").startsWith("beyond 150.0%"), rule(uncapped, "200"));
        assertEquals(Optional.empty(), uncapped.maxPoints());
        assertEquals(Optional.empty(), single(quota("m", "100", uncapped)).maxOverall());
    }

    @Test
    void holdsTheFirstBreakpointsPointsBelowItWhenThereIsNoGate() {
        // (0.5, 20) to (1, 100), no gate: below 0.5 no extrapolation, the points stay at 20
        LinearCurve ungated = linear(Optional.empty(), true, "0.5:20", "1:100");
        assertEquals(d("20.00"), points(ungated, "25"));
        assertEquals(d("20.00"), points(ungated, "0"));
        assertEquals("below the first breakpoint 50.0%: 20 points", rule(ungated, "25"));
        // a = 0.75: 20 + 0.5 x 80 = 60
        assertEquals(d("60.00"), points(ungated, "75"));
    }

    @Test
    void putsAnAttainmentOnATierEdgeInTheHigherTierByDefault() {
        TierCurve higher = tiers(TierEdge.HIGHER);
        assertEquals(d("0.00"), points(higher, "79.99"));
        assertEquals(d("50.00"), points(higher, "80"));
        assertEquals("tier [80.0%, 100.0%): 50 points (on the edge; edges belong to the higher tier)", rule(higher, "80"));
        assertEquals(d("50.00"), points(higher, "99.99"));
        assertEquals(d("100.00"), points(higher, "100"));
        assertEquals(d("120.00"), points(higher, "120"));
        assertEquals(d("120.00"), points(higher, "500"));
        assertEquals(d("0.00"), points(higher, "0"));
    }

    @Test
    void putsAnAttainmentOnATierEdgeInTheLowerTierWhenAsked() {
        TierCurve lower = tiers(TierEdge.LOWER);
        assertEquals(d("0.00"), points(lower, "80"));
        assertEquals(d("50.00"), points(lower, "80.01"));
        assertEquals(d("50.00"), points(lower, "100"));
        assertEquals("tier (80.0%, 100.0%]: 50 points (on the edge; edges belong to the lower tier)", rule(lower, "100"));
        assertEquals(d("100.00"), points(lower, "100.01"));
        assertEquals(d("100.00"), points(lower, "120"));
        assertEquals(d("120.00"), points(lower, "120.01"));
        assertEquals(d("0.00"), points(lower, "0"));
    }

    private static Rubric cycleDays(Curve curve) {
        return single(quota("m", "100", new Target(d("30"), "days", QuantityKind.RATE), Direction.LOWER_IS_BETTER, curve));
    }

    @Test
    void takesTargetOverActualWhenLowerIsBetter() {
        // target 30 days; curve (0.5, 0), (1, 100), (2, 150), capped
        Rubric rubric = cycleDays(linear(Optional.empty(), true, "0.5:0", "1:100", "2:150"));
        // 40 days: a = 30/40 = 0.75 -> 50
        assertEquals(d("50.00"), scoreOne(rubric, "40").points().orElseThrow());
        assertEquals(Optional.of(d("0.750000")), ((QuotaInput) scoreOne(rubric, "40").input()).attainment());
        // 30 days: a = 1 -> 100
        assertEquals(d("100.00"), scoreOne(rubric, "30").points().orElseThrow());
        // 20 days: a = 1.5 -> 100 + 0.5 x 50 = 125
        assertEquals(d("125.00"), scoreOne(rubric, "20").points().orElseThrow());
        // 45 days: a = 2/3 -> (2/3 - 1/2) / (1/2) x 100 = 33.33
        assertEquals(d("33.33"), scoreOne(rubric, "45").points().orElseThrow());
        // 90 days: a = 1/3, below the first breakpoint -> 0
        assertEquals(d("0.00"), scoreOne(rubric, "90").points().orElseThrow());
    }

    @Test
    void scoresAnActualOfZeroAtTheCapWhenLowerIsBetter() {
        Rubric rubric = cycleDays(linear(Optional.of("0.5"), true, "0.5:0", "1:100", "2:150"));
        MeasureResult m = scoreOne(rubric, "0");
        assertEquals(d("150.00"), m.points().orElseThrow());
        QuotaInput in = (QuotaInput) m.input();
        assertEquals(Optional.empty(), in.attainment());
        assertEquals("capped at 200.0%: 150 points", in.rule());
        assertTrue(Scorer.of(rubric).score(evidence("sam", "m", actual("0"))).explain().contains("unbounded attainment"));
    }

    @Test
    void scoresAnActualOfZeroInTheTopTierWhenLowerIsBetter() {
        assertEquals(d("120.00"), scoreOne(cycleDays(tiers(TierEdge.HIGHER)), "0").points().orElseThrow());
        // 25 days: a = 1.2, on the edge: the higher tier by default, the lower one when asked
        assertEquals(d("120.00"), scoreOne(cycleDays(tiers(TierEdge.HIGHER)), "25").points().orElseThrow());
        assertEquals(d("100.00"), scoreOne(cycleDays(tiers(TierEdge.LOWER)), "25").points().orElseThrow());
    }
}
