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

import tools.jackson.core.JsonGenerator;

/**
 * Writes what a measure was scored from, by its {@code "kind"}: {@code "quota"}, {@code "milestones"},
 * {@code "ratings"} or {@code "none"}. A rating source is where the views differ, as
 * {@link org.blendscore.review.Review#explain(View)} does: the audit view writes every rating with its
 * rater and comment; the subject view writes a signed source's ratings with their raters but without
 * comments, and an anonymous source's ratings only as counts, with its comments (unattributed, in text
 * order) only if the source declares them shown. A withheld source has nothing to write in either view.
 * Written straight to a {@link JsonGenerator}, with no tree in between.
 */
final class InputWriter {

    private InputWriter() {
    }

    static void input(JsonGenerator g, MeasureInput input, View view) {
        g.writeStartObject();
        if (input instanceof QuotaInput q) {
            g.writeStringProperty("kind", "quota");
            Out.decimal(g, "actual", q.actual());
            Out.decimal(g, "target", q.target());
            g.writeStringProperty("unit", q.unit());
            Out.name(g, "direction", q.direction());
            Out.decimal(g, "attainment", q.attainment());
            g.writeStringProperty("rule", q.rule());
            steps(g, "targetSteps", q.targetSteps());
            steps(g, "actualSteps", q.actualSteps());
            if (q.pacing().isPresent()) {
                pacing(g, q.pacing().get());
            }
            if (q.basis().isPresent()) {
                g.writeStringProperty("basis", q.basis().get());
            }
        } else if (input instanceof MilestoneInput m) {
            g.writeStringProperty("kind", "milestones");
            g.writeArrayPropertyStart("credits");
            for (MilestoneCredit c : m.credits()) {
                g.writeStartObject();
                g.writeStringProperty("id", c.id());
                g.writeStringProperty("detail", c.detail());
                Out.decimal(g, "points", c.points());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeBooleanProperty("capped", m.capped());
        } else if (input instanceof RatingInput r) {
            g.writeStringProperty("kind", "ratings");
            Out.name(g, "aggregation", r.aggregation());
            g.writeArrayPropertyStart("sources");
            for (SourceResult s : r.sources()) {
                source(g, s, view);
            }
            g.writeEndArray();
        } else if (input instanceof NoInput n) {
            g.writeStringProperty("kind", "none");
            g.writeStringProperty("reason", n.reason());
        }
        g.writeEndObject();
    }

    private static void steps(JsonGenerator g, String name, List<TargetStep> steps) {
        g.writeArrayPropertyStart(name);
        for (TargetStep s : steps) {
            g.writeStartObject();
            g.writeStringProperty("label", s.label());
            g.writeStringProperty("operator", s.operator());
            Out.decimal(g, "value", s.value());
            Out.decimal(g, "result", s.result());
            g.writeStringProperty("detail", s.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void pacing(JsonGenerator g, Pacing p) {
        g.writeObjectPropertyStart("pacing");
        g.writeStringProperty("asOf", p.asOf().toString());
        Out.decimal(g, "expectedToDate", p.expectedToDate());
        Out.decimal(g, "actualToDate", p.actualToDate());
        Out.decimal(g, "gap", p.gap());
        Out.decimal(g, "targetAtEnd", p.targetAtEnd());
        Out.decimal(g, "projectedAtEnd", p.projectedAtEnd());
        Out.decimal(g, "pacingAttainment", p.pacingAttainment());
        g.writeNumberProperty("checkInsBehind", p.checkInsBehind());
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, SourceResult s, View view) {
        g.writeStartObject();
        g.writeStringProperty("source", s.source());
        Out.decimal(g, "weight", s.weight());
        Out.decimal(g, "effectiveWeight", s.effectiveWeight());
        if (s.anonymity().isPresent()) {
            g.writeObjectPropertyStart("anonymity");
            g.writeNumberProperty("minRaters", s.anonymity().get().minRaters());
            g.writeBooleanProperty("commentsShown", s.anonymity().get().commentsShown());
            g.writeEndObject();
        }
        g.writeBooleanProperty("withheld", s.withheld());
        boolean unnamed = view == View.SUBJECT && s.anonymity().isPresent();
        if (unnamed) {
            g.writeNumberProperty("ratingCount", s.ratings().size());
            if (s.anonymity().get().commentsShown()) {
                g.writeArrayPropertyStart("comments");
                for (String c : s.ratings().stream().map(Rating::comment).flatMap(Optional::stream)
                        .sorted(Comparator.naturalOrder()).toList()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
        } else {
            g.writeArrayPropertyStart("ratings");
            for (Rating rating : s.ratings()) {
                g.writeStartObject();
                g.writeStringProperty("raterId", rating.raterId());
                if (rating.value().isPresent()) {
                    Out.decimal(g, "value", rating.value().get());
                } else {
                    g.writeStringProperty("value", EvidenceReader.NOT_APPLICABLE);
                }
                if (view == View.AUDIT && rating.comment().isPresent()) {
                    g.writeStringProperty("comment", rating.comment().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeNumberProperty("usable", s.usable());
        g.writeNumberProperty("minRatings", s.minRatings());
        Out.decimal(g, "value", s.value());
        Out.decimal(g, "points", s.points());
        Out.name(g, "status", s.status());
        if (s.calibrated()) {
            // the values as given beside the calibrated ones; a signed source's offsets by rater, sorted
            g.writeBooleanProperty("calibrated", true);
            Out.decimal(g, "rawValue", s.rawValue());
            Out.decimal(g, "rawPoints", s.rawPoints());
            g.writeObjectPropertyStart("offsets");
            for (var offset : new TreeMap<>(s.offsets()).entrySet()) {
                Out.decimal(g, offset.getKey(), offset.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
