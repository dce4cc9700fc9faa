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
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.blendscore.number.Fraction;

/** The metrics' names and the texts of how each value came about (its basis), or why it is undefined. */
final class BasisText {

    static final String WIN_RATE_BY_COUNT = "win rate by count";
    static final String WIN_RATE_BY_VALUE = "win rate by value";
    static final String AVERAGE_DEAL_SIZE = "average deal size";
    static final String MEDIAN_SALES_CYCLE = "median sales cycle";
    static final String PIPELINE_COVERAGE = "pipeline coverage";
    static final String PIPELINE_VELOCITY = "pipeline velocity";
    static final String FORECAST_ACCURACY = "forecast accuracy";
    static final String FORECAST_BIAS = "forecast bias";
    static final String LEAD_TO_OPPORTUNITY = "lead-to-opportunity conversion";
    static final String WIN_BACK = "win-back after churn";
    static final String NET_REVENUE_RETENTION = "net revenue retention";

    static final String NO_DEAL_CLOSED = "no deal closed in the period";
    static final String NO_DEAL_WON = "no deal won in the period";
    static final String QUOTA_ZERO = "the quota is 0";
    static final String ZERO_CYCLE = "the won deals' mean sales cycle is 0 days";
    static final String NO_LEAD = "no lead in the period";
    static final String NOT_CHURNED = "not churned at the period's start";
    static final String NONE_CHURNED = "no account had churned by the period's start";
    static final String NO_REVENUE = "no revenue";
    static final String NO_PERIOD_REVENUE = "no account had revenue in the period";

    private BasisText() {
    }

    static String wonOfClosed(long won, int closed) {
        return won + " won of " + closed + " closed";
    }

    static String wonOfClosed(BigDecimal won, BigDecimal closed) {
        return won.toPlainString() + " won of " + closed.toPlainString() + " closed";
    }

    static String closedWorthZero(int closed) {
        return "the " + closed + " deals closed in the period are worth 0";
    }

    static String wonPerDeal(BigDecimal total, int deals) {
        return total.toPlainString() + " won / " + deals + " deals";
    }

    static String medianOf(int n, List<Long> days) {
        return "median of " + n + " won deals' days from created to closed " + days;
    }

    static String coverage(BigDecimal pipeline, BigDecimal quota) {
        return pipeline.toPlainString() + " in pipeline / " + quota.toPlainString() + " quota";
    }

    static String velocity(int opportunities, MetricResult winRate, MetricResult size, Fraction meanDays) {
        return opportunities + " opportunities x win rate " + winRate.shown().orElseThrow() + "% x average deal "
                + size.shown().orElseThrow() + " / mean cycle " + meanDays.toBigDecimal(MetricResult.SCALE) + " days, per day";
    }

    static String accuracy(BigDecimal forecast, BigDecimal actual) {
        return "1 - |" + forecast.toPlainString() + " forecast - " + actual.toPlainString() + " won| / " + forecast.toPlainString();
    }

    static String bias(BigDecimal forecast, BigDecimal actual) {
        return "(" + forecast.toPlainString() + " forecast - " + actual.toPlainString() + " won) / " + forecast.toPlainString();
    }

    static String zeroForecast(Set<ForecastCategory> categories, BigDecimal actual) {
        return "the forecast " + categories + " is 0 (actual " + actual.toPlainString() + ")";
    }

    static String conversion(String from, String to) {
        return "conversion " + from + " to " + to;
    }

    static String noneEntered(String from) {
        return "no deal entered " + from + " in the period";
    }

    static String reached(int reached, String to, int entered, String from) {
        return reached + " reached " + to + " of " + entered + " that entered " + from;
    }

    static String becameDeals(int converted, int leads) {
        return converted + " became deals of " + leads + " leads";
    }

    static String noResponse(String survey) {
        return "no " + survey + " response in the period";
    }

    static String topTwo(long top, int n) {
        return top + " top-two answers of " + n;
    }

    static String nps(long promoters, long detractors, int n) {
        return "100 x (" + promoters + " promoters - " + detractors + " detractors) / " + n + " answers";
    }

    static String wonBack(int back, int churned) {
        return back + " won back of " + churned + " churned accounts";
    }

    static String noBaseRevenue(YearMonth base) {
        return "no revenue in the base month " + base;
    }

    static String noBaseAccount(YearMonth base) {
        return "no account had revenue in the base month " + base;
    }

    static String retention(BigDecimal last, YearMonth lastMonth, BigDecimal base, YearMonth baseMonth, int accounts) {
        return last.toPlainString() + " in " + lastMonth + " / " + base.toPlainString() + " in " + baseMonth + " from " + accounts + " accounts";
    }

    static String cltv(CltvKind kind) {
        return "CLTV (" + kind + ")";
    }

    static String arpa(BigDecimal total, int accountMonths, BigDecimal margin) {
        return "ARPA " + total.toPlainString() + " / " + accountMonths + " account-months x margin " + margin.toPlainString();
    }

    static String timesLifetime(String arpa, BigDecimal months) {
        return arpa + " x " + months.toPlainString() + " months";
    }

    static String noChurn(YearMonth base, YearMonth last) {
        return "no account of the base month " + base + " churned by " + last + ": a lifetime without bound";
    }

    static String overChurn(String arpa, int lost, int accounts, long months) {
        return arpa + " / monthly churn " + lost + " of " + accounts + " accounts over " + months + " months";
    }
}
