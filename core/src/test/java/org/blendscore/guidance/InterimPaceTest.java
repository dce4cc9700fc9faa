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
package org.blendscore.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.ActivityPlan;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.review.Review;
import org.blendscore.scoring.ReferenceRubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The weekly pace of an interim review to the next band, checked by hand on the reference rubric. */
class InterimPaceTest {
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");
    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());
    private final NextBand next = NextBand.of(scorer);
    private final ActivityFunnel funnel = ActivityFunnel.of(new BigDecimal("25000"),
            FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));

    /** Cara with 200,000 of new-arr booked by 31 March. */
    private static Evidence cara() {
        return cara("200000");
    }

    private static Evidence cara(String newArr) {
        return ReferencePathTest.evidence("cara", newArr, List.of("discovery-complete"),
                List.of(Rating.of("c1", "customer", 5), Rating.of("m1", "manager", 4)), List.of(Rating.of("m1", "manager", 5)));
    }

    @Test
    void caraNeedsTheWeeklyPaceToMeetsThroughTheEndOfTheYear() {
        Evidence e = cara();
        Review r = scorer.scoreInterim(e, MARCH_31);
        // expected by 31 March: 90 of 365 days of 1,000,000 = 246,575.34; a = 200,000 x 365 / 90,000,000 = 0.8111..,
        // points 200a - 100 = 62.22..; overall 0.5 x 62.22.. + 4 + 25.5 = 60.61: Developing, next Meets
        assertEquals(new BigDecimal("60.61"), r.overall());
        PathToNextBand p = next.path(r, e, funnel);
        assertEquals("Meets", p.nextBand().orElseThrow());
        assertEquals(1, p.pace().size());
        WeeklyPace pace = p.pace().get(0);
        assertEquals("new-arr", pace.measureId());
        assertEquals("USD", pace.unit());
        assertEquals(new BigDecimal("246575.34"), pace.expectedToDate());
        assertEquals(new BigDecimal("200000"), pace.actualToDate());
        // at the end: overall = 100a - 20.5 >= 69.995 (rounds half-even to 70.00) at a = 0.90495: 904,950.00
        assertEquals(0, new BigDecimal("904950").compareTo(pace.neededByEnd()), pace.neededByEnd().toPlainString());
        assertEquals(new BigDecimal("704950.00"), pace.remaining());
        // 1 April to 31 December: 275 days; 704,950 x 7 / 275 = 17,944.1818.. rounded up to the cent
        assertEquals(275, pace.daysLeft());
        assertEquals(LocalDate.parse("2026-12-31"), pace.periodEnd());
        assertEquals(new BigDecimal("17944.19"), pace.perWeek());
        // 704,950 / 25,000 = 28.2 -> 29 deals; / 0.80 -> 37 commitments; / 0.25 -> 148 pitches; / 0.10 -> 1,480 calls;
        // a week: 1,480 x 7 / 275 = 37.67 -> 38, 148 x 7 / 275 = 3.77 -> 4, 37 x 7 / 275 = 0.94 -> 1
        assertEquals(List.of(new ActivityPlan.Activity("calls", 1480, 38), new ActivityPlan.Activity("pitches", 148, 4),
                new ActivityPlan.Activity("commitments", 37, 1)), pace.activities());
        assertEquals("new-arr: 17,944.19 USD a week for the 275 days to 2026-12-31 (704,950 more, 904,950 by the end;"
                + " expected to date 246,575.34, actual 200,000); a week: 38 calls, 4 pitches, 1 commitments", pace.explain());
    }

    @Test
    void theNeededActualReachesTheBandAtTheEndAndACentLessDoesNot() {
        WeeklyPace pace = next.path(scorer.scoreInterim(cara(), MARCH_31), cara(), funnel).pace().get(0);
        Review reached = scorer.score(cara(pace.neededByEnd().toPlainString()));
        Review short1 = scorer.score(cara(pace.neededByEnd().subtract(new BigDecimal("0.01")).toPlainString()));
        assertEquals("Meets", reached.band().orElseThrow());
        assertEquals("Developing", short1.band().orElseThrow());
    }

    @Test
    void explainShowsThePaceAndAFinalReviewHasNone() {
        Evidence e = cara();
        String text = next.explain(scorer.scoreInterim(e, MARCH_31), e, funnel);
        assertTrue(text.contains("Weekly pace to the next band by the end of the period:\n  new-arr: 17,944.19 USD a week"), text);
        assertEquals(List.of(), next.path(scorer.score(e), e, funnel).pace());
        // without a funnel, the pace has no activities
        assertEquals(List.of(), next.path(scorer.scoreInterim(e, MARCH_31), e).pace().get(0).activities());
        assertThrows(NullPointerException.class, () -> next.path(scorer.score(e), e, null));
    }
}
