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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.DateRange;

/** The metrics over activities, survey responses and accounts' revenue, as {@link SalesMetrics} publishes them. */
final class CustomerMetrics {

    private final DateRange period;

    CustomerMetrics(DateRange period) {
        this.period = period;
    }

    MetricResult leadToOpportunity(Checked<Activity> activities) {
        Tally tally = new Tally(activities.problems());
        int leads = 0;
        int converted = 0;
        for (Activity activity : activities.good()) {
            if (!activity.kind().equals(Activity.LEAD)) {
                tally.exclude(activity.id(), MetricMessages.NOT_A_LEAD);
            } else if (!Periods.contains(period, activity.day())) {
                tally.exclude(activity.id(), MetricMessages.OUTSIDE);
            } else {
                tally.count(activity.id());
                leads++;
                converted += activity.deal().isPresent() ? 1 : 0;
            }
        }
        String metric = BasisText.LEAD_TO_OPPORTUNITY;
        if (leads == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.NO_LEAD);
        }
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(converted, leads), BasisText.becameDeals(converted, leads));
    }

    MetricResult csat(Checked<SurveyResponse> responses) {
        Tally tally = surveysInPeriod(responses, SurveyKind.CSAT);
        long top = responses.good().stream().filter(r -> counts(r, SurveyKind.CSAT) && r.answer() >= r.scaleTop() - 1).count();
        int n = tally.counted();
        if (n == 0) {
            return tally.undefined("CSAT", MetricUnit.PERCENT, BasisText.noResponse("CSAT"));
        }
        return tally.result("CSAT", MetricUnit.PERCENT, Fraction.of(top, n), BasisText.topTwo(top, n));
    }

    MetricResult nps(Checked<SurveyResponse> responses) {
        Tally tally = surveysInPeriod(responses, SurveyKind.NPS);
        long promoters = responses.good().stream().filter(r -> counts(r, SurveyKind.NPS) && r.answer() >= 9).count();
        long detractors = responses.good().stream().filter(r -> counts(r, SurveyKind.NPS) && r.answer() <= 6).count();
        int n = tally.counted();
        if (n == 0) {
            return tally.undefined("NPS", MetricUnit.NUMBER, BasisText.noResponse("NPS"));
        }
        return tally.result("NPS", MetricUnit.NUMBER, Fraction.of(100 * (promoters - detractors), n),
                BasisText.nps(promoters, detractors, n));
    }

    private boolean counts(SurveyResponse response, SurveyKind kind) {
        return response.kind() == kind && Periods.contains(period, response.day());
    }

    private Tally surveysInPeriod(Checked<SurveyResponse> responses, SurveyKind kind) {
        Tally tally = new Tally(responses.problems());
        for (SurveyResponse response : responses.good()) {
            if (response.kind() != kind) {
                tally.exclude(response.id(), MetricMessages.OTHER_SURVEY);
            } else if (!Periods.contains(period, response.day())) {
                tally.exclude(response.id(), MetricMessages.OUTSIDE);
            } else {
                tally.count(response.id());
            }
        }
        return tally;
    }

    /** Each account's revenue by month, accounts in the order first given. */
    private static Map<String, TreeMap<YearMonth, BigDecimal>> byAccount(Checked<AccountRevenue> revenues) {
        Map<String, TreeMap<YearMonth, BigDecimal>> accounts = new LinkedHashMap<>();
        revenues.good().forEach(r -> accounts.computeIfAbsent(r.account(), a -> new TreeMap<>()).put(r.month(), r.revenue()));
        return accounts;
    }

    private static BigDecimal in(TreeMap<YearMonth, BigDecimal> months, YearMonth month) {
        return months.getOrDefault(month, BigDecimal.ZERO);
    }

    MetricResult winBack(Checked<AccountRevenue> revenues) {
        Tally tally = new Tally(revenues.problems());
        YearMonth base = Periods.baseMonth(period);
        int churned = 0;
        int back = 0;
        for (Map.Entry<String, TreeMap<YearMonth, BigDecimal>> account : byAccount(revenues).entrySet()) {
            TreeMap<YearMonth, BigDecimal> months = account.getValue();
            boolean wasCustomer = months.headMap(base).values().stream().anyMatch(r -> r.signum() > 0);
            if (!wasCustomer || in(months, base).signum() > 0) {
                tally.exclude(account.getKey(), BasisText.NOT_CHURNED);
                continue;
            }
            tally.count(account.getKey());
            churned++;
            back += months.subMap(base, false, Periods.lastMonth(period), true).values().stream().anyMatch(r -> r.signum() > 0) ? 1 : 0;
        }
        String metric = BasisText.WIN_BACK;
        if (churned == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.NONE_CHURNED);
        }
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(back, churned), BasisText.wonBack(back, churned));
    }

    /** The accounts with revenue in the base month, their base and last-month revenue. */
    private record Cohort(int accounts, BigDecimal base, BigDecimal last, int lost) {
    }

    private Cohort cohort(Checked<AccountRevenue> revenues, Tally tally) {
        int accounts = 0;
        int lost = 0;
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal last = BigDecimal.ZERO;
        for (Map.Entry<String, TreeMap<YearMonth, BigDecimal>> account : byAccount(revenues).entrySet()) {
            BigDecimal start = in(account.getValue(), Periods.baseMonth(period));
            if (start.signum() == 0) {
                tally.exclude(account.getKey(), BasisText.noBaseRevenue(Periods.baseMonth(period)));
                continue;
            }
            tally.count(account.getKey());
            accounts++;
            BigDecimal end = in(account.getValue(), Periods.lastMonth(period));
            lost += end.signum() == 0 ? 1 : 0;
            base = base.add(start);
            last = last.add(end);
        }
        return new Cohort(accounts, base, last, lost);
    }

    MetricResult netRevenueRetention(Checked<AccountRevenue> revenues) {
        Tally tally = new Tally(revenues.problems());
        Cohort cohort = cohort(revenues, tally);
        String metric = BasisText.NET_REVENUE_RETENTION;
        if (cohort.accounts() == 0) {
            return tally.undefined(metric, MetricUnit.PERCENT, BasisText.noBaseAccount(Periods.baseMonth(period)));
        }
        return tally.result(metric, MetricUnit.PERCENT, Fraction.of(cohort.last()).divide(Fraction.of(cohort.base())),
                BasisText.retention(cohort.last(), Periods.lastMonth(period), cohort.base(), Periods.baseMonth(period), cohort.accounts()));
    }

    MetricResult cltv(Checked<AccountRevenue> revenues, CltvFormula formula) {
        String metric = BasisText.cltv(formula.kind());
        Tally tally = new Tally(revenues.problems());
        BigDecimal total = BigDecimal.ZERO;
        int accountMonths = 0;
        for (AccountRevenue revenue : revenues.good()) {
            boolean inPeriod = !revenue.month().isBefore(Periods.firstMonth(period)) && !revenue.month().isAfter(Periods.lastMonth(period));
            if (!inPeriod || revenue.revenue().signum() == 0) {
                tally.exclude(revenue.id(), inPeriod ? BasisText.NO_REVENUE : MetricMessages.OUTSIDE);
                continue;
            }
            tally.count(revenue.id());
            total = total.add(revenue.revenue());
            accountMonths++;
        }
        if (accountMonths == 0) {
            return tally.undefined(metric, MetricUnit.AMOUNT, BasisText.NO_PERIOD_REVENUE);
        }
        Fraction arpa = Fraction.of(total).divide(Fraction.of(accountMonths));
        Fraction margin = Fraction.of(formula.grossMargin());
        String arpaText = BasisText.arpa(total, accountMonths, formula.grossMargin());
        if (formula.kind() == CltvKind.MARGIN_TIMES_LIFETIME) {
            BigDecimal months = formula.lifetimeMonths().orElseThrow();
            return tally.result(metric, MetricUnit.AMOUNT, arpa.multiply(margin).multiply(Fraction.of(months)),
                    BasisText.timesLifetime(arpaText, months));
        }
        Cohort cohort = cohort(revenues, new Tally(revenues.problems()));
        long periodMonths = ChronoUnit.MONTHS.between(Periods.firstMonth(period), Periods.lastMonth(period)) + 1;
        if (cohort.lost() == 0) {
            return tally.undefined(metric, MetricUnit.AMOUNT, BasisText.noChurn(Periods.baseMonth(period), Periods.lastMonth(period)));
        }
        Fraction churn = Fraction.of(cohort.lost(), cohort.accounts() * periodMonths);
        return tally.result(metric, MetricUnit.AMOUNT, arpa.multiply(margin).divide(churn),
                BasisText.overChurn(arpaText, cohort.lost(), cohort.accounts(), periodMonths));
    }
}
