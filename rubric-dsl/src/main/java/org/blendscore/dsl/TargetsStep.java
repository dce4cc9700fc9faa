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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;

/**
 * How a rubric's base targets become each subject's effective targets: factors, proration, ramp,
 * seasonality, relief cap and pacing alerts. Immutable: every option returns a new step. Numbers may
 * be given as {@code BigDecimal}, taken exactly, or as {@code double}, read as its shortest decimal
 * string (see {@link RubricDsl}).
 */
public final class TargetsStep {

    private static final String RELIEF_CAP = "relief cap";

    /** The rules but their factors, which are {@link #factors}: a step adds a factor without copying the others. */
    private final TargetRules rules;
    private final Chain<TargetFactor> factors;

    TargetsStep(TargetRules rules) {
        this(withoutFactors(rules), Chain.of(rules.factors()));
    }

    private TargetsStep(TargetRules rules, Chain<TargetFactor> factors) {
        this.rules = rules;
        this.factors = factors;
    }

    private static TargetRules withoutFactors(TargetRules r) {
        return new TargetRules(List.of(), r.proration(), r.calendar(), r.ramp(), r.seasonality(), r.reliefCapPercent(),
                r.pacingAlertAfter());
    }

    private TargetsStep with(Chain<TargetFactor> factors, ProrationBasis proration, WorkCalendar calendar,
                             Optional<RampSchedule> ramp, Optional<Seasonality> seasonality, Optional<BigDecimal> cap, int alert) {
        return new TargetsStep(new TargetRules(List.of(), proration, calendar, ramp, seasonality, cap, alert), factors);
    }

    /**
     * Declares an adjustment factor that quota measures may name with {@link QuotaStep#factors(String...)}.
     *
     * @param name the factor name, such as {@code territory}
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param description what it reflects
     * @return a new step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public TargetsStep factor(String name, double min, double max, String description) {
        return factor(name, Decimals.of(min, "minimum of factor " + name), Decimals.of(max, "maximum of factor " + name),
                description);
    }

    /**
     * Declares an adjustment factor with an exact range, such as {@code factor("territory", new BigDecimal("0.8"),
     * new BigDecimal("1.2"), "...")}.
     *
     * @param name the factor name, such as {@code territory}
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param description what it reflects
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public TargetsStep factor(String name, BigDecimal min, BigDecimal max, String description) {
        Chain<TargetFactor> next = factors.append(new TargetFactor(Args.notNull(name, "factor name"), Decimals.of(min, "minimum of factor " + name),
                Decimals.of(max, "maximum of factor " + name), Args.notNull(description, "description of factor " + name)));
        return with(next, rules.proration(), rules.calendar(), rules.ramp(), rules.seasonality(), rules.reliefCapPercent(),
                rules.pacingAlertAfter());
    }

    /**
     * Every calendar day counts the same (the default).
     *
     * @return a new step
     */
    public TargetsStep calendarDays() {
        return with(factors, ProrationBasis.CALENDAR_DAYS, rules.calendar(), rules.ramp(), rules.seasonality(),
                rules.reliefCapPercent(), rules.pacingAlertAfter());
    }

    /**
     * Only the calendar's working days count.
     *
     * @param calendar the working-day calendar, such as {@link WorkCalendar#weekdays()}
     * @return a new step
     * @throws NullPointerException if {@code calendar} is null
     */
    public TargetsStep workingDays(WorkCalendar calendar) {
        return with(factors, ProrationBasis.WORKING_DAYS, Args.notNull(calendar, "working-day calendar"), rules.ramp(),
                rules.seasonality(), rules.reliefCapPercent(), rules.pacingAlertAfter());
    }

    /**
     * A ramp for new hires: percent of target by month of tenure, as in {@code ramp(15, 25, 50, 75, 100)}.
     *
     * @param cutoffDay a start after this day of the month begins the ramp in the next month
     * @param monthlyPercents percent of target for tenure month 1, 2, ..., each read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if a percent is NaN or infinite
     * @throws NullPointerException if {@code monthlyPercents} is null
     */
    public TargetsStep ramp(int cutoffDay, double... monthlyPercents) {
        List<BigDecimal> percents = new ArrayList<>();
        for (double p : Args.notNull(monthlyPercents, "ramp percents")) {
            percents.add(Decimals.of(p, rampPercent(percents.size())));
        }
        return ramp(cutoffDay, percents);
    }

    /**
     * A ramp for new hires with exact percents of target by month of tenure.
     *
     * @param cutoffDay a start after this day of the month begins the ramp in the next month
     * @param monthlyPercents percent of target for tenure month 1, 2, ...
     * @return a new step
     * @throws NullPointerException if the list or a percent in it is null
     */
    public TargetsStep ramp(int cutoffDay, List<BigDecimal> monthlyPercents) {
        List<BigDecimal> percents = new ArrayList<>();
        for (BigDecimal p : Args.notNull(monthlyPercents, "ramp percents")) {
            percents.add(Decimals.of(p, rampPercent(percents.size())));
        }
        return with(factors, rules.proration(), rules.calendar(), Optional.of(new RampSchedule(percents, cutoffDay)),
                rules.seasonality(), rules.reliefCapPercent(), rules.pacingAlertAfter());
    }

    /**
     * Splits the period target across sub-periods.
     *
     * @param seasonality the parts and weights, such as {@link Seasonality#quarters}
     * @return a new step
     * @throws NullPointerException if {@code seasonality} is null
     */
    public TargetsStep seasonality(Seasonality seasonality) {
        return with(factors, rules.proration(), rules.calendar(), rules.ramp(),
                Optional.of(Args.notNull(seasonality, "seasonality")), rules.reliefCapPercent(), rules.pacingAlertAfter());
    }

    /**
     * Splits a calendar year's target across its quarters.
     *
     * @param year the year
     * @param q1 weight of Q1, percent
     * @param q2 weight of Q2
     * @param q3 weight of Q3
     * @param q4 weight of Q4
     * @return a new step
     * @throws IllegalArgumentException if a weight is NaN or infinite
     */
    public TargetsStep quarters(int year, double q1, double q2, double q3, double q4) {
        return quarters(year, Decimals.of(q1, "Q1 weight"), Decimals.of(q2, "Q2 weight"), Decimals.of(q3, "Q3 weight"),
                Decimals.of(q4, "Q4 weight"));
    }

    /**
     * Splits a calendar year's target across its quarters, with exact weights.
     *
     * @param year the year
     * @param q1 weight of Q1, percent
     * @param q2 weight of Q2
     * @param q3 weight of Q3
     * @param q4 weight of Q4
     * @return a new step
     * @throws NullPointerException if a weight is null
     */
    public TargetsStep quarters(int year, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4) {
        return seasonality(Seasonality.quarters(year, Decimals.of(q1, "Q1 weight"), Decimals.of(q2, "Q2 weight"),
                Decimals.of(q3, "Q3 weight"), Decimals.of(q4, "Q4 weight")));
    }

    /**
     * Caps the total relief of a measure at a share of its target before relief.
     *
     * @param percent the cap, percent
     * @return a new step
     * @throws IllegalArgumentException if {@code percent} is NaN or infinite
     */
    public TargetsStep reliefCap(double percent) {
        return reliefCap(Decimals.of(percent, RELIEF_CAP));
    }

    /**
     * Caps the total relief of a measure at an exact share of its target before relief.
     *
     * @param percent the cap, percent
     * @return a new step
     * @throws NullPointerException if {@code percent} is null
     */
    public TargetsStep reliefCap(BigDecimal percent) {
        return with(factors, rules.proration(), rules.calendar(), rules.ramp(), rules.seasonality(),
                Optional.of(Decimals.of(percent, RELIEF_CAP)), rules.pacingAlertAfter());
    }

    private static String rampPercent(int index) {
        return "ramp percent of tenure month " + (index + 1);
    }

    /**
     * Warns when an interim review finds the subject behind at this many consecutive check-ins (default 3).
     *
     * @param checkIns the number of check-ins
     * @return a new step
     */
    public TargetsStep pacingAlertAfter(int checkIns) {
        return with(factors, rules.proration(), rules.calendar(), rules.ramp(), rules.seasonality(),
                rules.reliefCapPercent(), checkIns);
    }

    TargetRules rules() {
        return new TargetRules(factors.toList(), rules.proration(), rules.calendar(), rules.ramp(), rules.seasonality(),
                rules.reliefCapPercent(), rules.pacingAlertAfter());
    }
}
