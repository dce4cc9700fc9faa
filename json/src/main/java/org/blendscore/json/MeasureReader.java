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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Target;

/**
 * Reads a measure by its {@code "kind"}, a closed set: {@code "quota"}, {@code "milestones"} or
 * {@code "rating"}; and a milestone rule by its own: {@code "milestone"}, {@code "ladder"} or
 * {@code "counted"}.
 */
final class MeasureReader {

    static final int MOST_PARTS = 1_000;
    private static final Map<String, String> KINDS = Names.closed("quota", "milestones", "rating");
    private static final Map<String, String> RULES = Names.closed("milestone", "ladder", "counted");
    private static final Set<String> QUOTA = Set.of("kind", "id", "weight", "target", "direction", "curve", "factors",
            "missingEvidence");
    private static final Set<String> MILESTONES = Set.of("kind", "id", "weight", "milestones", "capAt100", "missingEvidence");
    private static final Set<String> RATING = Set.of("kind", "id", "weight", "scale", "sources", "aggregation",
            "missingEvidence");

    private MeasureReader() {
    }

    static Measure measure(Cursor in) {
        if (!in.isObject()) {
            return null;
        }
        String kind = in.required("kind", c -> c.oneOf(KINDS));
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "quota" -> quota(in);
            case "milestones" -> milestones(in);
            default -> rating(in);
        };
    }

    private static Measure quota(Cursor in) {
        in.object(QUOTA);
        String id = in.required("id", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        Target target = in.required("target", MeasureReader::target);
        Direction direction = in.required("direction", c -> c.enumOf(Direction.class));
        Curve curve = in.required("curve", CurveReader::curve);
        List<String> factors = Parts.orElse(in.optional("factors", c -> c.list(MOST_PARTS, "factors", Cursor::text)), List.of());
        Optional<MissingEvidencePolicy> policy = policy(in);
        return Parts.build(in, () -> new QuotaMeasure(id, weight, target, direction, curve, factors, policy),
                id, weight, target, direction, curve, factors, policy);
    }

    private static Target target(Cursor in) {
        if (!in.object(Set.of("value", "unit", "quantity"))) {
            return null;
        }
        BigDecimal value = in.required("value", Cursor::decimal);
        String unit = in.required("unit", Cursor::text);
        QuantityKind kind = in.required("quantity", c -> c.enumOf(QuantityKind.class));
        return Parts.build(in, () -> new Target(value, unit, kind), value, unit, kind);
    }

    private static Measure milestones(Cursor in) {
        in.object(MILESTONES);
        String id = in.required("id", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        List<MilestoneRule> rules = in.required("milestones", c -> c.list(MOST_PARTS, "milestone rules", MeasureReader::rule));
        Boolean cap = in.required("capAt100", Cursor::bool);
        Optional<MissingEvidencePolicy> policy = policy(in);
        return Parts.build(in, () -> new MilestoneMeasure(id, weight, rules, cap, policy), id, weight, rules, cap, policy);
    }

    private static MilestoneRule rule(Cursor in) {
        if (!in.isObject()) {
            return null;
        }
        String kind = in.required("kind", c -> c.oneOf(RULES));
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case "milestone" -> {
                in.object(Set.of("kind", "id", "points"));
                String id = in.required("id", Cursor::text);
                BigDecimal points = in.required("points", Cursor::decimal);
                return Parts.build(in, () -> new Milestone(id, points), id, points);
            }
            case "ladder" -> {
                in.object(Set.of("kind", "id", "stages"));
                String id = in.required("id", Cursor::text);
                List<Stage> stages = in.required("stages", c -> c.list(MOST_PARTS, "stages", MeasureReader::stage));
                return Parts.build(in, () -> new StageLadder(id, stages), id, stages);
            }
            default -> {
                in.object(Set.of("kind", "id", "target", "points"));
                String id = in.required("id", Cursor::text);
                Integer target = in.required("target", Cursor::integer);
                BigDecimal points = in.required("points", Cursor::decimal);
                return Parts.build(in, () -> new CountedMilestone(id, target, points), id, target, points);
            }
        }
    }

    private static Stage stage(Cursor in) {
        if (!in.object(Set.of("id", "points"))) {
            return null;
        }
        String id = in.required("id", Cursor::text);
        BigDecimal points = in.required("points", Cursor::decimal);
        return Parts.build(in, () -> new Stage(id, points), id, points);
    }

    private static Measure rating(Cursor in) {
        in.object(RATING);
        String id = in.required("id", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        RatingScale scale = in.required("scale", MeasureReader::scale);
        List<RatingSource> sources = in.required("sources", c -> c.list(MOST_PARTS, "sources", MeasureReader::source));
        Aggregation aggregation = in.required("aggregation", c -> c.enumOf(Aggregation.class));
        Optional<MissingEvidencePolicy> policy = policy(in);
        return Parts.build(in, () -> new RatingMeasure(id, weight, scale, sources, aggregation, policy),
                id, weight, scale, sources, aggregation, policy);
    }

    private static RatingScale scale(Cursor in) {
        if (!in.object(Set.of("min", "max", "step", "levels"))) {
            return null;
        }
        BigDecimal min = in.required("min", Cursor::decimal);
        BigDecimal max = in.required("max", Cursor::decimal);
        BigDecimal step = in.required("step", Cursor::decimal);
        List<ScaleLevel> levels = in.required("levels", c -> c.list(MOST_PARTS, "levels", MeasureReader::level));
        return Parts.build(in, () -> new RatingScale(min, max, step, levels), min, max, step, levels);
    }

    private static ScaleLevel level(Cursor in) {
        if (!in.object(Set.of("value", "label", "anchor", "points"))) {
            return null;
        }
        BigDecimal value = in.required("value", Cursor::decimal);
        String label = in.required("label", Cursor::text);
        String anchor = in.required("anchor", Cursor::text);
        Optional<BigDecimal> points = in.optional("points", Cursor::decimal);
        return Parts.build(in, () -> new ScaleLevel(value, label, anchor, points), value, label, anchor, points);
    }

    private static RatingSource source(Cursor in) {
        if (!in.object(Set.of("name", "weight", "minRatings", "anonymity", "calibrated"))) {
            return null;
        }
        String name = in.required("name", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        Integer least = in.required("minRatings", Cursor::integer);
        Optional<Anonymity> anonymity = in.optional("anonymity", MeasureReader::anonymity);
        boolean calibrated = in.optional("calibrated", Cursor::bool).orElse(false);
        return Parts.build(in, () -> new RatingSource(name, weight, least, anonymity, calibrated), name, weight, least, anonymity);
    }

    private static Anonymity anonymity(Cursor in) {
        if (!in.object(Set.of("minRaters", "commentsShown"))) {
            return null;
        }
        Integer least = in.required("minRaters", Cursor::integer);
        Boolean shown = in.required("commentsShown", Cursor::bool);
        return Parts.build(in, () -> new Anonymity(least, shown), least, shown);
    }

    static Optional<MissingEvidencePolicy> policy(Cursor in) {
        return in.optional("missingEvidence", c -> c.enumOf(MissingEvidencePolicy.class));
    }
}
