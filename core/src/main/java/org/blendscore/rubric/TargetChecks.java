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
package org.blendscore.rubric;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a rubric's {@link TargetRules} and the factors its quota measures name. */
final class TargetChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetChecks() {
    }

    static void check(DateRange effective, List<Section> sections, TargetRules targets, List<RubricProblem> problems) {
        Set<String> names = new HashSet<>();
        for (TargetFactor f : targets.factors()) {
            String path = "targets.factors[" + f.name() + "]";
            if (f.name().isBlank()) {
                problems.add(new RubricProblem(path, TargetMessages.factorNameBlank()));
            } else if (!names.add(f.name())) {
                problems.add(new RubricProblem(path, RubricMessages.duplicate("factor", f.name())));
            }
            if (f.min().signum() <= 0) {
                problems.add(new RubricProblem(path + ".min", TargetMessages.factorMinimumNotPositive(f.min())));
            }
            if (f.max().compareTo(f.min()) < 0) {
                problems.add(new RubricProblem(path + ".max", TargetMessages.factorMaximumBelowMinimum(f.max(), f.min())));
            }
        }
        for (Section s : sections) {
            for (Measure m : s.measures()) {
                if (m instanceof QuotaMeasure q) {
                    Set<String> seen = new HashSet<>();
                    for (String name : q.factors()) {
                        String path = "measures[" + q.id() + "].factors[" + name + "]";
                        if (!names.contains(name)) {
                            problems.add(new RubricProblem(path, TargetMessages.unknownFactor(name)));
                        } else if (!seen.add(name)) {
                            problems.add(new RubricProblem(path, RubricMessages.duplicate("factor", name)));
                        }
                    }
                }
            }
        }
        if (targets.calendar().workingDays().isEmpty()) {
            problems.add(new RubricProblem("targets.calendar.workingDays", TargetMessages.noWorkingDay()));
        }
        targets.ramp().ifPresent(r -> ramp(r, problems));
        targets.seasonality().ifPresent(season -> seasonality(effective, season, targets, problems));
        targets.reliefCapPercent().ifPresent(cap -> {
            if (cap.signum() < 0 || cap.compareTo(HUNDRED) > 0) {
                problems.add(new RubricProblem("targets.reliefCapPercent",
                        TargetMessages.reliefCapOutOfRange(cap)));
            }
        });
        if (targets.pacingAlertAfter() < 1) {
            problems.add(new RubricProblem("targets.pacingAlertAfter",
                    TargetMessages.pacingAlertOutOfRange(targets.pacingAlertAfter())));
        }
    }

    private static void ramp(RampSchedule r, List<RubricProblem> problems) {
        if (r.monthlyPercents().isEmpty()) {
            problems.add(new RubricProblem("targets.ramp.monthlyPercents", TargetMessages.noRampMonths()));
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < r.monthlyPercents().size(); i++) {
            BigDecimal p = r.monthlyPercents().get(i);
            String path = "targets.ramp.monthlyPercents[" + i + "]";
            if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0) {
                problems.add(new RubricProblem(path, TargetMessages.rampMonthOutOfRange(i + 1, p)));
            } else if (p.compareTo(previous) < 0) {
                problems.add(new RubricProblem(path, TargetMessages.rampMonthFalls(i + 1, p, previous)));
            }
            previous = p;
        }
        if (r.cutoffDay() < 1 || r.cutoffDay() > 31) {
            problems.add(new RubricProblem("targets.ramp.cutoffDay", TargetMessages.cutoffDayOutOfRange(r.cutoffDay())));
        }
    }

    private static void seasonality(DateRange effective, Seasonality season, TargetRules targets, List<RubricProblem> problems) {
        List<SeasonPart> parts = season.parts();
        if (parts.isEmpty()) {
            problems.add(new RubricProblem("targets.seasonality", TargetMessages.noSeasonParts()));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            SeasonPart p = parts.get(i);
            String path = "targets.seasonality.parts[" + p.name() + "]";
            if (!names.add(p.name())) {
                problems.add(new RubricProblem(path, TargetMessages.duplicateSeasonPart(p.name())));
            }
            if (p.weight().signum() <= 0) {
                problems.add(new RubricProblem(path + ".weight", RubricMessages.weightOutOfRange(p.weight())));
            }
            sum = sum.add(p.weight());
            if (targets.proration() == ProrationBasis.WORKING_DAYS && p.range().days() <= 3700
                    && p.range().start().datesUntil(p.range().end().plusDays(1)).noneMatch(targets.calendar()::isWorkingDay)) {
                problems.add(new RubricProblem(path + ".range", TargetMessages.seasonPartWithoutWorkingDay(p.range(), p.weight())));
            }
            java.time.LocalDate expectedStart = i == 0 ? effective.start() : parts.get(i - 1).range().end().plusDays(1);
            if (!p.range().start().equals(expectedStart)) {
                problems.add(new RubricProblem(path + ".range", TargetMessages.seasonPartStart(p.range().start(), expectedStart, effective)));
            }
        }
        if (!parts.get(parts.size() - 1).range().end().equals(effective.end())) {
            problems.add(new RubricProblem("targets.seasonality", TargetMessages.seasonPartsEnd(parts.get(parts.size() - 1).range().end(),
                    effective.end())));
        }
        if (sum.compareTo(HUNDRED) != 0) {
            problems.add(new RubricProblem("targets.seasonality", TargetMessages.seasonWeightsDoNotAddUp(sum)));
        }
    }
}
