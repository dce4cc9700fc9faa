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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blendscore.evidence.Rating;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.review.NoInput;
import org.blendscore.review.Pacing;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.TargetStep;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.Direction;

/**
 * Reads what a measure was scored from (audit view), chosen by its {@code "kind"} from the closed set
 * {@code "quota"}, {@code "milestones"}, {@code "ratings"}, {@code "none"}.
 */
final class InputReader {

    private static final Map<String, String> KINDS = Names.closed("quota", "milestones", "ratings", "none");
    private static final Set<String> SOURCE = Set.of("source", "weight", "effectiveWeight", "anonymity", "withheld",
            "ratings", "usable", "minRatings", "value", "points", "status", "calibrated", "rawValue", "rawPoints", "offsets");

    private InputReader() {
    }

    static MeasureInput input(Cursor in) {
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
            case "ratings" -> ratings(in);
            default -> {
                in.object(Set.of("kind", "reason"));
                String reason = in.required("reason", Cursor::text);
                yield Parts.build(in, () -> new NoInput(reason), reason);
            }
        };
    }

    private static QuotaInput quota(Cursor in) {
        in.object(Set.of("kind", "actual", "target", "unit", "direction", "attainment", "rule", "targetSteps", "actualSteps",
                "pacing", "basis"));
        BigDecimal actual = in.required("actual", Cursor::decimal);
        BigDecimal target = in.required("target", Cursor::decimal);
        String unit = in.required("unit", Cursor::text);
        Direction direction = in.required("direction", c -> c.enumOf(Direction.class));
        Optional<BigDecimal> attainment = in.optional("attainment", Cursor::decimal);
        String rule = in.required("rule", Cursor::text);
        List<TargetStep> targetSteps = in.required("targetSteps", c -> c.list(ReviewReader.MOST, "steps", InputReader::step));
        List<TargetStep> actualSteps = in.required("actualSteps", c -> c.list(ReviewReader.MOST, "steps", InputReader::step));
        Optional<Pacing> pacing = in.optional("pacing", InputReader::pacing);
        Optional<String> basis = in.optional("basis", Cursor::text);
        return Parts.build(in, () -> new QuotaInput(actual, target, unit, direction, attainment, rule, targetSteps, actualSteps,
                pacing, basis), actual, target, unit, direction, attainment, rule, targetSteps, actualSteps, pacing, basis);
    }

    private static TargetStep step(Cursor in) {
        if (!in.object(Set.of("label", "operator", "value", "result", "detail"))) {
            return null;
        }
        String label = in.required("label", Cursor::text);
        String operator = in.required("operator", Cursor::text);
        BigDecimal value = in.required("value", Cursor::decimal);
        BigDecimal result = in.required("result", Cursor::decimal);
        String detail = in.required("detail", Cursor::text);
        return Parts.build(in, () -> new TargetStep(label, operator, value, result, detail), label, operator, value, result,
                detail);
    }

    private static Pacing pacing(Cursor in) {
        if (!in.object(Set.of("asOf", "expectedToDate", "actualToDate", "gap", "targetAtEnd", "projectedAtEnd",
                "pacingAttainment", "checkInsBehind"))) {
            return null;
        }
        LocalDate asOf = in.required("asOf", Cursor::date);
        BigDecimal expected = in.required("expectedToDate", Cursor::decimal);
        BigDecimal actual = in.required("actualToDate", Cursor::decimal);
        BigDecimal gap = in.required("gap", Cursor::decimal);
        BigDecimal targetAtEnd = in.required("targetAtEnd", Cursor::decimal);
        BigDecimal projected = in.required("projectedAtEnd", Cursor::decimal);
        BigDecimal attainment = in.required("pacingAttainment", Cursor::decimal);
        Integer behind = in.required("checkInsBehind", Cursor::integer);
        return Parts.build(in, () -> new Pacing(asOf, expected, actual, gap, targetAtEnd, projected, attainment, behind),
                asOf, expected, actual, gap, targetAtEnd, projected, attainment, behind);
    }

    private static MilestoneInput milestones(Cursor in) {
        in.object(Set.of("kind", "credits", "capped"));
        List<MilestoneCredit> credits = in.required("credits", c -> c.list(ReviewReader.MOST, "milestone credits",
                InputReader::credit));
        Boolean capped = in.required("capped", Cursor::bool);
        return Parts.build(in, () -> new MilestoneInput(credits, capped), credits, capped);
    }

    private static MilestoneCredit credit(Cursor in) {
        if (!in.object(Set.of("id", "detail", "points"))) {
            return null;
        }
        String id = in.required("id", Cursor::text);
        String detail = in.required("detail", Cursor::text);
        BigDecimal points = in.required("points", Cursor::decimal);
        return Parts.build(in, () -> new MilestoneCredit(id, detail, points), id, detail, points);
    }

    private static RatingInput ratings(Cursor in) {
        in.object(Set.of("kind", "aggregation", "sources"));
        Aggregation aggregation = in.required("aggregation", c -> c.enumOf(Aggregation.class));
        List<SourceResult> sources = in.required("sources", c -> c.list(ReviewReader.MOST, "sources", InputReader::source));
        return Parts.build(in, () -> new RatingInput(sources, aggregation), sources, aggregation);
    }

    private static SourceResult source(Cursor in) {
        if (!in.object(SOURCE)) {
            return null;
        }
        String source = in.required("source", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        BigDecimal effective = in.required("effectiveWeight", Cursor::decimal);
        Optional<Anonymity> anonymity = in.optional("anonymity", InputReader::anonymity);
        Boolean withheld = in.required("withheld", Cursor::bool);
        List<Rating> ratings = in.required("ratings", c -> c.list(in.limits().maxRatings(), "ratings",
                r -> rating(r, source)));
        Integer usable = in.required("usable", Cursor::integer);
        Integer least = in.required("minRatings", Cursor::integer);
        Optional<BigDecimal> value = in.optional("value", Cursor::decimal);
        Optional<BigDecimal> points = in.optional("points", Cursor::decimal);
        SourceStatus status = in.required("status", c -> c.enumOf(SourceStatus.class));
        Boolean calibrated = Parts.orElse(in.optional("calibrated", Cursor::bool), false);
        Optional<BigDecimal> rawValue = in.optional("rawValue", Cursor::decimal);
        Optional<BigDecimal> rawPoints = in.optional("rawPoints", Cursor::decimal);
        Map<String, BigDecimal> offsets = Parts.orElse(in.optional("offsets",
                c -> EvidenceReader.map(c, in.limits().maxRatings(), "offsets", Cursor::decimal)), Map.of());
        return Parts.build(in, () -> new SourceResult(source, weight, effective, ratings, usable, least, value, points, status,
                anonymity, withheld, calibrated, rawValue, rawPoints, offsets), source, weight, effective, anonymity, withheld,
                ratings, usable, least, value, points, status, calibrated, rawValue, rawPoints, offsets);
    }

    private static Anonymity anonymity(Cursor in) {
        if (!in.object(Set.of("minRaters", "commentsShown"))) {
            return null;
        }
        Integer least = in.required("minRaters", Cursor::integer);
        Boolean shown = in.required("commentsShown", Cursor::bool);
        return Parts.build(in, () -> new Anonymity(least, shown), least, shown);
    }

    private static Rating rating(Cursor in, String source) {
        if (!in.object(Set.of("raterId", "value", "comment"))) {
            return null;
        }
        String rater = in.required("raterId", Cursor::text);
        Optional<BigDecimal> value = in.required("value", EvidenceReader::ratingValue);
        Optional<String> comment = in.optional("comment", Cursor::text);
        return Parts.build(in, () -> new Rating(rater, source, value, comment), rater, source, value, comment);
    }
}
