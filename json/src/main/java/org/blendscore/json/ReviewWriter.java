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

import org.blendscore.review.Coverage;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionCoverage;
import org.blendscore.review.SectionResult;
import org.blendscore.review.View;
import org.blendscore.review.Warning;

import tools.jackson.core.JsonGenerator;

/**
 * Writes a review as a {@value JsonFormat#REVIEW} document in one {@link View}: every figure, band,
 * warning, reason, the coverage, the provenance and the interim date, in the review's own order. The
 * views differ only in the rating sources' raters and comments ({@link InputWriter}). Written straight
 * to a {@link JsonGenerator}, member by member, with no tree in between.
 */
final class ReviewWriter {

    private ReviewWriter() {
    }

    static void review(JsonGenerator g, Review r, View view) {
        g.writeStartObject();
        g.writeStringProperty("format", JsonFormat.REVIEW);
        Out.name(g, "view", view);
        g.writeStringProperty("subjectId", r.subjectId());
        g.writeName("period");
        Out.range(g, r.period());
        if (r.interimAsOf().isPresent()) {
            g.writeStringProperty("interimAsOf", r.interimAsOf().get().toString());
        }
        Out.decimal(g, "overall", r.overall());
        if (r.band().isPresent()) {
            g.writeStringProperty("band", r.band().get());
        }
        if (r.bandBeforeGuards().isPresent()) {
            g.writeStringProperty("bandBeforeGuards", r.bandBeforeGuards().get());
        }
        g.writeObjectPropertyStart("provenance");
        g.writeStringProperty("rubricId", r.provenance().rubricId());
        g.writeStringProperty("rubricVersion", r.provenance().rubricVersion());
        g.writeStringProperty("evidenceFingerprint", r.provenance().evidenceFingerprint());
        g.writeEndObject();
        coverage(g, r.coverage());
        g.writeArrayPropertyStart("sections");
        for (SectionResult s : r.sections()) {
            section(g, s, view);
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("reasons");
        for (Reason reason : r.reasons()) {
            g.writeStartObject();
            g.writeStringProperty("measureId", reason.measureId());
            g.writeStringProperty("section", reason.section());
            Out.decimal(g, "impact", reason.impact());
            Out.decimal(g, "points", reason.points());
            g.writeBooleanProperty("countedAsZero", reason.countedAsZero());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("warnings");
        for (Warning w : r.warnings()) {
            g.writeStartObject();
            Out.name(g, "kind", w.kind());
            g.writeStringProperty("path", w.path());
            g.writeStringProperty("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, Coverage c) {
        g.writeObjectPropertyStart("coverage");
        Out.fraction(g, "overall", c.overall());
        Out.fraction(g, "leastForBand", c.leastForBand());
        g.writeArrayPropertyStart("sections");
        for (SectionCoverage s : c.sections()) {
            g.writeStartObject();
            g.writeStringProperty("section", s.section());
            Out.fraction(g, "covered", s.covered());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("missing");
        for (MissingEvidence m : c.missing()) {
            g.writeStartObject();
            g.writeStringProperty("section", m.section());
            g.writeStringProperty("measureId", m.measureId());
            if (m.source().isPresent()) {
                g.writeStringProperty("source", m.source().get());
            }
            g.writeStringProperty("reason", m.reason());
            Out.fraction(g, "nominalShare", m.nominalShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, SectionResult s, View view) {
        g.writeStartObject();
        g.writeStringProperty("name", s.name());
        Out.decimal(g, "weight", s.weight());
        Out.decimal(g, "effectiveWeight", s.effectiveWeight());
        Out.decimal(g, "score", s.score());
        Out.decimal(g, "contribution", s.contribution());
        g.writeArrayPropertyStart("measures");
        for (MeasureResult m : s.measures()) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("section", m.section());
            Out.decimal(g, "weight", m.weight());
            Out.decimal(g, "effectiveWeight", m.effectiveWeight());
            Out.decimal(g, "points", m.points());
            Out.decimal(g, "contribution", m.contribution());
            Out.name(g, "status", m.status());
            g.writeName("input");
            InputWriter.input(g, m.input(), view);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
