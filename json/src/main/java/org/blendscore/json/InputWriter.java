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

import static org.blendscore.json.Keys.*;

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
import tools.jackson.core.SerializableString;

/**
 * Writes what a measure was scored from, by its {@code "kind"}: {@code "quota"}, {@code "milestones"},
 * {@code "ratings"} or {@code "none"}. A rating source is where the views differ, as
 * {@link org.blendscore.review.Review#explain(View)} does: the audit view writes every rating with its
 * rater and comment; the subject view writes a signed source's ratings with their raters but without
 * comments, and an anonymous source's ratings only as counts, with its comments (unattributed, in text
 * order) only if the source declares them shown. A withheld source has nothing to write in either view.
 * Written straight to a {@link JsonGenerator}, with no tree in between, names pre-encoded ({@link Keys})
 * and lists walked by index (see {@link ReviewWriter}).
 */
final class InputWriter {

    private InputWriter() {
    }

    static void input(JsonGenerator g, MeasureInput input, View view) {
        g.writeStartObject();
        if (input instanceof QuotaInput q) {
            Out.string(g, KIND, QUOTA_KIND);
            Out.decimal(g, ACTUAL, q.actual());
            Out.decimal(g, TARGET, q.target());
            Out.string(g, UNIT, q.unit());
            Out.name(g, DIRECTION, q.direction());
            Out.decimal(g, ATTAINMENT, q.attainment());
            Out.string(g, RULE, q.rule());
            steps(g, TARGET_STEPS, q.targetSteps());
            steps(g, ACTUAL_STEPS, q.actualSteps());
            if (q.pacing().isPresent()) {
                pacing(g, q.pacing().get());
            }
            Out.string(g, BASIS, q.basis());
        } else if (input instanceof MilestoneInput m) {
            Out.string(g, KIND, MILESTONES_KIND);
            Out.arrayStart(g, CREDITS);
            List<MilestoneCredit> credits = m.credits();
            for (int i = 0; i < credits.size(); i++) {
                MilestoneCredit c = credits.get(i);
                g.writeStartObject();
                Out.string(g, ID, c.id());
                Out.string(g, DETAIL, c.detail());
                Out.decimal(g, POINTS, c.points());
                g.writeEndObject();
            }
            g.writeEndArray();
            Out.bool(g, CAPPED, m.capped());
        } else if (input instanceof RatingInput r) {
            Out.string(g, KIND, RATINGS_KIND);
            Out.name(g, AGGREGATION, r.aggregation());
            Out.arrayStart(g, SOURCES);
            List<SourceResult> sources = r.sources();
            for (int i = 0; i < sources.size(); i++) {
                source(g, sources.get(i), view);
            }
            g.writeEndArray();
        } else if (input instanceof NoInput n) {
            Out.string(g, KIND, NONE_KIND);
            Out.string(g, REASON, n.reason());
        }
        g.writeEndObject();
    }

    private static void steps(JsonGenerator g, SerializableString name, List<TargetStep> steps) {
        Out.arrayStart(g, name);
        for (int i = 0; i < steps.size(); i++) {
            TargetStep s = steps.get(i);
            g.writeStartObject();
            Out.string(g, LABEL, s.label());
            Out.string(g, OPERATOR, s.operator());
            Out.decimal(g, VALUE, s.value());
            Out.decimal(g, RESULT, s.result());
            Out.string(g, DETAIL, s.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void pacing(JsonGenerator g, Pacing p) {
        Out.objectStart(g, PACING);
        Out.date(g, AS_OF, p.asOf());
        Out.decimal(g, EXPECTED_TO_DATE, p.expectedToDate());
        Out.decimal(g, ACTUAL_TO_DATE, p.actualToDate());
        Out.decimal(g, GAP, p.gap());
        Out.decimal(g, TARGET_AT_END, p.targetAtEnd());
        Out.decimal(g, PROJECTED_AT_END, p.projectedAtEnd());
        Out.decimal(g, PACING_ATTAINMENT, p.pacingAttainment());
        Out.number(g, CHECK_INS_BEHIND, p.checkInsBehind());
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, SourceResult s, View view) {
        g.writeStartObject();
        Out.string(g, SOURCE, s.source());
        Out.decimal(g, WEIGHT, s.weight());
        Out.decimal(g, EFFECTIVE_WEIGHT, s.effectiveWeight());
        if (s.anonymity().isPresent()) {
            Out.objectStart(g, ANONYMITY);
            Out.number(g, MIN_RATERS, s.anonymity().get().minRaters());
            Out.bool(g, COMMENTS_SHOWN, s.anonymity().get().commentsShown());
            g.writeEndObject();
        }
        Out.bool(g, WITHHELD, s.withheld());
        boolean unnamed = view == View.SUBJECT && s.anonymity().isPresent();
        if (unnamed) {
            Out.number(g, RATING_COUNT, s.ratings().size());
            if (s.anonymity().get().commentsShown()) {
                Out.arrayStart(g, COMMENTS);
                for (String c : s.ratings().stream().map(Rating::comment).flatMap(Optional::stream)
                        .sorted(Comparator.naturalOrder()).toList()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
        } else {
            ratings(g, s.ratings(), view);
        }
        Out.number(g, USABLE, s.usable());
        Out.number(g, MIN_RATINGS, s.minRatings());
        Out.decimal(g, VALUE, s.value());
        Out.decimal(g, POINTS, s.points());
        Out.name(g, STATUS, s.status());
        if (s.calibrated()) {
            // the values as given beside the calibrated ones; a signed source's offsets by rater, sorted
            Out.bool(g, CALIBRATED, true);
            Out.decimal(g, RAW_VALUE, s.rawValue());
            Out.decimal(g, RAW_POINTS, s.rawPoints());
            Out.objectStart(g, OFFSETS);
            for (var offset : new TreeMap<>(s.offsets()).entrySet()) {
                Out.decimal(g, offset.getKey(), offset.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A source's ratings with their raters; their comments in the audit view only. */
    private static void ratings(JsonGenerator g, List<Rating> ratings, View view) {
        Out.arrayStart(g, RATINGS);
        for (int i = 0; i < ratings.size(); i++) {
            Rating rating = ratings.get(i);
            g.writeStartObject();
            Out.string(g, RATER_ID, rating.raterId());
            if (rating.value().isPresent()) {
                Out.decimal(g, VALUE, rating.value().get());
            } else {
                Out.string(g, VALUE, NOT_APPLICABLE);
            }
            if (view == View.AUDIT) {
                Out.string(g, COMMENT, rating.comment());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
