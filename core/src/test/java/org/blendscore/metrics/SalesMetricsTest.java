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

import static org.blendscore.metrics.MetricsFixture.ACTIVITIES;
import static org.blendscore.metrics.MetricsFixture.D1;
import static org.blendscore.metrics.MetricsFixture.D2;
import static org.blendscore.metrics.MetricsFixture.D3;
import static org.blendscore.metrics.MetricsFixture.D4;
import static org.blendscore.metrics.MetricsFixture.DEALS;
import static org.blendscore.metrics.MetricsFixture.METRICS;
import static org.blendscore.metrics.MetricsFixture.REVENUE;
import static org.blendscore.metrics.MetricsFixture.SURVEYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;

/** Every published definition on the worked records, to the cent, with its empty and edge cases. */
class SalesMetricsTest {

    private static final Set<ForecastCategory> COMMIT = Set.of(ForecastCategory.COMMIT);

    private static void assertShown(String expected, MetricResult result) {
        assertEquals(Optional.of(new BigDecimal(expected)), result.shown(), result.provenance());
    }

    private static void assertUndefined(String reason, MetricResult result) {
        assertFalse(result.defined(), result.provenance());
        assertEquals(reason, result.basis());
        assertEquals(Optional.empty(), result.asQuotaActual());
    }

    @Test
    void winRateByCountIsWonOverClosedInThePeriodWithItsProvenance() {
        MetricResult rate = METRICS.winRateByCount(DEALS);
        assertEquals(Optional.of(Fraction.of(3, 4)), rate.value());
        assertEquals(List.of("d-1", "d-2", "d-3", "d-6"), rate.counted());
        assertEquals(List.of(new Exclusion("d-4", "still open"), new Exclusion("d-5", "closed outside the period")), rate.excluded());
        assertEquals("win rate by count 75.00% = 3 won of 4 closed: d-1, d-2, d-3, d-6; 2 excluded: "
                + "1 still open (d-4), 1 closed outside the period (d-5)", rate.provenance());
        assertEquals(Optional.of(new QuotaActual(new BigDecimal("75.00")).withBasis(new ActualBasis("win rate by count 75.00% = 3 won "
                + "of 4 closed: d-1, d-2, d-3, d-6; 2 excluded: 1 still open (d-4), 1 closed outside the period (d-5)"))), rate.asQuotaActual());
    }

    @Test
    void winRateIsUndefinedWhenNoDealClosed() {
        assertUndefined("no deal closed in the period", METRICS.winRateByCount(List.of(D4)));
        assertUndefined("no deal closed in the period", METRICS.winRateByCount(List.of()));
        assertUndefined("no deal closed in the period", METRICS.winRateByValue(List.of(D4)));
        assertEquals("win rate by count undefined: no deal closed in the period; 1 excluded: 1 still open (d-4)",
                METRICS.winRateByCount(List.of(D4)).provenance());
    }

    @Test
    void winRateByValueIsWonAmountOverClosedAmount() {
        MetricResult rate = METRICS.winRateByValue(DEALS);
        assertEquals(Optional.of(Fraction.of(4600, 6600)), rate.value());
        assertShown("69.70", rate);
        assertEquals("4600 won of 6600 closed", rate.basis());
        assertUndefined("the 1 deals closed in the period are worth 0",
                METRICS.winRateByValue(List.of(Deal.lost("d-0", "ana", "0", "2026-01-01", "2026-01-02"))));
    }

    @Test
    void averageDealSizeIsTheMeanWonAmount() {
        MetricResult size = METRICS.averageDealSize(DEALS);
        assertEquals(Optional.of(Fraction.of(4600, 3)), size.value());
        assertShown("1533.33", size);
        assertEquals(List.of(new Exclusion("d-3", "lost"), new Exclusion("d-4", "still open"),
                new Exclusion("d-5", "closed outside the period")), List.of(size.excluded().get(2), size.excluded().get(0), size.excluded().get(1)));
        assertUndefined("no deal won in the period", METRICS.averageDealSize(List.of(D3, D4)));
    }

    @Test
    void medianSalesCycleTakesTheMiddleOrTheMeanOfTheTwoMiddleDays() {
        assertEquals(Optional.of(Fraction.of(45)), METRICS.medianSalesCycleDays(DEALS).value());
        assertEquals(Optional.of(Fraction.of(75, 2)), METRICS.medianSalesCycleDays(List.of(D1, D2)).value());
        assertUndefined("no deal won in the period", METRICS.medianSalesCycleDays(List.of()));
    }

    @Test
    void pipelineCoverageIsThePipelineAtTheStartOverTheQuota() {
        MetricResult coverage = METRICS.pipelineCoverage(DEALS, new BigDecimal("1000"));
        assertEquals(List.of("d-1", "d-3", "d-4"), coverage.counted());
        assertShown("3.50", coverage);
        assertEquals("3500 in pipeline / 1000 quota", coverage.basis());
        assertUndefined("the quota is 0", METRICS.pipelineCoverage(DEALS, BigDecimal.ZERO));
    }

    @Test
    void pipelineVelocityIsOpportunitiesTimesWinRateTimesSizeOverMeanCycle() {
        MetricResult velocity = METRICS.pipelineVelocity(DEALS);
        assertEquals(Optional.of(Fraction.of(10350, 133)), velocity.value());
        assertShown("77.82", velocity);
        assertUndefined("no deal closed in the period", METRICS.pipelineVelocity(List.of(D4)));
        assertUndefined("the won deals' mean sales cycle is 0 days",
                METRICS.pipelineVelocity(List.of(Deal.won("d-0", "ana", "10", "2026-01-05", "2026-01-05"))));
    }

    @Test
    void forecastAccuracyAndBiasCompareTheCommitWithWhatWasWon() {
        MetricResult accuracy = METRICS.forecastAccuracy(DEALS, COMMIT);
        assertEquals(Optional.of(Fraction.of(7, 15)), accuracy.value());
        assertShown("46.67", accuracy);
        assertEquals("1 - |3000 forecast - 4600 won| / 3000", accuracy.basis());
        MetricResult bias = METRICS.forecastBias(DEALS, COMMIT);
        assertEquals(Optional.of(Fraction.of(-8, 15)), bias.value());
        assertShown("-53.33", bias);
        assertEquals(List.of(new Exclusion("d-4", "not forecast in the counted categories and not won in the period"),
                new Exclusion("d-5", "not forecast in the counted categories and not won in the period")), bias.excluded());
    }

    @Test
    void aForecastOfZeroLeavesAccuracyAndBiasUndefinedNotZero() {
        assertUndefined("the forecast [COMMIT] is 0 (actual 3000)", METRICS.forecastAccuracy(List.of(D2), COMMIT));
        assertUndefined("the forecast [] is 0 (actual 4600)", METRICS.forecastBias(DEALS, Set.of()));
        Deal zero = D1.withForecast(new ForecastCall(ForecastCategory.COMMIT, BigDecimal.ZERO));
        assertUndefined("the forecast [COMMIT] is 0 (actual 1000)", METRICS.forecastAccuracy(List.of(zero), COMMIT));
    }

    @Test
    void aMissLargerThanTheForecastGivesANegativeAccuracyHandedOverAsZero() {
        Deal small = D1.withForecast(new ForecastCall(ForecastCategory.COMMIT, new BigDecimal("400")));
        MetricResult accuracy = METRICS.forecastAccuracy(List.of(small), COMMIT);
        assertShown("-50.00", accuracy);
        assertEquals(Optional.of(new QuotaActual(new BigDecimal("0.00")).withBasis(new ActualBasis(accuracy.provenance()))),
                accuracy.asQuotaActual());
    }

    @Test
    void stageConversionCountsDealsEnteringTheFirstStageInThePeriod() {
        MetricResult conversion = METRICS.stageConversion(DEALS, "Discovery", "Proposal");
        assertEquals(List.of("d-2", "d-6"), conversion.counted());
        assertEquals("1 reached Proposal of 2 that entered Discovery", conversion.basis());
        assertShown("50.00", conversion);
        assertUndefined("no deal entered Negotiation in the period", METRICS.stageConversion(DEALS, "Negotiation", "Closed"));
    }

    @Test
    void leadToOpportunityIsLeadsThatBecameDealsOverLeads() {
        MetricResult conversion = METRICS.leadToOpportunity(ACTIVITIES, DEALS);
        assertEquals(Optional.of(Fraction.of(2, 3)), conversion.value());
        assertShown("66.67", conversion);
        assertEquals(List.of(new Exclusion("a-4", "not a lead"), new Exclusion("a-5", "outside the period")), conversion.excluded());
        assertUndefined("no lead in the period", METRICS.leadToOpportunity(List.of(), DEALS));
    }

    @Test
    void csatIsTheShareOfTopTwoAnswers() {
        MetricResult csat = METRICS.csat(SURVEYS);
        assertEquals(List.of("s-1", "s-2", "s-3", "s-4"), csat.counted());
        assertEquals("2 top-two answers of 4", csat.basis());
        assertShown("50.00", csat);
        assertUndefined("no CSAT response in the period", METRICS.csat(SURVEYS.subList(5, 10)));
        SurveyResponse sevenPoint = new SurveyResponse("s-7", "ana", SurveyKind.CSAT, java.time.LocalDate.parse("2026-01-01"), 6, 7);
        assertShown("100.00", METRICS.csat(List.of(sevenPoint)));
    }

    @Test
    void npsIsPromotersLessDetractorsPerHundredAnswers() {
        MetricResult nps = METRICS.nps(SURVEYS);
        assertEquals("100 x (3 promoters - 1 detractors) / 5 answers", nps.basis());
        assertShown("40.00", nps);
        assertShown("-100.00", METRICS.nps(List.of(SurveyResponse.nps("n-9", "ana", "2026-02-02", 6))));
        assertUndefined("no NPS response in the period", METRICS.nps(SURVEYS.subList(0, 5)));
    }

    @Test
    void netRevenueRetentionFollowsTheBaseMonthsAccountsToTheLastMonth() {
        MetricResult nrr = METRICS.netRevenueRetention(REVENUE);
        assertEquals(List.of("acme", "bolt"), nrr.counted());
        assertEquals("1200 in 2026-03 / 1500 in 2025-12 from 2 accounts", nrr.basis());
        assertShown("80.00", nrr);
        assertUndefined("no account had revenue in the base month 2025-12", METRICS.netRevenueRetention(REVENUE.subList(3, 8)));
    }

    @Test
    void winBackIsTheShareOfChurnedAccountsWithRevenueAgain() {
        MetricResult winBack = METRICS.winBack(REVENUE);
        assertEquals(List.of("dove", "echo"), winBack.counted());
        assertEquals("1 won back of 2 churned accounts", winBack.basis());
        assertShown("50.00", winBack);
        assertUndefined("no account had churned by the period's start", METRICS.winBack(REVENUE.subList(0, 3)));
    }

    @Test
    void cltvFollowsTheDeclaredFormula() {
        MetricResult lifetime = METRICS.cltv(REVENUE, CltvFormula.marginTimesLifetime("0.5", "24"));
        assertEquals(Optional.of(Fraction.of(6600)), lifetime.value());
        assertEquals("ARPA 2200 / 4 account-months x margin 0.5 x 24 months", lifetime.basis());
        MetricResult churn = METRICS.cltv(REVENUE, CltvFormula.marginOverChurn("0.5"));
        assertEquals(Optional.of(Fraction.of(1650)), churn.value());
        assertUndefined("no account had revenue in the period", METRICS.cltv(REVENUE.subList(0, 1), CltvFormula.marginOverChurn("0.5")));
        assertUndefined("no account of the base month 2025-12 churned by 2026-03: a lifetime without bound",
                METRICS.cltv(REVENUE.subList(0, 2), CltvFormula.marginOverChurn("0.5")));
    }

    @Test
    void aDealOnTheFirstAndLastDayOfThePeriodCounts() {
        Deal first = Deal.won("d-a", "ana", "1", "2025-12-31", "2026-01-01");
        Deal last = Deal.lost("d-b", "ana", "1", "2025-12-31", "2026-03-31");
        Deal after = Deal.lost("d-c", "ana", "1", "2025-12-31", "2026-04-01");
        assertEquals(List.of("d-a", "d-b"), METRICS.winRateByCount(List.of(first, last, after)).counted());
        assertEquals(Optional.of(new BigDecimal("50.00")), METRICS.winRateByCount(List.of(first, last, after)).shown());
        assertEquals(List.of(D1.id(), D2.id()), METRICS.winRateByCount(List.of(D1, D2)).counted());
    }
}
