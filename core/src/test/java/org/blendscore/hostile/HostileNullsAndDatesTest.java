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

import static org.blendscore.hostile.Hostile.YEAR;
import static org.blendscore.hostile.Hostile.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A null in a rubric's or evidence's collections, and a date at the edge of the calendar, get the
 * library's named errors: never a nameless {@link NullPointerException} or a
 * {@link java.time.DateTimeException}.
 */
class HostileNullsAndDatesTest {

    private static void nullNamed(String message, Executable call) {
        assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void aNullCollectionOrElementOfARubricPartIsNamedWithItsPlace() {
        nullNamed("breakpoints[1] of LinearCurve is null; a value is required",
                () -> new LinearCurve(Arrays.asList(Breakpoint.of("0", "0"), null), Optional.empty(), true));
        nullNamed("breakpoints of LinearCurve is null; a value is required", () -> new LinearCurve(null, Optional.empty(), true));
        nullNamed("measures of section 'Revenue' is null; a value is required", () -> new Section("Revenue", d("100"), null));
        nullNamed("measures[0] of section 'Revenue' is null; a value is required",
                () -> new Section("Revenue", d("100"), Arrays.asList((Measure) null)));
        List<Section> sections = Hostile.rubric(Hostile.curve()).sections();
        List<Band> bands = List.of(new Band("Below", d("0")));
        nullNamed("sections[1] of rubric 'r' is null; a value is required", () -> new Rubric("r", "1", YEAR,
                Arrays.asList(sections.get(0), null), bands, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2));
        nullNamed("bands of rubric 'r' is null; a value is required", () -> new Rubric("r", "1", YEAR,
                sections, null, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2));
        nullNamed("guards[0] of rubric 'r' is null; a value is required", () -> new Rubric("r", "1", YEAR,
                sections, bands, Arrays.asList((org.blendscore.rubric.BandGuard) null), MissingEvidencePolicy.LEAVE_OUT, 2));
    }

    @Test
    void aNullCollectionElementKeyOrValueOfEvidenceIsNamedWithItsPlace() {
        nullNamed("ratings[1] of Ratings is null; a value is required",
                () -> new Ratings(Arrays.asList(Rating.of("m1", "manager", 3), null)));
        nullNamed("ratings of Ratings is null; a value is required", () -> new Ratings(null));
        Set<String> withNull = new HashSet<>(Arrays.asList("a", null));
        nullNamed("reached[0] of MilestonesReached is null; a value is required", () -> new MilestonesReached(withNull, Map.of()));
        nullNamed("counts of MilestonesReached is null; a value is required", () -> new MilestonesReached(Set.of(), null));
        Map<String, Integer> nullCount = new HashMap<>();
        nullCount.put("a", null);
        nullNamed("counts[a] of MilestonesReached is null; a value is required", () -> new MilestonesReached(Set.of(), nullCount));
        Map<String, MeasureEvidence> nullMeasure = new HashMap<>();
        nullMeasure.put("new-arr", null);
        nullNamed("measures[new-arr] of subject 'sam' is null; a value is required", () -> Evidence.of("sam", YEAR, nullMeasure));
        Map<String, MeasureEvidence> nullKey = new HashMap<>();
        nullKey.put(null, new QuotaActual(BigDecimal.ONE));
        nullNamed("measures of subject 'sam' has a null key; every entry needs one", () -> Evidence.of("sam", YEAR, nullKey));
        nullNamed("attributes of subject 'sam' is null; a value is required", () -> new Evidence("sam", YEAR, Map.of(), null));
        Map<String, BigDecimal> nullFactor = new HashMap<>();
        nullFactor.put("territory", null);
        nullNamed("factors[territory] of subject 'sam' is null; a value is required",
                () -> Evidence.of("sam", YEAR, Map.of()).withFactors(nullFactor));
        nullNamed("leaves[0] of Participation is null; a value is required",
                () -> new Participation(Optional.empty(), Optional.empty(), Arrays.asList((DateRange) null)));
    }

    @Test
    void aLeaveEndingOnTheLastDayJavaKnowsIsRejectedByName() {
        Scorer scorer = Scorer.of(Hostile.rubric(Hostile.curve()));
        Participation p = new Participation(Optional.empty(), Optional.empty(),
                List.of(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.MAX)));
        Evidence e = Hostile.actual(d("1000000")).withParticipation(p);
        InvalidEvidenceException x = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e));
        assertEquals(List.of("participation.leaves[0]"), x.problems().stream().map(EvidenceProblem::field).toList());
        assertEquals("leave +999999999-12-31 is outside the supported dates: years 1 to 9999", x.problems().get(0).message());
        Participation hired = new Participation(Optional.of(LocalDate.MIN), Optional.empty(), List.of(), Optional.of(LocalDate.MAX));
        InvalidEvidenceException h = assertThrows(InvalidEvidenceException.class, () -> scorer.score(e.withParticipation(hired)));
        assertEquals(List.of("participation.start", "participation.hired"), h.problems().stream().map(EvidenceProblem::field).toList());
    }

    @Test
    void aLeaveToTheLastSupportedDayStillScores() {
        Rubric lastYear = new Rubric("r", "1", DateRange.year(9999), Hostile.rubric(Hostile.curve()).sections(),
                List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT, 2);
        Participation p = new Participation(Optional.empty(), Optional.empty(),
                List.of(DateRange.of(LocalDate.of(9999, 7, 1), LocalDate.of(9999, 12, 31))));
        Evidence e = Evidence.of("sam", DateRange.year(9999), Map.of("new-arr", new QuotaActual(d("500000")))).withParticipation(p);
        // in role 181 of 365 days: the target is 1,000,000 x 181/365, attained 1.0082873 times, 100 + 0.0082873 x 60 points
        assertEquals(Optional.of(d("100.50")), Scorer.of(lastYear).score(e).measure("new-arr").orElseThrow().points());
    }

    @Test
    void anEffectivePeriodNearTheEndOfTimeIsANamedRubricProblem() {
        List<Section> sections = Hostile.rubric(Hostile.curve()).sections();
        List<Band> bands = List.of(new Band("Meets", d("70")), new Band("Below", d("0")));
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric("r", "1",
                DateRange.of(LocalDate.MAX.minusDays(30), LocalDate.MAX), sections, bands, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2));
        assertEquals(List.of(new RubricProblem("effective.start",
                "start +999999999-12-01 is outside the supported dates: years 1 to 9999")), e.problems());
        InvalidRubricException end = assertThrows(InvalidRubricException.class, () -> new Rubric("r", "1",
                DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.MAX), sections, bands, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2));
        assertEquals(List.of("effective.end"), end.problems().stream().map(RubricProblem::path).toList());
    }

    @Test
    void seasonalQuartersOfAYearOutsideTheSupportedDatesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seasonality.quarters(java.time.Year.MAX_VALUE, d("25"), d("25"), d("25"), d("25")));
        assertEquals("seasonality year 999999999 is outside the supported dates: years 1 to 9999", e.getMessage());
    }
}
