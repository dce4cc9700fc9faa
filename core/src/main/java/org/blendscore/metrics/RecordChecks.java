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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Finds the bad records (each problem names its record and field) and keeps the good ones. */
final class RecordChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Set<String> roster;

    RecordChecks(Set<String> roster) {
        this.roster = Set.copyOf(roster);
    }

    Checked<Deal> deals(List<Deal> deals) {
        List<Deal> good = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Deal deal : MetricMessages.argument(deals, "deals")) {
            int before = problems.size();
            BiConsumer<String, String> problem = (field, message) -> problems.add(new RecordProblem(deal.id(), field, message));
            if (!ids.add(deal.id())) {
                problem.accept("id", MetricMessages.duplicate("deal", deal.id()));
            }
            if (deal.amount().signum() < 0) {
                problem.accept("amount", MetricMessages.negative("amount", deal.amount()));
            }
            deal.closed().ifPresentOrElse(closed -> {
                if (closed.isBefore(deal.created())) {
                    problem.accept("closed", MetricMessages.closedBeforeCreated(closed, deal.created()));
                }
                if (!deal.isClosed()) {
                    problem.accept("closed", MetricMessages.openWithDay(closed));
                }
            }, () -> {
                if (deal.isClosed()) {
                    problem.accept("closed", MetricMessages.closedWithoutDay(deal.outcome()));
                }
            });
            owners(deal, problem);
            deal.forecast().filter(f -> f.amount().signum() < 0)
                    .ifPresent(f -> problem.accept("forecast.amount", MetricMessages.negative(MetricMessages.FORECAST_AMOUNT, f.amount())));
            if (problems.size() == before) {
                good.add(deal);
            }
        }
        return new Checked<>(good, problems);
    }

    private void owners(Deal deal, BiConsumer<String, String> problem) {
        if (deal.owners().isEmpty()) {
            problem.accept("owners", MetricMessages.noOwner());
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < deal.owners().size(); i++) {
            OwnerShare share = deal.owners().get(i);
            if (!roster.contains(share.owner())) {
                problem.accept("owners[" + i + "].owner", MetricMessages.unknownOwner(share.owner()));
            }
            if (share.percent().signum() < 0) {
                problem.accept("owners[" + i + "].percent", MetricMessages.negative("share", share.percent()));
            }
            sum = sum.add(share.percent());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            problem.accept("owners", MetricMessages.sharesNot100(sum));
        }
    }

    Checked<Activity> activities(List<Activity> activities, Set<String> dealIds) {
        List<Activity> good = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Activity activity : MetricMessages.argument(activities, "activities")) {
            int before = problems.size();
            if (!ids.add(activity.id())) {
                problems.add(new RecordProblem(activity.id(), "id", MetricMessages.duplicate("activity", activity.id())));
            }
            if (!roster.contains(activity.owner())) {
                problems.add(new RecordProblem(activity.id(), "owner", MetricMessages.unknownOwner(activity.owner())));
            }
            activity.deal().filter(d -> !dealIds.contains(d))
                    .ifPresent(d -> problems.add(new RecordProblem(activity.id(), "deal", MetricMessages.unknownDeal(d))));
            if (problems.size() == before) {
                good.add(activity);
            }
        }
        return new Checked<>(good, problems);
    }

    Checked<SurveyResponse> surveys(List<SurveyResponse> responses) {
        List<SurveyResponse> good = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SurveyResponse response : MetricMessages.argument(responses, "responses")) {
            int before = problems.size();
            if (!ids.add(response.id())) {
                problems.add(new RecordProblem(response.id(), "id", MetricMessages.duplicate(MetricMessages.SURVEY_RESPONSE, response.id())));
            }
            if (!roster.contains(response.owner())) {
                problems.add(new RecordProblem(response.id(), "owner", MetricMessages.unknownOwner(response.owner())));
            }
            boolean scaleOk = response.kind() == SurveyKind.NPS ? response.scaleTop() == 10 : response.scaleTop() >= 2;
            if (!scaleOk) {
                problems.add(new RecordProblem(response.id(), "scaleTop", MetricMessages.badScale(response.kind(), response.scaleTop())));
            } else if (response.answer() < response.scaleBottom() || response.answer() > response.scaleTop()) {
                problems.add(new RecordProblem(response.id(), "answer",
                        MetricMessages.answerOutsideScale(response.answer(), response.scaleBottom(), response.scaleTop())));
            }
            if (problems.size() == before) {
                good.add(response);
            }
        }
        return new Checked<>(good, problems);
    }

    Checked<AccountRevenue> revenues(List<AccountRevenue> revenues) {
        List<AccountRevenue> good = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (AccountRevenue revenue : MetricMessages.argument(revenues, "revenues")) {
            int before = problems.size();
            if (!ids.add(revenue.id())) {
                problems.add(new RecordProblem(revenue.id(), "month", MetricMessages.duplicate(MetricMessages.ACCOUNT_REVENUE, revenue.id())));
            }
            if (!roster.contains(revenue.owner())) {
                problems.add(new RecordProblem(revenue.id(), "owner", MetricMessages.unknownOwner(revenue.owner())));
            }
            if (revenue.revenue().signum() < 0) {
                problems.add(new RecordProblem(revenue.id(), "revenue", MetricMessages.negative("revenue", revenue.revenue())));
            }
            if (problems.size() == before) {
                good.add(revenue);
            }
        }
        return new Checked<>(good, problems);
    }
}
