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
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.rubric;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.source;
import static org.blendscore.scoring.Fixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Target;
import org.junit.jupiter.api.Test;

/**
 * Band guards on a section and on a measure. The rubric is the one of {@link MissingEvidencePolicyTest}:
 * Sales 60% (bookings 50%, (0, 0), (1, 100), (2, 150) capped; calls 50%, straight to 100), Voice 40%
 * (trust: customer 50% at least 2, manager 50% at least 1). Bands: Exceeds 90, Meets 70, Developing 50,
 * Below 0.
 */
class BandGuardTest {

    private static final BandGuard VOICE_BELOW_50 = new BandGuard(ScoreCondition.sectionBelow("Voice", d("50")), "Meets");
    private static final BandGuard CALLS_BELOW_60 = new BandGuard(
            new ScoreCondition(ScoreCondition.Scope.MEASURE, "calls", Comparison.BELOW, d("60")), "Developing");

    private static Rubric guarded(BandGuard... guards) {
        return rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(guards),
                section("Sales", "60",
                        quota("bookings", "50", linear(Optional.empty(), true, "0:0", "1:100", "2:150")),
                        quota("calls", "50", Target.count(100, "calls"), Direction.HIGHER_IS_BETTER, straight())),
                section("Voice", "40",
                        rating("trust", "100", scale(1, 5), Aggregation.MEAN, source("customer", "50", 2), source("manager", "50", 1))));
    }

    private static Ratings trust(int customer1, int customer2, int manager) {
        return Ratings.of(Rating.of("c1", "customer", customer1), Rating.of("c2", "customer", customer2),
                Rating.of("m1", "manager", manager));
    }

    @Test
    void capsTheBandWhenTheVoiceSectionIsBelowItsGuard() {
        // bookings 200 -> 150, calls 100 -> 100: Sales 125; trust customer 2, 2 (25), manager 3 (50): Voice 37.5
        // overall 0.6 x 125 + 0.4 x 37.5 = 75 + 15 = 90.00: Exceeds alone, at most Meets with Voice below 50
        Review r = Scorer.of(guarded(VOICE_BELOW_50))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("100"), "trust", trust(2, 2, 3)));
        assertEquals(Optional.of(d("37.50")), r.section("Voice").orElseThrow().score());
        assertEquals(d("90.00"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(Optional.of("Exceeds"), r.bandBeforeGuards());
        assertEquals(List.of(new Warning(Warning.Kind.BAND_CAPPED, "guards[0]",
                "band capped at Meets: section Voice < 50 holds (37.50); the overall alone gives Exceeds")), r.warnings());
    }

    @Test
    void leavesALowerBandAloneWhenTheGuardHolds() {
        // bookings 50 -> 50, calls 50 -> 50: Sales 50; Voice 37.5: overall 30 + 15 = 45.00, Below; the cap (Meets) is higher
        Review r = Scorer.of(guarded(VOICE_BELOW_50))
                .score(evidence("sam", "bookings", actual("50"), "calls", actual("50"), "trust", trust(2, 2, 3)));
        assertEquals(d("45.00"), r.overall());
        assertEquals(Optional.of("Below"), r.band());
        assertEquals(Optional.empty(), r.bandBeforeGuards());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void doesNotCapWhenTheSectionScoresExactlyTheThreshold() {
        // trust 3, 3, 3: 50 points, not below 50; overall 75 + 20 = 95.00
        Review r = Scorer.of(guarded(VOICE_BELOW_50))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("100"), "trust", trust(3, 3, 3)));
        assertEquals(d("95.00"), r.overall());
        assertEquals(Optional.of("Exceeds"), r.band());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void skipsAGuardThatFailsOpenOnASectionThatWasLeftOutButSaysSo() {
        // Voice has no evidence: left out, so its guard, declared to fail open, is skipped; Sales alone is
        // 125.00, and the review warns that the guard could not be evaluated rather than skipping it in
        // silence (the rubric's least coverage is 0 here, or the review, at 60%, would have no band)
        Review r = Scorer.of(MissingEvidencePolicyTest.anyCoverage(guarded(VOICE_BELOW_50.failingOpen())))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("100")));
        assertEquals(d("125.00"), r.overall());
        assertEquals(Optional.of("Exceeds"), r.band());
        assertEquals(List.of(Warning.Kind.MEASURE_LEFT_OUT, Warning.Kind.SECTION_LEFT_OUT, Warning.Kind.GUARD_NOT_EVALUATED),
                r.warnings().stream().map(Warning::kind).toList());
        assertTrue(r.warnings().get(2).message().contains("could not be evaluated"), r.warnings().get(2).message());
    }

    @Test
    void capsTheBandByDefaultWhenTheGuardsSectionWasLeftOut() {
        // the same review, with the guard failing closed (the default): it caps as if Voice were below 50
        Review r = Scorer.of(MissingEvidencePolicyTest.anyCoverage(guarded(VOICE_BELOW_50)))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("100")));
        assertEquals(d("125.00"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(Optional.of("Exceeds"), r.bandBeforeGuards());
        assertEquals(List.of(Warning.Kind.MEASURE_LEFT_OUT, Warning.Kind.SECTION_LEFT_OUT, Warning.Kind.GUARD_FAILED_CLOSED),
                r.warnings().stream().map(Warning::kind).toList());
        assertEquals("band guard 'section Voice < 50 caps at Meets' could not be evaluated: its section was left out for "
                + "missing evidence, so the band is capped at Meets as if the condition held", r.warnings().get(2).message());
    }

    @Test
    void capsTheBandWhenAMeasureIsBelowItsGuard() {
        // bookings 150, calls 50: Sales 100; trust 5, 5, 5: 100; overall 60 + 40 = 100.00; calls 50 < 60: at most Developing
        Review r = Scorer.of(guarded(CALLS_BELOW_60))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("50"), "trust", trust(5, 5, 5)));
        assertEquals(d("100.00"), r.overall());
        assertEquals(Optional.of("Developing"), r.band());
        assertEquals(Optional.of("Exceeds"), r.bandBeforeGuards());
        assertEquals(List.of(new Warning(Warning.Kind.BAND_CAPPED, "guards[0]",
                "band capped at Developing: measure calls < 60 holds (50.00); the overall alone gives Exceeds")), r.warnings());
    }

    @Test
    void doesNotCapWhenTheMeasureReachesItsThreshold() {
        // calls 60: Sales 75 + 30 = 105; overall 63 + 40 = 103.00
        Review r = Scorer.of(guarded(CALLS_BELOW_60))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("60"), "trust", trust(5, 5, 5)));
        assertEquals(d("103.00"), r.overall());
        assertEquals(Optional.of("Exceeds"), r.band());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void appliesTheStrictestOfSeveralGuards() {
        // both hold: Voice 37.5 (< 50, at most Meets) and calls 50 (< 60, at most Developing)
        // bookings 200 -> 150, calls 50: Sales 100; overall 60 + 15 = 75.00, Meets alone
        Review r = Scorer.of(guarded(VOICE_BELOW_50, CALLS_BELOW_60))
                .score(evidence("sam", "bookings", actual("200"), "calls", actual("50"), "trust", trust(2, 2, 3)));
        assertEquals(d("75.00"), r.overall());
        assertEquals(Optional.of("Developing"), r.band());
        assertEquals(Optional.of("Meets"), r.bandBeforeGuards());
        // the Voice guard does not lower Meets, so only the calls guard warns
        assertEquals(List.of("guards[1]"), r.warnings().stream().map(Warning::path).toList());
    }

    @Test
    void comparesTheScoreAsTheReviewShowsIt() {
        // one measure, target 100000: actual 49996 gives 49.996 points, shown as 50.00, which is not below 50
        BandGuard belowHalf = new BandGuard(new ScoreCondition(ScoreCondition.Scope.MEASURE, "m", Comparison.BELOW, d("50")), "Below");
        Rubric rubric = rubric(MissingEvidencePolicy.LEAVE_OUT, List.of(belowHalf),
                section("Only", "100", quota("m", "100", Target.amount("100000", "USD"), Direction.HIGHER_IS_BETTER, straight())));
        Review shown50 = Scorer.of(rubric).score(evidence("sam", "m", actual("49996")));
        assertEquals(d("50.00"), shown50.overall());
        assertEquals(Optional.of("Developing"), shown50.band());
        assertEquals(List.of(), shown50.warnings());
    }
}
