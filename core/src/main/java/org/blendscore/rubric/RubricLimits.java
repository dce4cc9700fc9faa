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
 * The limits of a rubric: how many of each part it may have, how long its texts may be, and (checked
 * here too) that every decimal is within {@link NumberLimits}, that its dates are within
 * {@link DateLimits} and that the effective period is at most {@value #MAX_EFFECTIVE_YEARS} years long,
 * so that building, compiling and scoring stay fast whatever a rubric from an untrusted source holds.
 * Each limit is named in the error that enforces it.
 *
 * <p>The counts are far above what a rubric published to sales people needs (a handful of sections,
 * a few dozen measures, a dozen breakpoints or tiers) and at or above what the library's hostile-input
 * tests build and score in linear time (100,000 breakpoints, 40,000 tiers and guards), so that a
 * generated rubric is never refused for its size alone; they bound what an untrusted rubric costs.
 * Rating sources are few by nature (manager, customer, peer, self), and each rating is matched to its
 * source, so they are bounded more tightly. Texts: an id, name or label fits in
 * {@value #MAX_ID_LENGTH} characters (an e-mail address has at most 254), a prose text (an anchor, a
 * description) in {@value #MAX_TEXT_LENGTH}, a page of text and the usual bound of a database text
 * column. The counts and lengths are checked first, each in constant time, before any other check
 * builds a path or a message from the rubric's texts.
 */
public final class RubricLimits {

    /** The longest effective period, in years. */
    public static final int MAX_EFFECTIVE_YEARS = 10;

    /** The most sections of a rubric. */
    public static final int MAX_SECTIONS = 100_000;

    /** The most measures of one section. */
    public static final int MAX_MEASURES_PER_SECTION = 100_000;

    /** The most measures of a rubric, in all its sections. */
    public static final int MAX_MEASURES = 100_000;

    /** The most breakpoints of one linear curve. */
    public static final int MAX_BREAKPOINTS = 100_000;

    /** The most tiers of one tier table. */
    public static final int MAX_TIERS = 100_000;

    /** The most milestones of one milestone measure: its milestones, counted milestones and ladder stages together. */
    public static final int MAX_MILESTONES = 100_000;

    /** The most levels of one rating scale (a scale has a level for each step from its minimum to its maximum). */
    public static final int MAX_SCALE_LEVELS = 10_000;

    /** The most rating sources of one rating measure. */
    public static final int MAX_SOURCES = 100;

    /** The most bands of a rubric. */
    public static final int MAX_BANDS = 100_000;

    /** The most band guards of a rubric. */
    public static final int MAX_GUARDS = 100_000;

    /** The most target factors a rubric declares, and the most factors one quota measure names. */
    public static final int MAX_TARGET_FACTORS = 100_000;

    /** The most parts of a seasonality. */
    public static final int MAX_SEASON_PARTS = 100_000;

    /** The most months of a ramp schedule. */
    public static final int MAX_RAMP_MONTHS = 100_000;

    /** The most non-working dates of a work calendar. */
    public static final int MAX_NON_WORKING_DATES = 100_000;

    /**
     * The longest id, name or label, in characters (UTF-16 units): the rubric's id and version, section
     * names, measure ids, units, milestone and stage ids, scale level labels, source names, band labels,
     * the band and the section or measure a guard names, target factor names, season part names.
     */
    public static final int MAX_ID_LENGTH = 256;

    /** The longest prose text, in characters (UTF-16 units): a scale level's anchor, a target factor's description. */
    public static final int MAX_TEXT_LENGTH = 4_000;

    private RubricLimits() {
    }

    /**
     * The message for more parts of one kind than a limit allows, as rubrics and evidence give it.
     *
     * @param parts what the parts are, plural ({@code breakpoints})
     * @param count how many were given
     * @param max how many are supported
     * @param limit the name of the limit ({@code RubricLimits.MAX_BREAKPOINTS})
     * @return the message
     */
    public static String countMessage(String parts, long count, int max, String limit) {
        return SizeMessages.tooManyParts(parts, count, max, limit);
    }

    /**
     * The message for a text longer than a limit allows, as rubrics and evidence give it: the text is
     * shown by its first 20 characters only.
     *
     * @param field what the text is
     * @param text the text, longer than {@code max}, and {@code max} at least 20
     * @param max how many characters are supported
     * @param limit the name of the limit ({@code RubricLimits.MAX_ID_LENGTH})
     * @return the message
     */
    public static String lengthMessage(String field, String text, int max, String limit) {
        return SizeMessages.textTooLong(field, text, max, limit);
    }

    static void check(String id, String version, DateRange effective, List<Section> sections, List<Band> bands, List<BandGuard> guards,
                      TargetRules targets, List<RubricProblem> problems) {
        if (!RubricSizeChecks.check(id, version, sections, bands, guards, targets, problems)) {
            // too many parts or too long a text: nothing else is looked at, no path is made of a long text
            return;
        }
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
