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
package org.blendscore.hostile;

import static org.blendscore.hostile.Hostile.FINEST_ZERO;
import static org.blendscore.hostile.Hostile.FINE_ZERO;
import static org.blendscore.hostile.Hostile.LONG_ONE;
import static org.blendscore.hostile.Hostile.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.rubric.WorkCalendar;
import org.blendscore.scoring.ReferenceRubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Decimals are bounded by how they are written, not only by their size: a number written with a
 * scale beyond {@link NumberLimits#MAX_WRITTEN_SCALE} is refused by name, before anything strips its
 * zeros or computes with it. Each test bounds the cost of its input by its outcome.
 */
class HostileDecimalsTest {

    private static final String RANGE = "is outside the supported range: at most 30 digits before the decimal point and 20 after it";

    @Test
    void aNumberWrittenWithTooLongAScaleIsRefusedWithoutStrippingItsZeros() {
        // 1. and 200,000 zeros: decided from its scale alone, so stripping is never called
        BigDecimal longOne = Hostile.unstrippable(BigInteger.TEN.pow(200_000), 200_000);
        assertFalse(NumberLimits.allows(longOne));
        assertEquals("actual 1." + "0".repeat(55) + "... is written with 200000 decimal places"
                + " (trailing zeros count); at most 100 are supported: write it without the trailing zeros",
                NumberLimits.message("actual", longOne));
        assertFalse(NumberLimits.allows(LONG_ONE));
        assertFalse(NumberLimits.allows(Hostile.unstrippable(BigInteger.ONE, Integer.MAX_VALUE)));
        assertFalse(NumberLimits.allows(Hostile.unstrippable(BigInteger.ONE, Integer.MIN_VALUE)));
    }

    @Test
    void zeroWithAHugeScaleIsRefusedAndSaysToWriteZero() {
        assertFalse(NumberLimits.allows(FINE_ZERO));
        assertFalse(NumberLimits.allows(FINEST_ZERO));
        assertFalse(NumberLimits.allows(d("0E+101")));
        assertEquals("actual 0E-2147483647 is written with 2147483647 decimal places (trailing zeros count); at most 100"
                + " are supported: write it as 0", NumberLimits.message("actual", FINEST_ZERO));
        assertEquals("gate 0E+2147483647 is written with an exponent of 2147483647; at most 100 are supported: write it as 0",
                NumberLimits.message("gate", d("0E+2147483647")));
    }

    @Test
    void numbersLegalBeforeStayLegal() {
        for (String ok : List.of("0", "0.00", "0E-100", "0E+100", "1E+29", "123456789012345678901234567890",
                "0.00000000000000000001", "1000000.000000000000000000000000", "1." + "0".repeat(100), "12.5" + "0".repeat(98))) {
            assertTrue(NumberLimits.allows(d(ok)), ok);
        }
        for (String tooBig : List.of("1E+30", "1E-21", "1E+5000000", "1E-5000000", "0.000000000000000000001" + "0".repeat(79))) {
            assertFalse(NumberLimits.allows(d(tooBig)), tooBig);
            assertTrue(NumberLimits.message("value", d(tooBig)).endsWith(RANGE), tooBig);
        }
        // too fine and written long: refused for how it is written, which is decided without stripping
        assertFalse(NumberLimits.allows(d("1." + "0".repeat(200) + "1")));
        assertTrue(NumberLimits.message("value", d("1." + "0".repeat(200) + "1")).contains("is written with 201 decimal places"));
    }

    @Test
    void anActualWrittenWithAHugeScaleIsRejectedByNameNotScored() {
        Scorer scorer = Scorer.of(Hostile.rubric(Hostile.curve()));
        for (BigDecimal hostile : List.of(FINE_ZERO, FINEST_ZERO, LONG_ONE)) {
            InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.score(Hostile.actual(hostile)));
            EvidenceProblem p = e.problems().get(0);
            assertEquals(List.of("actual"), e.problems().stream().map(EvidenceProblem::field).toList());
            assertEquals(Optional.of("new-arr"), p.measureId());
            assertTrue(p.message().contains("decimal places (trailing zeros count); at most 100 are supported"), p.message());
        }
        // the same values written plainly score as usual
        Review zero = scorer.score(Hostile.actual(d("0E-100")));
        assertEquals(Optional.of(d("0.00")), zero.measure("new-arr").orElseThrow().points());
        Review one = scorer.score(Hostile.actual(d("1000000." + "0".repeat(100))));
        assertEquals(Optional.of(d("100.00")), one.measure("new-arr").orElseThrow().points());
    }

    @Test
    void aRatingWrittenWithAHugeScaleIsRejectedByName() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        BigDecimal longThree = d("3." + "0".repeat(100_000));
        Evidence e = Evidence.of("sam", Hostile.YEAR, Map.of("account-knowledge",
                new Ratings(List.of(Rating.of("m1", "manager", longThree)))));
        InvalidEvidenceException x = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e));
        assertEquals("value", x.problems().get(0).field());
        assertTrue(x.getMessage().contains("rating 3.000000"), x.getMessage());
        assertTrue(x.getMessage().contains("is written with 100000 decimal places"), x.getMessage());
    }

    @Test
    void aBreakpointOrTierPointsWrittenWithAHugeScaleMakeTheRubricInvalidWithItsPath() {
        LinearCurve curve = new LinearCurve(List.of(new Breakpoint(FINEST_ZERO, d("0")), Breakpoint.of("1", "100"),
                new Breakpoint(d("1.5"), LONG_ONE)), Optional.of(FINE_ZERO), true);
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> Hostile.rubric(curve));
        assertEquals(List.of("measures[new-arr].curve.breakpoints[0].attainment", "measures[new-arr].curve.breakpoints[2].points",
                "measures[new-arr].curve.gate"), e.problems().stream().map(RubricProblem::path).toList());
        TierCurve tiers = new TierCurve(List.of(new Tier(d("0"), Optional.of(d("1")), FINEST_ZERO),
                new Tier(d("1"), Optional.empty(), d("100"))), TierEdge.HIGHER);
        InvalidRubricException t = assertThrows(InvalidRubricException.class, () -> Hostile.rubric(tiers));
        assertEquals(List.of(new RubricProblem("measures[new-arr].curve.tiers[0].points", "value 0E-2147483647 is written with"
                + " 2147483647 decimal places (trailing zeros count); at most 100 are supported: write it as 0")), t.problems());
    }

    @Test
    void aKnownFactorNoMeasureNeedsIsStillBounded() {
        TargetRules rules = new TargetRules(List.of(new TargetFactor("territory", d("0.8"), d("1.2"), "territory size")),
                ProrationBasis.CALENDAR_DAYS, WorkCalendar.weekdays(), Optional.empty(), Optional.empty(), Optional.empty(), 3);
        Scorer scorer = Scorer.of(Hostile.rubric(Hostile.curve(), rules));
        Evidence e = Hostile.actual(d("1000000")).withFactors(Map.of("territory", LONG_ONE));
        InvalidEvidenceException x = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e));
        assertEquals(List.of("factors[territory]"), x.problems().stream().map(EvidenceProblem::field).toList());
    }

    @Test
    void aNumberOutsideTheLimitsStopsTheRecordsOtherChecks() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        // a rating given twice by one rater, an unknown source and a rating off the scale: found only when
        // the numbers are all within the limits; with one number outside, that number is all that is named
        List<Rating> ratings = List.of(Rating.of("m1", "manager", d("4")), Rating.of("m1", "manager", d("4")),
                Rating.of("m2", "nobody", d("9")), Rating.of("m3", "manager", LONG_ONE));
        Evidence e = Evidence.of("sam", Hostile.YEAR, Map.of("account-knowledge", new Ratings(ratings)));
        InvalidEvidenceException x = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e));
        assertEquals(List.of("value"), x.problems().stream().map(EvidenceProblem::field).toList());
        assertEquals(Optional.of("m3"), x.problems().get(0).raterId());
        assertEquals(Optional.of("account-knowledge"), x.problems().get(0).measureId());
        // the same record within the limits: every other problem is named
        List<Rating> legal = List.of(ratings.get(0), ratings.get(1), ratings.get(2), Rating.of("m3", "manager", d("4")));
        InvalidEvidenceException y = assertThrows(InvalidEvidenceException.class,
                () -> scorer.score(Evidence.of("sam", Hostile.YEAR, Map.of("account-knowledge", new Ratings(legal)))));
        assertTrue(y.problems().size() >= 2, y.getMessage());
        assertFalse(y.problems().stream().anyMatch(p -> p.message().contains("supported")), y.getMessage());
    }
}
