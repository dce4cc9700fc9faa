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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.blendscore.rubric.DateRange;

/**
 * Sales metrics over one period, computed from records with exact arithmetic, each by the exact
 * definition published here (and in the README's table). Every result names the records that
 * counted, the good records its definition left out and why, and the bad records (closed before
 * created, a negative amount, an unknown owner, shares that do not add up to 100%...), which are
 * reported with their id and field and left out of the metric, never dropped in silence. A metric
 * that has no value for the records (no deal closed, a forecast of zero) is undefined and says why;
 * it is never 0.
 *
 * <p>Pass the records of the subject (or group) the metric is about; crediting split deals to
 * several people's reviews is the team goals' business. Immutable and thread-safe.
 */
public final class SalesMetrics {

    private final DateRange period;
    private final RecordChecks checks;
    private final DealMetrics dealMetrics;
    private final CustomerMetrics customers;

    private SalesMetrics(DateRange period, Set<String> roster) {
        this.period = period;
        this.checks = new RecordChecks(roster);
        this.dealMetrics = new DealMetrics(period);
        this.customers = new CustomerMetrics(period);
    }

    /**
     * Metrics over a period, for records whose owners are on a roster.
     *
     * @param period the period, both days included
     * @param roster the subject ids that may own records; an owner not on it makes its record bad
     * @return the metrics
     */
    public static SalesMetrics of(DateRange period, Set<String> roster) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(roster, "roster");
        roster.forEach(o -> Objects.requireNonNull(o, MetricMessages.ROSTER_OWNER));
        return new SalesMetrics(period, roster);
    }

    /**
     * Returns the period.
     *
     * @return the period, both days included
     */
    public DateRange period() {
        return period;
    }

    /**
     * The bad deals, each problem naming the deal's id and field.
     *
     * @param deals the deals
     * @return the problems, in the order of the deals; empty when all are good
     */
    public List<RecordProblem> problems(List<Deal> deals) {
        return checks.deals(deals).problems();
    }

    /**
     * Win rate by count: deals won / deals closed (won or lost) with the closing day in the period.
     * Open deals and deals closed outside the period are excluded. Undefined when no deal closed.
     *
     * @param deals the deals
     * @return the win rate, a share
     */
    public MetricResult winRateByCount(List<Deal> deals) {
        return dealMetrics.winRateByCount(checks.deals(deals));
    }

    /**
     * Win rate by value: the amount of the deals won / the amount of the deals closed, both closed in
     * the period. Undefined when no deal closed, or the closed deals are worth 0.
     *
     * @param deals the deals
     * @return the win rate by value, a share
     */
    public MetricResult winRateByValue(List<Deal> deals) {
        return dealMetrics.winRateByValue(checks.deals(deals));
    }

    /**
     * Average deal size: the amount of the deals won in the period / their number. Undefined when
     * none was won.
     *
     * @param deals the deals
     * @return the average won amount
     */
    public MetricResult averageDealSize(List<Deal> deals) {
        return dealMetrics.averageDealSize(checks.deals(deals));
    }

    /**
     * Median sales-cycle days: the median, over the deals won in the period, of the days from created
     * to closed (the mean of the two middle values for an even count). Undefined when none was won.
     *
     * @param deals the deals
     * @return the median days
     */
    public MetricResult medianSalesCycleDays(List<Deal> deals) {
        return dealMetrics.medianSalesCycle(checks.deals(deals));
    }

    /**
     * Pipeline coverage: the amount of the pipeline at the period's start (deals created on or before
     * its first day and not closed before it) / the quota. Undefined for a quota of 0.
     *
     * @param deals the deals
     * @param quota the period's quota; not negative
     * @return the coverage, a plain ratio (3 means 3x)
     */
    public MetricResult pipelineCoverage(List<Deal> deals, BigDecimal quota) {
        Objects.requireNonNull(quota, "quota");
        if (quota.signum() < 0) {
            throw new IllegalArgumentException(MetricMessages.negativeQuota(quota));
        }
        return dealMetrics.pipelineCoverage(checks.deals(deals), quota);
    }

    /**
     * Pipeline velocity, per day: opportunities in the pipeline at the period's start x win rate by
     * count x average deal size / the mean sales-cycle days of the deals won in the period. Undefined
     * when the win rate or the average deal size is, or the mean cycle is 0 days.
     *
     * @param deals the deals
     * @return the amount the pipeline yields per day
     */
    public MetricResult pipelineVelocity(List<Deal> deals) {
        return dealMetrics.pipelineVelocity(checks.deals(deals));
    }

    /**
     * Forecast accuracy: {@code 1 - |F - A| / F}, where {@code F} is the sum of the forecast amounts
     * (as of the period's start) of the deals forecast in the given categories, and {@code A} the
     * amount of all deals won in the period. Below 0 when the miss exceeds the forecast. Undefined for
     * a forecast of 0.
     *
     * @param deals the deals
     * @param categories the forecast categories that make up the forecast, such as {@code COMMIT}
     * @return the accuracy, a share
     */
    public MetricResult forecastAccuracy(List<Deal> deals, Set<ForecastCategory> categories) {
        return dealMetrics.forecastAccuracy(checks.deals(deals), categoriesOf(categories));
    }

    /**
     * Forecast bias: {@code (F - A) / F}, with {@code F} and {@code A} as in
     * {@link #forecastAccuracy}; above 0 when the forecast was too high, below 0 when too low.
     * Undefined for a forecast of 0.
     *
     * @param deals the deals
     * @param categories the forecast categories that make up the forecast
     * @return the bias, a share
     */
    public MetricResult forecastBias(List<Deal> deals, Set<ForecastCategory> categories) {
        return dealMetrics.forecastBias(checks.deals(deals), categoriesOf(categories));
    }

    private static Set<ForecastCategory> categoriesOf(Set<ForecastCategory> categories) {
        Objects.requireNonNull(categories, "categories");
        return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
    }

    /**
     * Stage-to-stage conversion: of the deals that entered stage {@code from} in the period, the
     * share that entered stage {@code to} on or after that day and by the period's end. Undefined
     * when no deal entered {@code from}.
     *
     * @param deals the deals
     * @param from the earlier stage
     * @param to the later stage
     * @return the conversion rate, a share
     */
    public MetricResult stageConversion(List<Deal> deals, String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return dealMetrics.stageConversion(checks.deals(deals), from, to);
    }

    /**
     * Lead-to-opportunity conversion: of the activities of kind {@code lead} in the period, the share
     * that name the deal they became. A lead naming a deal not among {@code deals} is bad.
     * Undefined when there is no lead.
     *
     * @param activities the activities
     * @param deals the deals leads may have become
     * @return the conversion rate, a share
     */
    public MetricResult leadToOpportunity(List<Activity> activities, List<Deal> deals) {
        Set<String> ids = new HashSet<>();
        MetricMessages.argument(deals, "deals").forEach(d -> ids.add(d.id()));
        return customers.leadToOpportunity(checks.activities(activities, ids));
    }

    /**
     * CSAT: the share of the CSAT responses in the period whose answer is one of the scale's top two
     * (4 or 5 on a 1-5 scale). Undefined when there is none.
     *
     * @param responses the survey responses (NPS ones are excluded)
     * @return the CSAT, a share
     */
    public MetricResult csat(List<SurveyResponse> responses) {
        return customers.csat(checks.surveys(responses));
    }

    /**
     * NPS: {@code 100 x (promoters - detractors) / responses} over the NPS responses in the period,
     * promoters answering 9 or 10 and detractors 0 to 6; from -100 to 100. Undefined when there is none.
     *
     * @param responses the survey responses (CSAT ones are excluded)
     * @return the net promoter score
     */
    public MetricResult nps(List<SurveyResponse> responses) {
        return customers.nps(checks.surveys(responses));
    }

    /**
     * Net revenue retention: over the accounts with revenue in the month before the period (the base
     * month), their revenue in the period's last month / their revenue in the base month. Accounts
     * won later are excluded. Undefined when no account had revenue in the base month.
     *
     * @param revenues the accounts' monthly revenue (a month not given is 0)
     * @return the retention, a share (above 1 when expansion outweighs churn)
     */
    public MetricResult netRevenueRetention(List<AccountRevenue> revenues) {
        return customers.netRevenueRetention(checks.revenues(revenues));
    }

    /**
     * Win-back after churn: of the accounts churned by the period's start (revenue in some month
     * before the base month, none in the base month), the share with revenue again in some month of
     * the period. Undefined when no account had churned.
     *
     * @param revenues the accounts' monthly revenue (a month not given is 0)
     * @return the win-back rate, a share
     */
    public MetricResult winBack(List<AccountRevenue> revenues) {
        return customers.winBack(checks.revenues(revenues));
    }

    /**
     * Customer lifetime value by a declared formula. {@code ARPA} is the revenue of the period's
     * months / the number of account-months with revenue in them. {@code MARGIN_TIMES_LIFETIME}:
     * {@code ARPA x margin x lifetime months}. {@code MARGIN_OVER_CHURN}: {@code ARPA x margin /
     * monthly churn}, the monthly churn being the accounts of the base month with no revenue in the
     * period's last month / (the base month's accounts x the period's months). Undefined with no
     * revenue in the period, or (churn formula) when no account churned.
     *
     * @param revenues the accounts' monthly revenue
     * @param formula the declared formula
     * @return the lifetime value, an amount
     */
    public MetricResult cltv(List<AccountRevenue> revenues, CltvFormula formula) {
        Objects.requireNonNull(formula, "formula");
        return customers.cltv(checks.revenues(revenues), formula);
    }
}
