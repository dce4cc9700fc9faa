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
package org.blendscore.json;

import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a measure (with its curve, milestone rules or scale) under its {@code "kind"}. */
final class MeasureWriter {

    private MeasureWriter() {
    }

    static ObjectNode measure(Measure measure) {
        ObjectNode out = Out.object();
        if (measure instanceof QuotaMeasure q) {
            out.put("kind", "quota").put("id", q.id());
            Out.decimal(out, "weight", q.weight());
            ObjectNode target = out.putObject("target");
            Out.decimal(target, "value", q.target().value());
            target.put("unit", q.target().unit());
            Out.name(target, "quantity", q.target().kind());
            Out.name(out, "direction", q.direction());
            out.set("curve", curve(q.curve()));
            ArrayNode factors = out.putArray("factors");
            q.factors().forEach(factors::add);
        } else if (measure instanceof MilestoneMeasure m) {
            out.put("kind", "milestones").put("id", m.id());
            Out.decimal(out, "weight", m.weight());
            ArrayNode rules = out.putArray("milestones");
            m.rules().forEach(r -> rules.add(rule(r)));
            out.put("capAt100", m.capAt100());
        } else if (measure instanceof RatingMeasure r) {
            out.put("kind", "rating").put("id", r.id());
            Out.decimal(out, "weight", r.weight());
            ObjectNode scale = out.putObject("scale");
            Out.decimal(scale, "min", r.scale().min());
            Out.decimal(scale, "max", r.scale().max());
            Out.decimal(scale, "step", r.scale().step());
            ArrayNode levels = scale.putArray("levels");
            for (ScaleLevel l : r.scale().levels()) {
                ObjectNode level = levels.addObject();
                Out.decimal(level, "value", l.value());
                level.put("label", l.label()).put("anchor", l.anchor());
                Out.decimal(level, "points", l.points());
            }
            ArrayNode sources = out.putArray("sources");
            for (RatingSource s : r.sources()) {
                ObjectNode source = sources.addObject().put("name", s.name());
                Out.decimal(source, "weight", s.weight());
                source.put("minRatings", s.minRatings());
                s.anonymity().ifPresent(a -> source.putObject("anonymity").put("minRaters", a.minRaters())
                        .put("commentsShown", a.commentsShown()));
                if (s.calibrated()) {
                    source.put("calibrated", true);
                }
            }
            Out.name(out, "aggregation", r.aggregation());
        }
        measure.missingEvidence().ifPresent(p -> Out.name(out, "missingEvidence", p));
        return out;
    }

    private static ObjectNode rule(MilestoneRule rule) {
        ObjectNode out = Out.object();
        if (rule instanceof Milestone m) {
            out.put("kind", "milestone").put("id", m.id());
            Out.decimal(out, "points", m.points());
        } else if (rule instanceof StageLadder l) {
            out.put("kind", "ladder").put("id", l.id());
            ArrayNode stages = out.putArray("stages");
            for (Stage s : l.stages()) {
                Out.decimal(stages.addObject().put("id", s.id()), "points", s.points());
            }
        } else if (rule instanceof CountedMilestone c) {
            out.put("kind", "counted").put("id", c.id()).put("target", c.target());
            Out.decimal(out, "points", c.points());
        }
        return out;
    }

    private static ObjectNode curve(Curve curve) {
        ObjectNode out = Out.object();
        if (curve instanceof LinearCurve l) {
            out.put("kind", "linear");
            ArrayNode points = out.putArray("breakpoints");
            for (Breakpoint b : l.breakpoints()) {
                ObjectNode point = points.addObject();
                Out.decimal(point, "attainment", b.attainment());
                Out.decimal(point, "points", b.points());
            }
            Out.decimal(out, "gate", l.gate());
            out.put("capped", l.capped());
        } else if (curve instanceof TierCurve t) {
            out.put("kind", "tiers");
            ArrayNode tiers = out.putArray("tiers");
            for (Tier tier : t.tiers()) {
                ObjectNode node = tiers.addObject();
                Out.decimal(node, "from", tier.from());
                Out.decimal(node, "to", tier.to());
                Out.decimal(node, "points", tier.points());
            }
            Out.name(out, "edge", t.edge());
        }
        return out;
    }
}
