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
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks that every decimal of a rubric is within {@link NumberLimits}, that its dates are within
 * {@link DateLimits} and that the effective period is at most {@value #MAX_EFFECTIVE_YEARS} years long, so that compiling and scoring stay
 * fast whatever a rubric from an untrusted source holds.
 */
final class RubricLimits {

    /** The longest effective period, in years. */
    static final int MAX_EFFECTIVE_YEARS = 10;

    private RubricLimits() {
    }

    static void check(DateRange effective, List<Section> sections, List<Band> bands, List<BandGuard> guards,
                      TargetRules targets, List<RubricProblem> problems) {
        if (!DateLimits.allows(effective.start())) {
            problems.add(new RubricProblem("effective.start", DateLimits.message("start", effective.start())));
        } else if (!DateLimits.allows(effective.end())) {
            problems.add(new RubricProblem("effective.end", DateLimits.message("end", effective.end())));
        } else if (!effective.end().isBefore(effective.start().plusYears(MAX_EFFECTIVE_YEARS))) {
            // both within the supported years, so ten years on is a date too
            problems.add(new RubricProblem("effective", ModelMessages.effectiveTooLong(effective, MAX_EFFECTIVE_YEARS)));
        }
        targets.seasonality().ifPresent(season -> {
            for (SeasonPart p : season.parts()) {
                if (!DateLimits.allows(p.range())) {
                    LocalDate outside = DateLimits.allows(p.range().start()) ? p.range().end() : p.range().start();
                    problems.add(new RubricProblem("targets.seasonality.parts[" + p.name() + "].range",
                            DateLimits.message("date", outside)));
                }
            }
        });
        BiConsumer<String, BigDecimal> number = (path, value) -> {
            if (!NumberLimits.allows(value)) {
                problems.add(new RubricProblem(path, NumberLimits.message("value", value)));
            }
        };
        for (Section s : sections) {
            number.accept("sections[" + s.name() + "].weight", s.weight());
            for (Measure m : s.measures()) {
                String mp = "measures[" + m.id() + "]";
                number.accept(mp + ".weight", m.weight());
                if (m instanceof QuotaMeasure q) {
                    number.accept(mp + ".target", q.target().value());
                    if (q.curve() instanceof LinearCurve lc) {
                        for (int i = 0; i < lc.breakpoints().size(); i++) {
                            number.accept(mp + ".curve.breakpoints[" + i + "].attainment", lc.breakpoints().get(i).attainment());
                            number.accept(mp + ".curve.breakpoints[" + i + "].points", lc.breakpoints().get(i).points());
                        }
                        lc.gate().ifPresent(g -> number.accept(mp + ".curve.gate", g));
                    } else if (q.curve() instanceof TierCurve tc) {
                        for (int i = 0; i < tc.tiers().size(); i++) {
                            Tier t = tc.tiers().get(i);
                            String tp = mp + ".curve.tiers[" + i + "]";
                            number.accept(tp + ".from", t.from());
                            t.to().ifPresent(to -> number.accept(tp + ".to", to));
                            number.accept(tp + ".points", t.points());
                        }
                    }
                } else if (m instanceof MilestoneMeasure ms) {
                    for (MilestoneRule rule : ms.rules()) {
                        String rp = mp + ".milestones[" + rule.id() + "]";
                        if (rule instanceof StageLadder ladder) {
                            ladder.stages().forEach(st -> number.accept(rp + ".stages[" + st.id() + "].points", st.points()));
                        } else {
                            number.accept(rp + ".points", rule.maxPoints());
                        }
                    }
                } else if (m instanceof RatingMeasure r) {
                    number.accept(mp + ".scale.min", r.scale().min());
                    number.accept(mp + ".scale.max", r.scale().max());
                    number.accept(mp + ".scale.step", r.scale().step());
                    for (int i = 0; i < r.scale().levels().size(); i++) {
                        ScaleLevel l = r.scale().levels().get(i);
                        String lp = mp + ".scale.levels[" + i + "]";
                        number.accept(lp + ".value", l.value());
                        l.points().ifPresent(p -> number.accept(lp + ".points", p));
                    }
                    r.sources().forEach(src -> number.accept(mp + ".sources[" + src.name() + "].weight", src.weight()));
                }
            }
        }
        bands.forEach(b -> number.accept("bands[" + b.label() + "].lowerBound", b.lowerBound()));
        for (int i = 0; i < guards.size(); i++) {
            number.accept("guards[" + i + "].condition.threshold", guards.get(i).condition().threshold());
        }
        targets.factors().forEach(f -> {
            number.accept("targets.factors[" + f.name() + "].min", f.min());
            number.accept("targets.factors[" + f.name() + "].max", f.max());
        });
        targets.ramp().ifPresent(r -> r.monthlyPercents().forEach(p -> number.accept("targets.ramp.monthlyPercents", p)));
        targets.seasonality().ifPresent(season -> season.parts()
                .forEach(p -> number.accept("targets.seasonality.parts[" + p.name() + "].weight", p.weight())));
        targets.reliefCapPercent().ifPresent(c -> number.accept("targets.reliefCapPercent", c));
    }
}
