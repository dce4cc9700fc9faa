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
package org.blendscore.metrics;

import static org.blendscore.metrics.MetricsFixture.DEALS;
import static org.blendscore.metrics.MetricsFixture.METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad records are reported with their id and field and left out; nulls and bad arguments are named. */
class BadRecordsTest {

    private static List<Deal> withBad(Deal... bad) {
        List<Deal> deals = new ArrayList<>(DEALS);
        deals.addAll(List.of(bad));
        return deals;
    }

    @Test
    void reportsEachBadDealByIdAndFieldAndLeavesItOut() {
        Deal backwards = Deal.won("d-7", "ana", "100", "2026-02-01", "2026-01-31");
        Deal negative = Deal.won("d-8", "ana", "-5", "2026-01-01", "2026-01-31");
        Deal stranger = Deal.lost("d-9", "zed", "100", "2026-01-01", "2026-01-31");
        Deal split = Deal.won("d-10", "ana", "100", "2026-01-01", "2026-01-31")
                .withOwners(new OwnerShare("ana", new BigDecimal("60")), new OwnerShare("ben", new BigDecimal("30")));
        List<Deal> deals = withBad(backwards, negative, stranger, split);
        List<RecordProblem> expected = List.of(
                new RecordProblem("d-7", "closed", "closed on 2026-01-31, before it was created on 2026-02-01"),
                new RecordProblem("d-8", "amount", "amount is -5, must not be negative"),
                new RecordProblem("d-9", "owners[0].owner", "owner 'zed' is not on the roster"),
                new RecordProblem("d-10", "owners", "owners' shares add up to 90%, must be 100%"));
        assertEquals(expected, METRICS.problems(deals));
        MetricResult rate = METRICS.winRateByCount(deals);
        assertEquals(METRICS.winRateByCount(DEALS).value(), rate.value());
        assertEquals(expected, rate.problems());
        assertEquals("win rate by count 75.00% = 3 won of 4 closed: d-1, d-2, d-3, d-6; 2 excluded: 1 still open (d-4), "
                + "1 closed outside the period (d-5); 4 bad: d-7.closed: closed on 2026-01-31, before it was created on 2026-02-01, "
                + "d-8.amount: amount is -5, must not be negative, d-9.owners[0].owner: owner 'zed' is not on the roster, "
                + "d-10.owners: owners' shares add up to 90%, must be 100%", rate.provenance());
    }

    @Test
    void reportsInconsistentOutcomesDuplicatesAndNegativeForecasts() {
        Deal wonUndated = new Deal("d-11", List.of(OwnerShare.sole("ana")), BigDecimal.ONE, LocalDate.parse("2026-01-01"),
                Optional.empty(), List.of(), DealOutcome.WON, Optional.empty());
        Deal openDated = new Deal("d-12", List.of(OwnerShare.sole("ana")), BigDecimal.ONE, LocalDate.parse("2026-01-01"),
                Optional.of(LocalDate.parse("2026-01-02")), List.of(), DealOutcome.OPEN, Optional.empty());
        Deal twice = Deal.won("d-1", "ana", "1", "2026-01-01", "2026-01-02");
        Deal badForecast = Deal.open("d-13", "ana", "1", "2026-01-01")
                .withForecast(new ForecastCall(ForecastCategory.COMMIT, new BigDecimal("-1")));
        Deal noOwner = new Deal("d-14", List.of(), BigDecimal.ONE, LocalDate.parse("2026-01-01"), Optional.empty(), List.of(),
                DealOutcome.OPEN, Optional.empty());
        assertEquals(List.of(
                new RecordProblem("d-11", "closed", "outcome is WON but no closing day is given"),
                new RecordProblem("d-12", "closed", "outcome is OPEN but it closed on 2026-01-02"),
                new RecordProblem("d-1", "id", "deal id 'd-1' is given twice; the first one counts"),
                new RecordProblem("d-13", "forecast.amount", "forecast amount is -1, must not be negative"),
                new RecordProblem("d-14", "owners", "a deal needs at least one owner")),
                METRICS.problems(withBad(wonUndated, openDated, twice, badForecast, noOwner)));
    }

    @Test
    void reportsBadSurveysActivitiesAndRevenue() {
        List<SurveyResponse> surveys = List.of(SurveyResponse.csat("s-1", "ana", "2026-01-01", 6),
                SurveyResponse.nps("n-1", "zed", "2026-01-01", 9),
                new SurveyResponse("n-2", "ana", SurveyKind.NPS, LocalDate.parse("2026-01-01"), 9, 5));
        assertEquals(List.of(new RecordProblem("s-1", "answer", "answer is 6, must be from 1 to 5"),
                new RecordProblem("n-1", "owner", "owner 'zed' is not on the roster"),
                new RecordProblem("n-2", "scaleTop", "an NPS scale tops at 10, got 5")), METRICS.nps(surveys).problems());
        List<Activity> leads = List.of(Activity.lead("a-1", "ana", "2026-01-05", "d-404"));
        assertEquals(List.of(new RecordProblem("a-1", "deal", "names deal 'd-404', which is not among the deals")),
                METRICS.leadToOpportunity(leads, DEALS).problems());
        List<AccountRevenue> revenue = List.of(AccountRevenue.of("acme", "ana", "2025-12", "-1"),
                AccountRevenue.of("acme", "ana", "2025-12", "1"));
        assertEquals(List.of(new RecordProblem("acme@2025-12", "revenue", "revenue is -1, must not be negative"),
                new RecordProblem("acme@2025-12", "month", "account revenue id 'acme@2025-12' is given twice; the first one counts")),
                METRICS.netRevenueRetention(revenue).problems());
    }

    @Test
    void namesNullsAndBadArguments() {
        assertEquals("deals", assertThrows(NullPointerException.class, () -> METRICS.winRateByCount(null)).getMessage());
        assertEquals("deals[1]", assertThrows(NullPointerException.class,
                () -> METRICS.winRateByCount(Arrays.asList(DEALS.get(0), null))).getMessage());
        assertEquals("amount of deal d-1", assertThrows(NullPointerException.class, () -> new Deal("d-1", List.of(), null,
                LocalDate.parse("2026-01-01"), Optional.empty(), List.of(), DealOutcome.OPEN, Optional.empty())).getMessage());
        assertEquals("owners[0] of d-1", assertThrows(NullPointerException.class, () -> new Deal("d-1", Arrays.asList((OwnerShare) null),
                BigDecimal.ONE, LocalDate.parse("2026-01-01"), Optional.empty(), List.of(), DealOutcome.OPEN, Optional.empty())).getMessage());
        assertEquals("quota is -1, must not be negative", assertThrows(IllegalArgumentException.class,
                () -> METRICS.pipelineCoverage(DEALS, new BigDecimal("-1"))).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class, () -> SalesMetrics.of(null, Set.of())).getMessage());
        assertEquals("gross margin is 1.5, must be from 0 to 1", assertThrows(IllegalArgumentException.class,
                () -> CltvFormula.marginOverChurn("1.5")).getMessage());
        assertEquals("formula MARGIN_TIMES_LIFETIME needs lifetime months greater than 0, got 0", assertThrows(IllegalArgumentException.class,
                () -> CltvFormula.marginTimesLifetime("0.5", "0")).getMessage());
    }
}
