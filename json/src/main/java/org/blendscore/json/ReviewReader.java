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

import org.blendscore.number.Fraction;
import org.blendscore.review.Coverage;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.Provenance;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionCoverage;
import org.blendscore.review.SectionResult;
import org.blendscore.review.View;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;

/**
 * Reads an audit-view {@value JsonFormat#REVIEW} document into a {@link Review}; a subject-view
 * document is refused at {@code /view} (it leaves out what the review holds). The counts of sections,
 * measures and ratings are bounded by the {@link JsonLimits}; every other list by the most a review of
 * such a rubric can have.
 */
final class ReviewReader {

    static final Set<String> MEMBERS = Set.of("format", "view", "subjectId", "period", "interimAsOf", "overall", "band",
            "bandBeforeGuards", "provenance", "coverage", "sections", "reasons", "warnings");
    static final int MOST = 100_000;

    private ReviewReader() {
    }

    static Review review(Cursor in) {
        in.object(MEMBERS);
        View view = in.required("view", c -> c.enumOf(View.class));
        if (view == View.SUBJECT) {
            in.problems().add("/view", Messages.subjectView());
            in.problems().throwIfAny();
        }
        String subject = in.required("subjectId", Cursor::text);
        DateRange period = in.required("period", TargetRulesReader::range);
        Optional<LocalDate> interim = in.optional("interimAsOf", Cursor::date);
        BigDecimal overall = in.required("overall", Cursor::decimal);
        Optional<String> band = in.optional("band", Cursor::text);
        Optional<String> bandBeforeGuards = in.optional("bandBeforeGuards", Cursor::text);
        Provenance provenance = in.required("provenance", ReviewReader::provenance);
        Coverage coverage = in.required("coverage", ReviewReader::coverage);
        List<SectionResult> sections = in.required("sections", c -> c.list(in.limits().maxSections(), "sections",
                ReviewReader::section));
        List<Reason> reasons = in.required("reasons", c -> c.list(in.limits().maxMeasures(), "reasons", ReviewReader::reason));
        List<Warning> warnings = in.required("warnings", c -> c.list(MOST, "warnings", ReviewReader::warning));
        Review review = Parts.build(in, () -> new Review(subject, period, overall, band, bandBeforeGuards, sections, reasons,
                warnings, provenance, interim, coverage), view, subject, period, interim, overall, band, bandBeforeGuards,
                provenance, coverage, sections, reasons, warnings);
        in.problems().throwIfAny();
        return review;
    }

    private static Provenance provenance(Cursor in) {
        if (!in.object(Set.of("rubricId", "rubricVersion", "evidenceFingerprint"))) {
            return null;
        }
        String id = in.required("rubricId", Cursor::text);
        String version = in.required("rubricVersion", Cursor::text);
        String fingerprint = in.required("evidenceFingerprint", Cursor::text);
        return Parts.build(in, () -> new Provenance(id, version, fingerprint), id, version, fingerprint);
    }

    private static Coverage coverage(Cursor in) {
        if (!in.object(Set.of("overall", "leastForBand", "sections", "missing"))) {
            return null;
        }
        Fraction overall = in.required("overall", Fractions::read);
        Fraction least = in.required("leastForBand", Fractions::read);
        List<SectionCoverage> sections = in.required("sections", c -> c.list(in.limits().maxSections(), "sections",
                ReviewReader::sectionCoverage));
        List<MissingEvidence> missing = in.required("missing", c -> c.list(MOST, "missing evidence", ReviewReader::missing));
        return Parts.build(in, () -> new Coverage(overall, sections, missing, least), overall, least, sections, missing);
    }

    private static SectionCoverage sectionCoverage(Cursor in) {
        if (!in.object(Set.of("section", "covered"))) {
            return null;
        }
        String section = in.required("section", Cursor::text);
        Fraction covered = in.required("covered", Fractions::read);
        return Parts.build(in, () -> new SectionCoverage(section, covered), section, covered);
    }

    private static MissingEvidence missing(Cursor in) {
        if (!in.object(Set.of("section", "measureId", "source", "reason", "nominalShare"))) {
            return null;
        }
        String section = in.required("section", Cursor::text);
        String measure = in.required("measureId", Cursor::text);
        Optional<String> source = in.optional("source", Cursor::text);
        String reason = in.required("reason", Cursor::text);
        Fraction share = in.required("nominalShare", Fractions::read);
        return Parts.build(in, () -> new MissingEvidence(section, measure, source, reason, share),
                section, measure, source, reason, share);
    }

    private static SectionResult section(Cursor in) {
        if (!in.object(Set.of("name", "weight", "effectiveWeight", "score", "contribution", "measures"))) {
            return null;
        }
        String name = in.required("name", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        BigDecimal effective = in.required("effectiveWeight", Cursor::decimal);
        Optional<BigDecimal> score = in.optional("score", Cursor::decimal);
        BigDecimal contribution = in.required("contribution", Cursor::decimal);
        List<MeasureResult> measures = in.required("measures", c -> c.list(in.limits().maxMeasures(), "measures",
                ReviewReader::measure));
        return Parts.build(in, () -> new SectionResult(name, weight, effective, score, contribution, measures),
                name, weight, effective, score, contribution, measures);
    }

    private static MeasureResult measure(Cursor in) {
        if (!in.object(Set.of("id", "section", "weight", "effectiveWeight", "points", "contribution", "status", "input"))) {
            return null;
        }
        String id = in.required("id", Cursor::text);
        String section = in.required("section", Cursor::text);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        BigDecimal effective = in.required("effectiveWeight", Cursor::decimal);
        Optional<BigDecimal> points = in.optional("points", Cursor::decimal);
        BigDecimal contribution = in.required("contribution", Cursor::decimal);
        MeasureStatus status = in.required("status", c -> c.enumOf(MeasureStatus.class));
        MeasureInput input = in.required("input", InputReader::input);
        return Parts.build(in, () -> new MeasureResult(id, section, weight, effective, points, contribution, input, status),
                id, section, weight, effective, points, contribution, input, status);
    }

    private static Reason reason(Cursor in) {
        if (!in.object(Set.of("measureId", "section", "impact", "points", "countedAsZero"))) {
            return null;
        }
        String measure = in.required("measureId", Cursor::text);
        String section = in.required("section", Cursor::text);
        BigDecimal impact = in.required("impact", Cursor::decimal);
        BigDecimal points = in.required("points", Cursor::decimal);
        Boolean zero = in.required("countedAsZero", Cursor::bool);
        return Parts.build(in, () -> new Reason(measure, section, impact, points, zero), measure, section, impact, points,
                zero);
    }

    private static Warning warning(Cursor in) {
        if (!in.object(Set.of("kind", "path", "message"))) {
            return null;
        }
        Warning.Kind kind = in.required("kind", c -> c.oneOf(KINDS));
        String path = in.required("path", Cursor::text);
        String message = in.required("message", Cursor::text);
        return Parts.build(in, () -> new Warning(kind, path, message), kind, path, message);
    }

    private static final Map<String, Warning.Kind> KINDS = Names.of(Warning.Kind.class);
}
