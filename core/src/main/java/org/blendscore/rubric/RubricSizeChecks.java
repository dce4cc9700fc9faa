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

import java.util.List;

/**
 * Checks the counts of a rubric's parts and the lengths of its texts against {@link RubricLimits}: each
 * count and each length is looked at once, in constant time, and when a text is too long its path names
 * it by position, so no problem is made of a long text. Counts are checked before texts, and the parts of
 * a list too long are not looked at, so what a rubric far over a limit costs is bounded by the limits.
 */
final class RubricSizeChecks {

    private final List<RubricProblem> problems;

    private RubricSizeChecks(List<RubricProblem> problems) {
        this.problems = problems;
    }

    /**
     * Checks the counts, then (when they are within the limits) the texts.
     *
     * @return whether all are within the limits; if not, the problems were added
     */
    static boolean check(String id, String version, List<Section> sections, List<Band> bands, List<BandGuard> guards,
                         TargetRules targets, List<RubricProblem> problems) {
        int before = problems.size();
        RubricSizeChecks c = new RubricSizeChecks(problems);
        c.counts(sections, bands, guards, targets);
        if (problems.size() == before) {
            c.texts(id, version, sections, bands, guards, targets);
        }
        return problems.size() == before;
    }

    /** A path of a named part: by its name, or by its position when the name is too long to repeat. */
    private static String named(String prefix, String name, int index) {
        return prefix + "[" + (name.length() <= RubricLimits.MAX_ID_LENGTH ? name : String.valueOf(index)) + "]";
    }

    private void count(String path, String parts, long count, int max, String limit) {
        if (count > max) {
            problems.add(new RubricProblem(path, SizeMessages.tooManyParts(parts, count, max, "RubricLimits." + limit)));
        }
    }

    private void text(String path, String field, String text, int max, String limit) {
        if (text.length() > max) {
            problems.add(new RubricProblem(path, SizeMessages.textTooLong(field, text, max, "RubricLimits." + limit)));
        }
    }

    private void id(String path, String field, String text) {
        text(path, field, text, RubricLimits.MAX_ID_LENGTH, "MAX_ID_LENGTH");
    }

    private void counts(List<Section> sections, List<Band> bands, List<BandGuard> guards, TargetRules targets) {
        count("bands", SizeMessages.BANDS, bands.size(), RubricLimits.MAX_BANDS, "MAX_BANDS");
        count("guards", SizeMessages.BAND_GUARDS, guards.size(), RubricLimits.MAX_GUARDS, "MAX_GUARDS");
        count("targets.factors", SizeMessages.TARGET_FACTORS, targets.factors().size(), RubricLimits.MAX_TARGET_FACTORS, "MAX_TARGET_FACTORS");
        targets.seasonality().ifPresent(s -> count("targets.seasonality.parts", SizeMessages.SEASON_PARTS, s.parts().size(),
                RubricLimits.MAX_SEASON_PARTS, "MAX_SEASON_PARTS"));
        targets.ramp().ifPresent(r -> count("targets.ramp.monthlyPercents", SizeMessages.RAMP_MONTHS, r.monthlyPercents().size(),
                RubricLimits.MAX_RAMP_MONTHS, "MAX_RAMP_MONTHS"));
        count("targets.calendar.nonWorkingDates", SizeMessages.NON_WORKING_DATES, targets.calendar().nonWorkingDates().size(),
                RubricLimits.MAX_NON_WORKING_DATES, "MAX_NON_WORKING_DATES");
        if (sections.size() > RubricLimits.MAX_SECTIONS) {
            count("sections", SizeMessages.SECTIONS, sections.size(), RubricLimits.MAX_SECTIONS, "MAX_SECTIONS");
            return;
        }
        long measures = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            count(named("sections", s.name(), i) + ".measures", SizeMessages.MEASURES_IN_A_SECTION, s.measures().size(),
                    RubricLimits.MAX_MEASURES_PER_SECTION, "MAX_MEASURES_PER_SECTION");
            measures += s.measures().size();
        }
        if (measures > RubricLimits.MAX_MEASURES) {
            count("sections", SizeMessages.MEASURES, measures, RubricLimits.MAX_MEASURES, "MAX_MEASURES");
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            List<Measure> ms = sections.get(i).measures();
            for (int k = 0; k < ms.size(); k++) {
                measureCounts(named("measures", ms.get(k).id(), k), ms.get(k));
            }
        }
    }

    private void measureCounts(String mp, Measure m) {
        if (m instanceof QuotaMeasure q) {
            if (q.curve() instanceof LinearCurve lc) {
                count(mp + ".curve.breakpoints", SizeMessages.BREAKPOINTS, lc.breakpoints().size(), RubricLimits.MAX_BREAKPOINTS, "MAX_BREAKPOINTS");
            } else if (q.curve() instanceof TierCurve tc) {
                count(mp + ".curve.tiers", SizeMessages.TIERS, tc.tiers().size(), RubricLimits.MAX_TIERS, "MAX_TIERS");
            }
            count(mp + ".factors", SizeMessages.TARGET_FACTORS, q.factors().size(), RubricLimits.MAX_TARGET_FACTORS, "MAX_TARGET_FACTORS");
        } else if (m instanceof MilestoneMeasure ms) {
            if (ms.rules().size() > RubricLimits.MAX_MILESTONES) {
                count(mp + ".milestones", SizeMessages.MILESTONES, ms.rules().size(), RubricLimits.MAX_MILESTONES, "MAX_MILESTONES");
                return;
            }
            long milestones = 0;
            for (MilestoneRule rule : ms.rules()) {
                milestones += rule instanceof StageLadder ladder ? ladder.stages().size() : 1;
            }
            count(mp + ".milestones", SizeMessages.MILESTONES, milestones, RubricLimits.MAX_MILESTONES, "MAX_MILESTONES");
        } else if (m instanceof RatingMeasure r) {
            count(mp + ".scale.levels", SizeMessages.SCALE_LEVELS, r.scale().levels().size(), RubricLimits.MAX_SCALE_LEVELS, "MAX_SCALE_LEVELS");
            count(mp + ".sources", SizeMessages.RATING_SOURCES, r.sources().size(), RubricLimits.MAX_SOURCES, "MAX_SOURCES");
        }
    }

    private void texts(String id, String version, List<Section> sections, List<Band> bands, List<BandGuard> guards,
                       TargetRules targets) {
        id("id", SizeMessages.RUBRIC_ID, id);
        id("version", SizeMessages.VERSION, version);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            id(named("sections", s.name(), i) + ".name", SizeMessages.SECTION_NAME, s.name());
            for (int k = 0; k < s.measures().size(); k++) {
                Measure m = s.measures().get(k);
                String mp = named("measures", m.id(), k);
                id(mp + ".id", SizeMessages.MEASURE_ID, m.id());
                measureTexts(mp, m);
            }
        }
        for (int i = 0; i < bands.size(); i++) {
            id(named("bands", bands.get(i).label(), i) + ".label", SizeMessages.BAND_LABEL, bands.get(i).label());
        }
        for (int i = 0; i < guards.size(); i++) {
            BandGuard g = guards.get(i);
            id("guards[" + i + "].capAt", SizeMessages.BAND, g.capAt());
            id("guards[" + i + "].condition.ref", SizeMessages.SECTION_OR_MEASURE, g.condition().ref());
        }
        for (int i = 0; i < targets.factors().size(); i++) {
            TargetFactor f = targets.factors().get(i);
            String fp = named("targets.factors", f.name(), i);
            id(fp + ".name", SizeMessages.TARGET_FACTOR_NAME, f.name());
            text(fp + ".description", SizeMessages.TARGET_FACTOR_DESCRIPTION, f.description(), RubricLimits.MAX_TEXT_LENGTH, "MAX_TEXT_LENGTH");
        }
        targets.seasonality().ifPresent(season -> {
            for (int i = 0; i < season.parts().size(); i++) {
                SeasonPart p = season.parts().get(i);
                id(named("targets.seasonality.parts", p.name(), i) + ".name", SizeMessages.SEASON_PART_NAME, p.name());
            }
        });
    }

    private void measureTexts(String mp, Measure m) {
        if (m instanceof QuotaMeasure q) {
            id(mp + ".target.unit", SizeMessages.UNIT, q.target().unit());
            for (int i = 0; i < q.factors().size(); i++) {
                id(mp + ".factors[" + i + "]", SizeMessages.TARGET_FACTOR_NAME, q.factors().get(i));
            }
        } else if (m instanceof MilestoneMeasure ms) {
            for (int i = 0; i < ms.rules().size(); i++) {
                MilestoneRule rule = ms.rules().get(i);
                String rp = named(mp + ".milestones", rule.id(), i);
                id(rp + ".id", SizeMessages.MILESTONE_ID, rule.id());
                if (rule instanceof StageLadder ladder) {
                    for (int k = 0; k < ladder.stages().size(); k++) {
                        Stage st = ladder.stages().get(k);
                        id(named(rp + ".stages", st.id(), k) + ".id", SizeMessages.STAGE_ID, st.id());
                    }
                }
            }
        } else if (m instanceof RatingMeasure r) {
            for (int i = 0; i < r.scale().levels().size(); i++) {
                ScaleLevel l = r.scale().levels().get(i);
                String lp = mp + ".scale.levels[" + i + "]";
                id(lp + ".label", SizeMessages.LEVEL_LABEL, l.label());
                text(lp + ".anchor", SizeMessages.ANCHOR, l.anchor(), RubricLimits.MAX_TEXT_LENGTH, "MAX_TEXT_LENGTH");
            }
            for (int i = 0; i < r.sources().size(); i++) {
                RatingSource src = r.sources().get(i);
                id(named(mp + ".sources", src.name(), i) + ".name", SizeMessages.SOURCE_NAME, src.name());
            }
        }
    }
}
