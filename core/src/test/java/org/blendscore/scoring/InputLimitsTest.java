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

import static org.blendscore.scoring.TargetFixtures.d;
import static org.blendscore.scoring.TargetFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Inputs that could stall the scorer or make a review depend on evidence order are rejected by name. */
class InputLimitsTest {

    private final Scorer scorer = Scorer.of(TargetFixtures.rubric(TargetFixtures.rules()));

    @Test
    void rejectsAnAbsurdlyLargeOrFineActualQuicklyAndByName() {
        for (String huge : List.of("1E+5000000", "1E-5000000", "1234567890123456789012345678901")) {
            Evidence absurd = new Evidence("sam", TargetFixtures.YEAR, Map.of("new-arr", new QuotaActual(new BigDecimal(huge))), Map.of());
            InvalidEvidenceException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(InvalidEvidenceException.class, () -> scorer.score(absurd)));
            assertEquals("actual", e.problems().get(0).field());
            assertTrue(e.getMessage().contains("outside the supported range: at most 30 digits before the decimal point and 20 after it"),
                    e.getMessage());
        }
        // trailing zeros do not count against the limit
        Review ok = scorer.score(new Evidence("sam", TargetFixtures.YEAR,
                Map.of("new-arr", new QuotaActual(new BigDecimal("1000000.000000000000000000000000"))), Map.of()));
        assertEquals(Optional.of(d("100.00")), ok.measure("new-arr").orElseThrow().points());
    }

    @Test
    void rejectsARubricWithAnAbsurdNumberOrAnEndlessPeriod() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric("r", "1",
                DateRange.of(day("2026-01-01"), day("2046-12-31")), TargetFixtures.rubric(TargetFixtures.rules()).sections(),
                List.of(new Band("Meets", new BigDecimal("1E-5000000")), new Band("Below", d("0"))), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, 2));
        assertEquals(List.of("effective", "bands[Meets].lowerBound"), e.problems().stream().map(p -> p.path()).toList());
    }

    @Test
    void rejectsASeasonPartWithNoWorkingDay() {
        Seasonality weekendPart = new Seasonality(List.of(
                new SeasonPart("new-year", DateRange.of(day("2026-01-01"), day("2026-01-02")), d("10")),
                new SeasonPart("weekend", DateRange.of(day("2026-01-03"), day("2026-01-04")), d("10")),
                new SeasonPart("rest", DateRange.of(day("2026-01-05"), day("2026-12-31")), d("80"))));
        TargetRules rules = new TargetRules(List.of(), ProrationBasis.WORKING_DAYS, WorkCalendar.weekdays(), Optional.empty(),
                Optional.of(weekendPart), Optional.empty(), 3);
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> TargetFixtures.rubric(rules));
        assertEquals("targets.seasonality.parts[weekend].range", e.problems().get(0).path());
    }

    @Test
    void rejectsAnInterimDateOutsideThePeriodAfterTheEvidencesOtherProblems() {
        Evidence fine = TargetFixtures.evidence("100", Participation.full());
        for (String outside : new String[] {"2025-12-31", "2027-01-01"}) {
            InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.scoreInterim(fine, day(outside)));
            assertEquals(1, e.problems().size(), e.getMessage());
            assertEquals("asOf", e.problems().get(0).field());
            assertEquals("interim date " + outside + " is outside the review period 2026-01-01..2026-12-31", e.problems().get(0).message());
        }
        // the first and last days are inside
        assertEquals(Optional.of(day("2026-01-01")), scorer.scoreInterim(fine, day("2026-01-01")).interimAsOf());
        assertEquals(Optional.of(day("2026-12-31")), scorer.scoreInterim(fine, day("2026-12-31")).interimAsOf());
        InvalidEvidenceException both = assertThrows(InvalidEvidenceException.class,
                () -> scorer.scoreInterim(TargetFixtures.evidence("-1", Participation.full()), day("2027-01-01")));
        assertEquals(List.of("actual", "asOf"), both.problems().stream().map(EvidenceProblem::field).toList());
    }

    @Test
    void rejectsTwoCheckInsOnOneDayAndAStartBeforeTheHire() {
        Evidence twice = new Evidence("sam", TargetFixtures.YEAR, Map.of("new-arr", new QuotaActual(d("100"), List.of(),
                List.of(new CheckIn(day("2026-03-15"), d("10000")), new CheckIn(day("2026-03-15"), d("900000"))))), Map.of());
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.scoreInterim(twice, day("2026-04-30")));
        assertEquals("checkIns[1].date", e.problems().get(0).field());
        Participation odd = new Participation(Optional.of(day("2026-01-01")), Optional.empty(), List.of(), Optional.of(day("2026-07-01")));
        InvalidEvidenceException p = assertThrows(InvalidEvidenceException.class,
                () -> scorer.score(TargetFixtures.evidence("100", odd)));
        assertEquals("participation.hired", p.problems().get(0).field());
    }

    @Test
    void anInterimReviewCountsOnlyTheReliefApprovedByItsDate() {
        Relief later = new Relief(Relief.Kind.CREDIT, d("500000"), "reassigned account", "cro", day("2026-11-01"));
        Evidence e = TargetFixtures.evidence("100000", Participation.full(), Map.of(), List.of(later));
        Review interim = scorer.scoreInterim(e, day("2026-03-31"));
        assertEquals(d("100000"), ((QuotaInput) interim.measure("new-arr").orElseThrow().input()).actual());
        Review fin = scorer.score(e);
        assertEquals(d("600000.00"), ((QuotaInput) fin.measure("new-arr").orElseThrow().input()).actual());
    }
}
