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

import static org.blendscore.metrics.MetricsFixture.METRICS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;

/** What holds for every set of deals: a win rate is a share, and an excluded record changes nothing. */
class MetricsPropertiesTest {

    /**
     * A deal from a code: its amount, whether it is open, won or lost, and the day it closed, up to
     * 60 days either side of the first quarter.
     */
    private static Deal deal(int index, int code) {
        int outcome = code % 3;
        int day = (code / 3) % 210 - 60;
        String amount = Integer.toString(code / 630 % 5000);
        LocalDate closed = LocalDate.parse("2026-01-01").plusDays(day);
        String created = closed.minusDays(code % 90).toString();
        String id = "d-" + index;
        return switch (outcome) {
            case 0 -> Deal.open(id, "ana", amount, created);
            case 1 -> Deal.won(id, "ana", amount, created, closed.toString());
            default -> Deal.lost(id, "ben", amount, created, closed.toString());
        };
    }

    private static List<Deal> deals(List<Integer> codes) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            deals.add(deal(i, codes.get(i)));
        }
        return deals;
    }

    @Test
    void winRatesStayWithinZeroAndOne() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 3_000_000)).ofSizeBetween(0, 40)).checkAssert(codes -> {
            List<Deal> deals = deals(codes);
            for (MetricResult rate : List.of(METRICS.winRateByCount(deals), METRICS.winRateByValue(deals))) {
                rate.value().ifPresent(v -> assertTrue(v.signum() >= 0 && v.compareTo(Fraction.ONE) <= 0, rate.provenance()));
                assertEquals(deals.size(), rate.counted().size() + rate.excluded().size(), rate.provenance());
            }
        });
    }

    @Test
    void aRecordTheDefinitionExcludesNeverChangesTheResult() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 3_000_000)).ofSizeBetween(0, 40)).checkAssert(codes -> {
            List<Deal> deals = deals(codes);
            for (MetricResult result : List.of(METRICS.winRateByCount(deals), METRICS.averageDealSize(deals),
                    METRICS.medianSalesCycleDays(deals), METRICS.winRateByValue(deals))) {
                List<String> excluded = result.excluded().stream().map(Exclusion::record).toList();
                List<Deal> kept = deals.stream().filter(d -> !excluded.contains(d.id())).toList();
                MetricResult again = switch (result.metric()) {
                    case "win rate by count" -> METRICS.winRateByCount(kept);
                    case "average deal size" -> METRICS.averageDealSize(kept);
                    case "median sales cycle" -> METRICS.medianSalesCycleDays(kept);
                    default -> METRICS.winRateByValue(kept);
                };
                assertEquals(result.value(), again.value(), result.provenance());
                assertEquals(result.counted(), again.counted());
            }
        });
    }
}
