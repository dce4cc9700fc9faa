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
package org.blendscore.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.analysis.RuleCheck;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;

/**
 * The values of the published rubric's templates (HTML and Markdown): every part of a rubric in its
 * declaration order, as text, and the analysis's figures for the fairness rules it declares.
 */
final class RubricView {

    private RubricView() {
    }

    static Map<String, Object> of(Rubric rubric) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rubric.id());
        m.put("version", rubric.version());
        m.put("start", rubric.effective().start().toString());
        m.put("end", rubric.effective().end().toString());
        m.put("scale", Integer.toString(rubric.scale()));
        m.put("policy", words(rubric.missingEvidence()));
        m.put("leastCoverage", Plot.decimal(rubric.bandRules().leastCoverage()));
        m.put("belowLeastCoverage", words(rubric.bandRules().belowLeastCoverage()));
        m.put("bandReading", words(rubric.bandRules().reading()));
        List<Map<String, Object>> sections = new ArrayList<>();
        int chart = 0;
        for (Section s : rubric.sections()) {
            List<Map<String, Object>> measures = new ArrayList<>();
            for (Measure measure : s.measures()) {
                measures.add(measure(measure, "curve-" + chart++));
            }
            sections.add(Map.of("name", s.name(), "weight", Plot.decimal(s.weight()),
                    "policy", s.missingEvidence().map(RubricView::words).orElse(words(rubric.missingEvidence())), "measures", measures));
        }
        m.put("sections", sections);
        List<Map<String, Object>> bands = new ArrayList<>();
        rubric.bands().forEach(b -> bands.add(Map.of("label", b.label(), "lowerBound", Plot.decimal(b.lowerBound()))));
        m.put("bands", bands);
        List<Map<String, Object>> guards = new ArrayList<>();
        for (BandGuard g : rubric.guards()) {
            guards.add(Map.of("condition", words(g.condition().scope()) + " " + g.condition().ref() + " " + g.condition().comparison().symbol()
                    + " " + Plot.decimal(g.condition().threshold()), "capAt", g.capAt(),
                    "unknown", g.failOpen() ? "not applied (fails open)" : "applied (fails closed)"));
        }
        m.put("guards", guards);
        m.put("hasGuards", !guards.isEmpty());
        m.put("targets", targets(rubric.targets()));
        m.put("fairness", fairness(rubric));
        return m;
    }

    private static Map<String, Object> measure(Measure measure, String chartId) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (measure instanceof QuotaMeasure q) {
            m.put("id", q.id());
            m.put("weight", Plot.decimal(q.weight()));
            m.put("family", "quota");
            m.put("quota", quota(q, chartId));
            q.missingEvidence().ifPresent(p -> m.put("ownPolicy", words(p)));
        } else if (measure instanceof MilestoneMeasure ms) {
            m.put("id", ms.id());
            m.put("weight", Plot.decimal(ms.weight()));
            m.put("family", "milestones");
            List<Map<String, Object>> rules = new ArrayList<>();
            for (MilestoneRule r : ms.rules()) {
                rules.addAll(rule(r));
            }
            m.put("milestones", Map.of("rules", rules, "capAt100", ms.capAt100() ? "capped at 100 points" : "not capped"));
            ms.missingEvidence().ifPresent(p -> m.put("ownPolicy", words(p)));
        } else if (measure instanceof RatingMeasure r) {
            m.put("id", r.id());
            m.put("weight", Plot.decimal(r.weight()));
            m.put("family", "ratings");
            m.put("rating", rating(r));
            r.missingEvidence().ifPresent(p -> m.put("ownPolicy", words(p)));
        }
        return m;
    }

    private static Map<String, Object> quota(QuotaMeasure q, String chartId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", Plot.decimal(q.target().value()) + " " + q.target().unit());
        m.put("kind", words(q.target().kind()));
        m.put("direction", words(q.direction()));
        m.put("factors", q.factors().isEmpty() ? "none" : String.join(", ", q.factors()));
        Map<String, Object> chart = CurveChart.of(q.id(), q.curve());
        chart.put("chartId", chartId);
        m.put("chart", chart);
        if (q.curve() instanceof LinearCurve l) {
            List<Map<String, Object>> points = new ArrayList<>();
            for (Breakpoint b : l.breakpoints()) {
                points.add(Map.of("attainment", CurveChart.percent(b.attainment()), "points", Plot.decimal(b.points())));
            }
            m.put("breakpoints", points);
            m.put("has_breakpoints", true);
            m.put("gate", l.gate().map(CurveChart::percent).orElse("none"));
            m.put("capped", l.capped() ? "yes: nothing more above the last breakpoint" : "no: the last segment goes on");
        } else if (q.curve() instanceof TierCurve t) {
            List<Map<String, Object>> tiers = new ArrayList<>();
            for (Tier tier : t.tiers()) {
                tiers.add(Map.of("from", CurveChart.percent(tier.from()), "to", tier.to().map(CurveChart::percent).orElse("and above"),
                        "points", Plot.decimal(tier.points())));
            }
            m.put("tiers", tiers);
            m.put("has_tiers", true);
            m.put("tierEdge", words(t.edge()));
        }
        return m;
    }

    private static List<Map<String, Object>> rule(MilestoneRule rule) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (rule instanceof Milestone ms) {
            rows.add(Map.of("milestone", ms.id(), "how", "reached", "points", Plot.decimal(ms.points())));
        } else if (rule instanceof StageLadder ladder) {
            ladder.stages().forEach(s -> rows.add(Map.of("milestone", ladder.id() + ": " + s.id(), "how", "stage reached (the highest counts)",
                    "points", Plot.decimal(s.points()))));
        } else if (rule instanceof CountedMilestone c) {
            rows.add(Map.of("milestone", c.id(), "how", c.target() + " times (pro rata below)", "points", Plot.decimal(c.points())));
        }
        return rows;
    }

    private static Map<String, Object> rating(RatingMeasure r) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (ScaleLevel l : r.scale().levels()) {
            levels.add(Map.of("value", Plot.decimal(l.value()), "label", l.label(), "anchor", l.anchor(),
                    "points", l.points().map(Plot::decimal).orElse(Plot.decimal(r.scale().linearPoints(l.value(), 2)))));
        }
        List<Map<String, Object>> sources = new ArrayList<>();
        for (RatingSource s : r.sources()) {
            String anonymity = s.anonymity().map(a -> "anonymous: shown only from " + a.minRaters() + " raters, without rater ids; comments "
                    + (a.commentsShown() ? "shown unattributed" : "not shown")).orElse("signed: raters are named");
            sources.add(Map.of("name", s.name(), "weight", Plot.decimal(s.weight()), "minRatings", Integer.toString(s.minRatings()),
                    "anonymity", anonymity, "calibrated", s.calibrated() ? "yes" : "no"));
        }
        return Map.of("scale", Plot.decimal(r.scale().min()) + " to " + Plot.decimal(r.scale().max()) + " in steps of "
                + Plot.decimal(r.scale().step()), "aggregation", words(r.aggregation()), "levels", levels, "sources", sources);
    }

    private static Map<String, Object> targets(TargetRules t) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> factors = new ArrayList<>();
        t.factors().forEach(f -> factors.add(Map.of("name", f.name(), "min", Plot.decimal(f.min()), "max", Plot.decimal(f.max()),
                "description", f.description())));
        m.put("factors", factors);
        m.put("has_factors", !factors.isEmpty());
        m.put("proration", words(t.proration()));
        m.put("ramp", t.ramp().map(r -> "new hires: " + String.join("%, ", r.monthlyPercents().stream().map(Plot::decimal).toList())
                + "% of target in their first months (a start after day " + r.cutoffDay() + " counts from the next month)").orElse("none"));
        List<Map<String, Object>> seasons = new ArrayList<>();
        t.seasonality().ifPresent(s -> s.parts().forEach(p -> seasons.add(Map.of("name", p.name(), "start", p.range().start().toString(),
                "end", p.range().end().toString(), "weight", Plot.decimal(p.weight())))));
        m.put("seasons", seasons);
        m.put("has_seasons", !seasons.isEmpty());
        m.put("reliefCap", t.reliefCapPercent().map(p -> Plot.decimal(p) + "% of the target").orElse("none"));
        m.put("pacingAlertAfter", Integer.toString(t.pacingAlertAfter()));
        return m;
    }

    private static List<Map<String, Object>> fairness(Rubric rubric) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleCheck c : RubricAnalysis.of(rubric).check(rubric.fairness())) {
            rows.add(Map.of("rule", c.rule().key(), "description", rubric.fairness().describe(c.rule()),
                    "limit", c.limit().map(Plot::decimal).orElse("\u2014"), "measured", Plot.decimal(c.measured().toBigDecimal(4)),
                    "holds", c.holds() ? "holds" : "broken", "finding", c.finding()));
        }
        return rows;
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static <T> List<T> listOf(Optional<T> value) {
        return value.map(List::of).orElse(List.of());
    }
}
