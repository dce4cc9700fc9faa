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

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.blendscore.rubric.DateRange;

/** The worked records of the metrics' example tests: the first quarter of 2026, sellers ana and ben. */
final class MetricsFixture {

    static final DateRange Q1 = DateRange.of(java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-03-31"));
    static final SalesMetrics METRICS = SalesMetrics.of(Q1, Set.of("ana", "ben"));

    static final Deal D1 = Deal.won("d-1", "ana", "1000", "2025-12-01", "2026-01-15")
            .withForecast(new ForecastCall(ForecastCategory.COMMIT, new BigDecimal("1200")));
    static final Deal D2 = Deal.won("d-2", "ana", "3000", "2026-01-10", "2026-02-09")
            .withStages(new StageChange("Discovery", java.time.LocalDate.parse("2026-01-12")),
                    new StageChange("Proposal", java.time.LocalDate.parse("2026-01-20")));
    static final Deal D3 = Deal.lost("d-3", "ben", "2000", "2025-11-01", "2026-03-01")
            .withForecast(new ForecastCall(ForecastCategory.COMMIT, new BigDecimal("1800")))
            .withStages(new StageChange("Discovery", java.time.LocalDate.parse("2025-11-05")),
                    new StageChange("Proposal", java.time.LocalDate.parse("2026-01-05")));
    static final Deal D4 = Deal.open("d-4", "ben", "500", "2025-12-20")
            .withForecast(new ForecastCall(ForecastCategory.BEST_CASE, new BigDecimal("500")));
    static final Deal D5 = Deal.won("d-5", "ana", "4000", "2025-10-01", "2025-12-15");
    static final Deal D6 = Deal.won("d-6", "ana", "600", "2026-02-01", "2026-03-31")
            .withOwners(new OwnerShare("ana", new BigDecimal("60")), new OwnerShare("ben", new BigDecimal("40")))
            .withStages(new StageChange("Discovery", java.time.LocalDate.parse("2026-02-02")));

    /** Four closed in Q1 (3 won), one open, one closed in December. */
    static final List<Deal> DEALS = List.of(D1, D2, D3, D4, D5, D6);

    static final List<Activity> ACTIVITIES = List.of(
            Activity.lead("a-1", "ana", "2026-01-05", "d-2"),
            Activity.lead("a-2", "ana", "2026-02-01", null),
            Activity.lead("a-3", "ben", "2026-03-01", "d-6"),
            new Activity("a-4", "ben", "call", java.time.LocalDate.parse("2026-01-07"), java.util.Optional.empty()),
            Activity.lead("a-5", "ana", "2025-12-01", "d-1"));

    static final List<SurveyResponse> SURVEYS = List.of(
            SurveyResponse.csat("s-1", "ana", "2026-01-10", 5),
            SurveyResponse.csat("s-2", "ana", "2026-01-11", 4),
            SurveyResponse.csat("s-3", "ben", "2026-02-10", 3),
            SurveyResponse.csat("s-4", "ben", "2026-03-10", 1),
            SurveyResponse.csat("s-5", "ben", "2025-12-10", 5),
            SurveyResponse.nps("n-1", "ana", "2026-01-10", 10),
            SurveyResponse.nps("n-2", "ana", "2026-01-10", 9),
            SurveyResponse.nps("n-3", "ana", "2026-01-10", 9),
            SurveyResponse.nps("n-4", "ben", "2026-01-10", 7),
            SurveyResponse.nps("n-5", "ben", "2026-01-10", 3));

    /** acme grows, bolt leaves, core is new, dove comes back after churning, echo churned for good. */
    static final List<AccountRevenue> REVENUE = List.of(
            AccountRevenue.of("acme", "ana", "2025-12", "1000"),
            AccountRevenue.of("acme", "ana", "2026-03", "1200"),
            AccountRevenue.of("bolt", "ben", "2025-12", "500"),
            AccountRevenue.of("core", "ana", "2026-02", "300"),
            AccountRevenue.of("core", "ana", "2026-03", "300"),
            AccountRevenue.of("dove", "ben", "2025-10", "400"),
            AccountRevenue.of("dove", "ben", "2026-02", "400"),
            AccountRevenue.of("echo", "ben", "2025-09", "200"));

    private MetricsFixture() {
    }
}
