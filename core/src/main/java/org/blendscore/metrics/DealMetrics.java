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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.blendscore.rubric.DateRange;
import org.blendscore.number.Fraction;

/** The metrics over deals, as {@link SalesMetrics} publishes their definitions. */
final class DealMetrics {

    private final DateRange period;

    DealMetrics(DateRange period) {
        this.period = period;
    }

    /** Counts the deals closed in the period; tells apart the open ones and those closed outside it. */
    private List<Deal> closedInPeriod(Checked<Deal> deals, Tally tally) {
        List<Deal> closed = new ArrayList<>();
        for (Deal deal : deals.good()) {
            if (!deal.isClosed()) {
                tally.exclude(deal.id(), MetricMessages.STILL_OPEN);
            } else if (!Periods.contains(period, deal.closed().orElseThrow())) {
                tally.exclude(deal.id(), MetricMessages.CLOSED_OUTSIDE);
            } else {
                closed.add(deal);
            }
        }
        return closed;
    }

    private List<Deal> wonInPeriod(Checked<Deal> deals, Tally tally) {
        List<Deal> won = new ArrayList<>();
        for (Deal deal : closedInPeriod(deals, tally)) {
            if (deal.outcome() == DealOutcome.WON) {
                won.add(deal);
                tally.count(deal.id());
            } else {
                tally.exclude(deal.id(), MetricMessages.LOST);
            }
        }
        return won;
    }

    MetricResult winRateByCount(Checked<Deal> deals) {
        Tally tally = new Tally(deals.problems());
        List<Deal> closed = closedInPeriod(deals, tally);
        closed.forEach(d -> tally.count(d.id()));
        String metric = BasisText.WIN_RATE_BY_COUNT;
        if (closed.isEmpty()) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.NO_DEAL_CLOSED);
        }
        long won = closed.stream().filter(d -> d.outcome() == DealOutcome.WON).count();
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(won, closed.size()), BasisText.wonOfClosed(won, closed.size()));
    }

    MetricResult winRateByValue(Checked<Deal> deals) {
        Tally tally = new Tally(deals.problems());
        List<Deal> closed = closedInPeriod(deals, tally);
        closed.forEach(d -> tally.count(d.id()));
        String metric = BasisText.WIN_RATE_BY_VALUE;
        BigDecimal all = sum(closed);
        BigDecimal won = sum(closed.stream().filter(d -> d.outcome() == DealOutcome.WON).toList());
        if (closed.isEmpty()) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.NO_DEAL_CLOSED);
        }
        if (all.signum() == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.closedWorthZero(closed.size()));
        }
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(won).divide(Fraction.of(all)),
                BasisText.wonOfClosed(won, all));
    }

    MetricResult averageDealSize(Checked<Deal> deals) {
        Tally tally = new Tally(deals.problems());
        List<Deal> won = wonInPeriod(deals, tally);
        String metric = BasisText.AVERAGE_DEAL_SIZE;
        if (won.isEmpty()) {
            return tally.undefined(metric, MetricUnit.AMOUNT, BasisText.NO_DEAL_WON);
        }
        BigDecimal total = sum(won);
        return tally.result(metric, MetricUnit.AMOUNT, Fraction.of(total).divide(Fraction.of(won.size())),
                BasisText.wonPerDeal(total, won.size()));
    }

    MetricResult medianSalesCycle(Checked<Deal> deals) {
        Tally tally = new Tally(deals.problems());
        List<Long> days = cycleDays(wonInPeriod(deals, tally));
        String metric = BasisText.MEDIAN_SALES_CYCLE;
        if (days.isEmpty()) {
            return tally.undefined(metric, MetricUnit.DAYS, BasisText.NO_DEAL_WON);
        }
        days.sort(Comparator.naturalOrder());
        int n = days.size();
        Fraction median = n % 2 == 1 ? Fraction.of(days.get(n / 2))
                : Fraction.of(days.get(n / 2 - 1) + days.get(n / 2), 2);
        return tally.result(metric, MetricUnit.DAYS, median, BasisText.medianOf(n, days));
    }

    private static List<Long> cycleDays(List<Deal> won) {
        List<Long> days = new ArrayList<>();
        won.forEach(d -> days.add(ChronoUnit.DAYS.between(d.created(), d.closed().orElseThrow())));
        return days;
    }

    /** The deals created on or before the period's first day and not closed before it. */
    private List<Deal> pipelineAtStart(Checked<Deal> deals, Tally tally) {
        List<Deal> pipeline = new ArrayList<>();
        for (Deal deal : deals.good()) {
            boolean open = !deal.created().isAfter(period.start()) && deal.closed().map(c -> !c.isBefore(period.start())).orElse(true);
            if (open) {
                pipeline.add(deal);
                tally.count(deal.id());
            } else {
                tally.exclude(deal.id(), MetricMessages.NOT_IN_PIPELINE);
            }
        }
        return pipeline;
    }

    MetricResult pipelineCoverage(Checked<Deal> deals, BigDecimal quota) {
        Tally tally = new Tally(deals.problems());
        BigDecimal pipeline = sum(pipelineAtStart(deals, tally));
        String metric = BasisText.PIPELINE_COVERAGE;
        if (quota.signum() == 0) {
            return tally.undefined(metric, MetricUnit.NUMBER, BasisText.QUOTA_ZERO);
        }
        return tally.result(metric, MetricUnit.NUMBER, Fraction.of(pipeline).divide(Fraction.of(quota)),
                BasisText.coverage(pipeline, quota));
    }

    MetricResult pipelineVelocity(Checked<Deal> deals) {
        Tally tally = new Tally(deals.problems());
        int opportunities = pipelineAtStart(deals, tally).size();
        String metric = BasisText.PIPELINE_VELOCITY;
        MetricResult winRate = winRateByCount(deals);
        MetricResult size = averageDealSize(deals);
        List<Long> days = cycleDays(wonInPeriod(deals, new Tally(List.of())));
        if (!winRate.defined() || !size.defined()) {
            return tally.undefined(metric, MetricUnit.AMOUNT, (winRate.defined() ? size : winRate).basis());
        }
        long totalDays = days.stream().mapToLong(Long::longValue).sum();
        if (totalDays == 0) {
            return tally.undefined(metric, MetricUnit.AMOUNT, BasisText.ZERO_CYCLE);
        }
        Fraction meanDays = Fraction.of(totalDays, days.size());
        Fraction velocity = Fraction.of(opportunities).multiply(winRate.value().orElseThrow())
                .multiply(size.value().orElseThrow()).divide(meanDays);
        return tally.result(metric, MetricUnit.AMOUNT, velocity, BasisText.velocity(opportunities, winRate, size, meanDays));
    }

    /** Forecast {@code F} and actual {@code A}, or why the forecast metrics are undefined. */
    private record ForecastTotals(BigDecimal forecast, BigDecimal actual) {
    }

    private ForecastTotals forecastTotals(Checked<Deal> deals, Set<ForecastCategory> categories, Tally tally) {
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (Deal deal : deals.good()) {
            Optional<ForecastCall> call = deal.forecast().filter(f -> categories.contains(f.category()));
            boolean won = deal.outcome() == DealOutcome.WON && Periods.contains(period, deal.closed().orElseThrow());
            if (call.isEmpty() && !won) {
                tally.exclude(deal.id(), MetricMessages.NOT_FORECAST);
                continue;
            }
            tally.count(deal.id());
            forecast = forecast.add(call.map(ForecastCall::amount).orElse(BigDecimal.ZERO));
            actual = won ? actual.add(deal.amount()) : actual;
        }
        return new ForecastTotals(forecast, actual);
    }

    MetricResult forecastAccuracy(Checked<Deal> deals, Set<ForecastCategory> categories) {
        return forecastMetric(deals, categories, BasisText.FORECAST_ACCURACY, (f, a) -> Fraction.ONE.subtract(f.subtract(a).abs().divide(f)),
                t -> BasisText.accuracy(t.forecast(), t.actual()));
    }

    MetricResult forecastBias(Checked<Deal> deals, Set<ForecastCategory> categories) {
        return forecastMetric(deals, categories, BasisText.FORECAST_BIAS, (f, a) -> f.subtract(a).divide(f),
                t -> BasisText.bias(t.forecast(), t.actual()));
    }

    /** A metric of the forecast {@code F} and the actual {@code A}; undefined for a forecast of 0. */
    private MetricResult forecastMetric(Checked<Deal> deals, Set<ForecastCategory> categories, String metric,
                                        BinaryOperator<Fraction> value, Function<ForecastTotals, String> basis) {
        Tally tally = new Tally(deals.problems());
        ForecastTotals totals = forecastTotals(deals, categories, tally);
        if (totals.forecast().signum() == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.zeroForecast(categories, totals.actual()));
        }
        return tally.result(metric, MetricUnit.PERCENT, value.apply(Fraction.of(totals.forecast()), Fraction.of(totals.actual())),
                basis.apply(totals));
    }

    MetricResult stageConversion(Checked<Deal> deals, String from, String to) {
        Tally tally = new Tally(deals.problems());
        int entered = 0;
        int reached = 0;
        for (Deal deal : deals.good()) {
            Optional<LocalDate> start = deal.stages().stream().filter(s -> s.stage().equals(from) && Periods.contains(period, s.entered()))
                    .map(StageChange::entered).min(Comparator.naturalOrder());
            if (start.isEmpty()) {
                tally.exclude(deal.id(), MetricMessages.NOT_IN_STAGE);
                continue;
            }
            tally.count(deal.id());
            entered++;
            boolean next = deal.stages().stream().anyMatch(s -> s.stage().equals(to)
                    && !s.entered().isBefore(start.get()) && !s.entered().isAfter(period.end()));
            reached += next ? 1 : 0;
        }
        String metric = BasisText.conversion(from, to);
        if (entered == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.noneEntered(from));
        }
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(reached, entered),
                BasisText.reached(reached, to, entered, from));
    }

    private static BigDecimal sum(List<Deal> deals) {
        return deals.stream().map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
