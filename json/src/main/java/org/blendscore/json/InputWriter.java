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

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.blendscore.evidence.Rating;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.review.NoInput;
import org.blendscore.review.Pacing;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.review.TargetStep;
import org.blendscore.review.View;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what a measure was scored from, by its {@code "kind"}: {@code "quota"}, {@code "milestones"},
 * {@code "ratings"} or {@code "none"}. A rating source is where the views differ, as
 * {@link org.blendscore.review.Review#explain(View)} does: the audit view writes every rating with its
 * rater and comment; the subject view writes a signed source's ratings with their raters but without
 * comments, and an anonymous source's ratings only as counts, with its comments (unattributed, in text
 * order) only if the source declares them shown. A withheld source has nothing to write in either view.
 */
final class InputWriter {

    private InputWriter() {
    }

    static ObjectNode input(MeasureInput input, View view) {
        ObjectNode out = Out.object();
        if (input instanceof QuotaInput q) {
            out.put("kind", "quota");
            Out.decimal(out, "actual", q.actual());
            Out.decimal(out, "target", q.target());
            out.put("unit", q.unit());
            Out.name(out, "direction", q.direction());
            Out.decimal(out, "attainment", q.attainment());
            out.put("rule", q.rule());
            steps(out.putArray("targetSteps"), q.targetSteps());
            steps(out.putArray("actualSteps"), q.actualSteps());
            q.pacing().ifPresent(p -> out.set("pacing", pacing(p)));
        } else if (input instanceof MilestoneInput m) {
            out.put("kind", "milestones");
            ArrayNode credits = out.putArray("credits");
            for (MilestoneCredit c : m.credits()) {
                Out.decimal(credits.addObject().put("id", c.id()).put("detail", c.detail()), "points", c.points());
            }
            out.put("capped", m.capped());
        } else if (input instanceof RatingInput r) {
            out.put("kind", "ratings");
            Out.name(out, "aggregation", r.aggregation());
            ArrayNode sources = out.putArray("sources");
            for (SourceResult s : r.sources()) {
                sources.add(source(s, view));
            }
        } else if (input instanceof NoInput n) {
            out.put("kind", "none");
            out.put("reason", n.reason());
        }
        return out;
    }

    private static void steps(ArrayNode out, List<TargetStep> steps) {
        for (TargetStep s : steps) {
            ObjectNode node = out.addObject().put("label", s.label()).put("operator", s.operator());
            Out.decimal(node, "value", s.value());
            Out.decimal(node, "result", s.result());
            node.put("detail", s.detail());
        }
    }

    private static ObjectNode pacing(Pacing p) {
        ObjectNode out = Out.object().put("asOf", p.asOf().toString());
        Out.decimal(out, "expectedToDate", p.expectedToDate());
        Out.decimal(out, "actualToDate", p.actualToDate());
        Out.decimal(out, "gap", p.gap());
        Out.decimal(out, "targetAtEnd", p.targetAtEnd());
        Out.decimal(out, "projectedAtEnd", p.projectedAtEnd());
        Out.decimal(out, "pacingAttainment", p.pacingAttainment());
        out.put("checkInsBehind", p.checkInsBehind());
        return out;
    }

    private static ObjectNode source(SourceResult s, View view) {
        ObjectNode out = Out.object().put("source", s.source());
        Out.decimal(out, "weight", s.weight());
        Out.decimal(out, "effectiveWeight", s.effectiveWeight());
        s.anonymity().ifPresent(a -> out.putObject("anonymity").put("minRaters", a.minRaters())
                .put("commentsShown", a.commentsShown()));
        out.put("withheld", s.withheld());
        boolean unnamed = view == View.SUBJECT && s.anonymity().isPresent();
        if (unnamed) {
            out.put("ratingCount", s.ratings().size());
            if (s.anonymity().get().commentsShown()) {
                ArrayNode comments = out.putArray("comments");
                s.ratings().stream().map(Rating::comment).flatMap(Optional::stream).sorted(Comparator.naturalOrder())
                        .forEach(comments::add);
            }
        } else {
            ArrayNode ratings = out.putArray("ratings");
            for (Rating rating : s.ratings()) {
                ObjectNode node = ratings.addObject().put("raterId", rating.raterId());
                node.put("value", rating.value().map(Decimals::write).orElse(EvidenceReader.NOT_APPLICABLE));
                if (view == View.AUDIT) {
                    rating.comment().ifPresent(c -> node.put("comment", c));
                }
            }
        }
        out.put("usable", s.usable());
        out.put("minRatings", s.minRatings());
        Out.decimal(out, "value", s.value());
        Out.decimal(out, "points", s.points());
        Out.name(out, "status", s.status());
        if (s.calibrated()) {
            // the values as given beside the calibrated ones; a signed source's offsets by rater, sorted
            out.put("calibrated", true);
            Out.decimal(out, "rawValue", s.rawValue());
            Out.decimal(out, "rawPoints", s.rawPoints());
            ObjectNode offsets = out.putObject("offsets");
            new TreeMap<>(s.offsets()).forEach((rater, offset) -> Out.decimal(offsets, rater, offset));
        }
        return out;
    }
}
