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

import java.util.List;

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
 * to a {@link JsonGenerator}, member by member, with no tree in between; the member names are
 * pre-encoded ({@link Keys}), and the review's lists (immutable, random access) are walked by index,
 * with no iterator per list.
 */
final class ReviewWriter {

    private ReviewWriter() {
    }

    static void review(JsonGenerator g, Review r, View view) {
        g.writeStartObject();
        Out.string(g, FORMAT, REVIEW_FORMAT);
        Out.name(g, VIEW, view);
        Out.string(g, SUBJECT_ID, r.subjectId());
        Out.range(g, PERIOD, r.period());
        if (r.interimAsOf().isPresent()) {
            Out.date(g, INTERIM_AS_OF, r.interimAsOf().get());
        }
        Out.decimal(g, OVERALL, r.overall());
        Out.string(g, BAND, r.band());
        Out.string(g, BAND_BEFORE_GUARDS, r.bandBeforeGuards());
        Out.objectStart(g, PROVENANCE);
        Out.string(g, RUBRIC_ID, r.provenance().rubricId());
        Out.string(g, RUBRIC_VERSION, r.provenance().rubricVersion());
        Out.string(g, EVIDENCE_FINGERPRINT, r.provenance().evidenceFingerprint());
        g.writeEndObject();
        coverage(g, r.coverage());
        Out.arrayStart(g, SECTIONS);
        List<SectionResult> sections = r.sections();
        for (int i = 0; i < sections.size(); i++) {
            section(g, sections.get(i), view);
        }
        g.writeEndArray();
        Out.arrayStart(g, REASONS);
        List<Reason> reasons = r.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            Reason reason = reasons.get(i);
            g.writeStartObject();
            Out.string(g, MEASURE_ID, reason.measureId());
            Out.string(g, SECTION, reason.section());
            Out.decimal(g, IMPACT, reason.impact());
            Out.decimal(g, POINTS, reason.points());
            Out.bool(g, COUNTED_AS_ZERO, reason.countedAsZero());
            g.writeEndObject();
        }
        g.writeEndArray();
        Out.arrayStart(g, WARNINGS);
        List<Warning> warnings = r.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            g.writeStartObject();
            Out.name(g, KIND, w.kind());
            Out.string(g, PATH, w.path());
            Out.string(g, MESSAGE, w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, Coverage c) {
        Out.objectStart(g, COVERAGE);
        Out.fraction(g, OVERALL, c.overall());
        Out.fraction(g, LEAST_FOR_BAND, c.leastForBand());
        Out.arrayStart(g, SECTIONS);
        List<SectionCoverage> sections = c.sections();
        for (int i = 0; i < sections.size(); i++) {
            SectionCoverage s = sections.get(i);
            g.writeStartObject();
            Out.string(g, SECTION, s.section());
            Out.fraction(g, COVERED, s.covered());
            g.writeEndObject();
        }
        g.writeEndArray();
        Out.arrayStart(g, MISSING);
        List<MissingEvidence> missing = c.missing();
        for (int i = 0; i < missing.size(); i++) {
            MissingEvidence m = missing.get(i);
            g.writeStartObject();
            Out.string(g, SECTION, m.section());
            Out.string(g, MEASURE_ID, m.measureId());
            Out.string(g, SOURCE, m.source());
            Out.string(g, REASON, m.reason());
            Out.fraction(g, NOMINAL_SHARE, m.nominalShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, SectionResult s, View view) {
        g.writeStartObject();
        Out.string(g, NAME, s.name());
        Out.decimal(g, WEIGHT, s.weight());
        Out.decimal(g, EFFECTIVE_WEIGHT, s.effectiveWeight());
        Out.decimal(g, SCORE, s.score());
        Out.decimal(g, CONTRIBUTION, s.contribution());
        Out.arrayStart(g, MEASURES);
        List<MeasureResult> measures = s.measures();
        for (int i = 0; i < measures.size(); i++) {
            MeasureResult m = measures.get(i);
            g.writeStartObject();
            Out.string(g, ID, m.id());
            Out.string(g, SECTION, m.section());
            Out.decimal(g, WEIGHT, m.weight());
            Out.decimal(g, EFFECTIVE_WEIGHT, m.effectiveWeight());
            Out.decimal(g, POINTS, m.points());
            Out.decimal(g, CONTRIBUTION, m.contribution());
            Out.name(g, STATUS, m.status());
            g.writeName(INPUT);
            InputWriter.input(g, m.input(), view);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
