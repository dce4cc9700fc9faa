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
package org.blendscore.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.Target;
import org.junit.jupiter.api.Test;

class ActivityFunnelTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static final ActivityFunnel FUNNEL = ActivityFunnel.of(d("25000"),
            FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));

    @Test
    void derivesActivityTargetsFromTheQuotaRoundedUpToWholeActivities() {
        ActivityPlan plan = FUNNEL.plan(d("1000000"), 50);
        // 1,000,000 / 25,000 = 40 deals; 40 / 0.8 = 50 commitments; 50 / 0.25 = 200 pitches; 200 / 0.1 = 2,000 calls
        assertEquals(40, plan.deals());
        assertEquals(List.of(new ActivityPlan.Activity("calls", 2000, 40), new ActivityPlan.Activity("pitches", 200, 4),
                new ActivityPlan.Activity("commitments", 50, 1)), plan.activities());
        assertEquals(new Target(BigDecimal.valueOf(2000), "calls", QuantityKind.COUNT), plan.target("calls"));
    }

    @Test
    void roundsUpAtEveryStage() {
        // 1,010,000 / 25,000 = 40.4 -> 41 deals; 41 / 0.8 = 51.25 -> 52; 52 / 0.25 = 208; 208 / 0.1 = 2,080; per 52 weeks: 40, 4, 1
        ActivityPlan plan = FUNNEL.plan(d("1010000"), 52);
        assertEquals(41, plan.deals());
        assertEquals(List.of(2080L, 208L, 52L), plan.activities().stream().map(ActivityPlan.Activity::perPeriod).toList());
        assertEquals(List.of(40L, 4L, 1L), plan.activities().stream().map(ActivityPlan.Activity::perWeek).toList());
    }

    @Test
    void expectsBookingsFromPlannedActivities() {
        Map<String, BigDecimal> e = FUNNEL.expectedBookings(1500);
        // 1,500 calls -> 150 pitches -> 37.5 commitments -> 30 won -> 750,000
        assertEquals(0, e.get("pitches").compareTo(d("150")));
        assertEquals(0, e.get("commitments").compareTo(d("37.5")));
        assertEquals(0, e.get("won").compareTo(d("30")));
        assertEquals(0, e.get("bookings").compareTo(d("750000")));
        assertEquals(List.of("calls", "pitches", "commitments", "won", "bookings"), List.copyOf(e.keySet()));
    }

    @Test
    void groundsRatesInTheTeamsHistoryAsQuartiles() {
        // call-to-pitch rates of four reps: 0.05, 0.10, 0.12, 0.20
        ConversionHistory history = new ConversionHistory(List.of("calls", "pitches"), List.of(
                Map.of("calls", 1000L, "pitches", 50L, "won", 10L),
                Map.of("calls", 1000L, "pitches", 100L, "won", 25L),
                Map.of("calls", 1000L, "pitches", 120L, "won", 24L),
                Map.of("calls", 1000L, "pitches", 200L, "won", 60L)));
        // Q1: h = 0.75 -> 0.05 + 0.75 x 0.05 = 0.0875; median 0.11; Q3: h = 2.25 -> 0.12 + 0.25 x 0.08 = 0.14
        assertEquals(d("0.087500"), history.rates(ConversionHistory.Tier.BOTTOM).get(0));
        assertEquals(d("0.110000"), history.rates(ConversionHistory.Tier.MIDDLE).get(0));
        assertEquals(d("0.140000"), history.rates(ConversionHistory.Tier.TOP).get(0));
        // pitch-to-won rates 0.2, 0.25, 0.2, 0.3: median 0.225
        assertEquals(d("0.225000"), history.rates(ConversionHistory.Tier.MIDDLE).get(1));
        ActivityPlan plan = history.funnel(ConversionHistory.Tier.MIDDLE, d("25000")).plan(d("1000000"), 50);
        // 40 deals / 0.225 = 177.7.. -> 178 pitches; / 0.11 = 1,618.1.. -> 1,619 calls
        assertEquals(List.of(1619L, 178L), plan.activities().stream().map(ActivityPlan.Activity::perPeriod).toList());
    }

    @Test
    void keepsHistoricalRatesExactSoAThirdPlansThreeCallsPerPitch() {
        // one rep: 3 calls, 1 pitch, 1 won: a call converts at exactly 1/3, which no decimal holds
        ConversionHistory history = new ConversionHistory(List.of("calls", "pitches"),
                List.of(Map.of("calls", 3L, "pitches", 1L, "won", 1L)));
        assertEquals(d("0.333333"), history.rates(ConversionHistory.Tier.MIDDLE).get(0));
        ActivityPlan plan = history.funnel(ConversionHistory.Tier.MIDDLE, d("1000")).plan(d("100000"), 10);
        // 100 deals / 1 = 100 pitches; 100 / (1/3) = 300 calls, 30 a week (rounding 1/3 to 0.333333 would give 301 and 31)
        assertEquals(List.of(new ActivityPlan.Activity("calls", 300, 30), new ActivityPlan.Activity("pitches", 100, 10)),
                plan.activities());
        assertEquals(FunnelStage.of("calls", 1, 3), history.funnel(ConversionHistory.Tier.MIDDLE, d("1000")).stages().get(0));
    }

    @Test
    void rejectsConversionsOutsideZeroToOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunnelStage.of("calls", "1.2"));
        assertTrue(e.getMessage().contains("conversion of calls is 1.2, allowed more than 0 and at most 1"), e.getMessage());
    }
}
