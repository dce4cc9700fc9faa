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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The texts of the metrics: argument errors, bad records and the reasons a record is left out. */
final class MetricMessages {

    /** A deal that is not won or lost. */
    static final String STILL_OPEN = "still open";
    /** A closed deal outside the period. */
    static final String CLOSED_OUTSIDE = "closed outside the period";
    /** A deal closed and lost, left out of a metric over won deals. */
    static final String LOST = "lost";
    /** A record dated outside the period. */
    static final String OUTSIDE = "outside the period";
    /** A deal not in the pipeline at the period's start. */
    static final String NOT_IN_PIPELINE = "not in the pipeline at the period's start";
    /** A deal without a forecast in the counted categories. */
    static final String NOT_FORECAST = "not forecast in the counted categories and not won in the period";
    /** An activity that is not a lead. */
    static final String NOT_A_LEAD = "not a lead";
    /** A survey response to the other question. */
    static final String OTHER_SURVEY = "another survey";
    /** A deal that did not enter the from-stage in the period. */
    static final String NOT_IN_STAGE = "did not enter the stage in the period";

    /** A survey response, as its problems name it. */
    static final String SURVEY_RESPONSE = "survey response";
    /** An account's revenue in a month, as its problems name it. */
    static final String ACCOUNT_REVENUE = "account revenue";
    /** A deal's forecast amount, as its problems name it. */
    static final String FORECAST_AMOUNT = "forecast amount";
    /** A null owner of the roster. */
    static final String ROSTER_OWNER = "an owner of the roster";

    private MetricMessages() {
    }

    /** The name of a record's part in a null's message, such as {@code amount of deal d-1}. */
    static String part(String field, String kind, String id) {
        return field + " of " + kind + " " + id;
    }

    static String marginOutOfRange(BigDecimal margin) {
        return "gross margin is " + margin.toPlainString() + ", must be from 0 to 1";
    }

    static String badLifetime(CltvKind kind, Optional<BigDecimal> months) {
        return kind == CltvKind.MARGIN_TIMES_LIFETIME
                ? "formula " + kind + " needs lifetime months greater than 0, got " + months.map(BigDecimal::toPlainString).orElse("none")
                : "formula " + kind + " reads no lifetime months, got " + months.map(BigDecimal::toPlainString).orElse("none");
    }

    static String negativeQuota(BigDecimal quota) {
        return "quota is " + quota.toPlainString() + ", must not be negative";
    }

    static String negative(String what, BigDecimal value) {
        return what + " is " + value.toPlainString() + ", must not be negative";
    }

    static String closedBeforeCreated(LocalDate closed, LocalDate created) {
        return "closed on " + closed + ", before it was created on " + created;
    }

    static String closedWithoutDay(DealOutcome outcome) {
        return "outcome is " + outcome + " but no closing day is given";
    }

    static String openWithDay(LocalDate closed) {
        return "outcome is OPEN but it closed on " + closed;
    }

    static String unknownOwner(String owner) {
        return "owner '" + owner + "' is not on the roster";
    }

    static String sharesNot100(BigDecimal sum) {
        return "owners' shares add up to " + sum.toPlainString() + "%, must be 100%";
    }

    static String noOwner() {
        return "a deal needs at least one owner";
    }

    static String duplicate(String kind, String id) {
        return kind + " id '" + id + "' is given twice; the first one counts";
    }

    static String answerOutsideScale(int answer, int bottom, int top) {
        return "answer is " + answer + ", must be from " + bottom + " to " + top;
    }

    static String badScale(SurveyKind kind, int top) {
        return kind == SurveyKind.NPS ? "an NPS scale tops at 10, got " + top : "a CSAT scale tops at 2 or more, got " + top;
    }

    static String unknownDeal(String deal) {
        return "names deal '" + deal + "', which is not among the deals";
    }

    /** Copies a record's list, naming the list and the record when the list or an element is null. */
    static <T> List<T> copyOf(List<T> list, String name, String record) {
        Objects.requireNonNull(list, () -> name + " of " + record);
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            int at = i;
            copy.add(Objects.requireNonNull(list.get(i), () -> name + "[" + at + "] of " + record));
        }
        return List.copyOf(copy);
    }

    /** Copies an argument list, naming the parameter (and the index) when the list or an element is null. */
    static <T> List<T> argument(List<T> list, String parameter) {
        Objects.requireNonNull(list, parameter);
        List<T> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            int at = i;
            copy.add(Objects.requireNonNull(list.get(i), () -> parameter + "[" + at + "]"));
        }
        return copy;
    }
}
