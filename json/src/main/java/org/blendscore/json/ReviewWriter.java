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

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a review as a {@value JsonFormat#REVIEW} document in one {@link View}: every figure, band,
 * warning, reason, the coverage, the provenance and the interim date, in the review's own order. The
 * views differ only in the rating sources' raters and comments ({@link InputWriter}).
 */
final class ReviewWriter {

    private ReviewWriter() {
    }

    static ObjectNode review(Review r, View view) {
        ObjectNode out = Out.document(JsonFormat.REVIEW);
        Out.name(out, "view", view);
        out.put("subjectId", r.subjectId());
        out.set("period", RubricWriter.range(r.period()));
        r.interimAsOf().ifPresent(d -> out.put("interimAsOf", d.toString()));
        Out.decimal(out, "overall", r.overall());
        r.band().ifPresent(b -> out.put("band", b));
        r.bandBeforeGuards().ifPresent(b -> out.put("bandBeforeGuards", b));
        ObjectNode provenance = out.putObject("provenance");
        provenance.put("rubricId", r.provenance().rubricId()).put("rubricVersion", r.provenance().rubricVersion())
                .put("evidenceFingerprint", r.provenance().evidenceFingerprint());
        out.set("coverage", coverage(r.coverage()));
        ArrayNode sections = out.putArray("sections");
        for (SectionResult s : r.sections()) {
            sections.add(section(s, view));
        }
        ArrayNode reasons = out.putArray("reasons");
        for (Reason reason : r.reasons()) {
            ObjectNode node = reasons.addObject().put("measureId", reason.measureId()).put("section", reason.section());
            Out.decimal(node, "impact", reason.impact());
            Out.decimal(node, "points", reason.points());
            node.put("countedAsZero", reason.countedAsZero());
        }
        ArrayNode warnings = out.putArray("warnings");
        for (Warning w : r.warnings()) {
            ObjectNode node = warnings.addObject();
            Out.name(node, "kind", w.kind());
            node.put("path", w.path()).put("message", w.message());
        }
        return out;
    }

    private static ObjectNode coverage(Coverage c) {
        ObjectNode out = Out.object();
        out.put("overall", Fractions.write(c.overall()));
        out.put("leastForBand", Fractions.write(c.leastForBand()));
        ArrayNode sections = out.putArray("sections");
        for (SectionCoverage s : c.sections()) {
            sections.addObject().put("section", s.section()).put("covered", Fractions.write(s.covered()));
        }
        ArrayNode missing = out.putArray("missing");
        for (MissingEvidence m : c.missing()) {
            ObjectNode node = missing.addObject().put("section", m.section()).put("measureId", m.measureId());
            m.source().ifPresent(s -> node.put("source", s));
            node.put("reason", m.reason()).put("nominalShare", Fractions.write(m.nominalShare()));
        }
        return out;
    }

    private static ObjectNode section(SectionResult s, View view) {
        ObjectNode out = Out.object().put("name", s.name());
        Out.decimal(out, "weight", s.weight());
        Out.decimal(out, "effectiveWeight", s.effectiveWeight());
        Out.decimal(out, "score", s.score());
        Out.decimal(out, "contribution", s.contribution());
        ArrayNode measures = out.putArray("measures");
        for (MeasureResult m : s.measures()) {
            ObjectNode node = measures.addObject().put("id", m.id()).put("section", m.section());
            Out.decimal(node, "weight", m.weight());
            Out.decimal(node, "effectiveWeight", m.effectiveWeight());
            Out.decimal(node, "points", m.points());
            Out.decimal(node, "contribution", m.contribution());
            Out.name(node, "status", m.status());
            node.set("input", InputWriter.input(m.input(), view));
        }
        return out;
    }
}
