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
package org.blendscore.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.Review;
import org.blendscore.review.SectionCoverage;
import org.blendscore.review.View;

/**
 * One rep's review statement, in the subject's view (an anonymous source shows no rater ids, and
 * only what {@link Review#explain(View)} shows the subject): the overall and band, a chart of the
 * contributions, every measure with its trace, the reasons, warnings and coverage.
 *
 * <p>The path to the next band ({@code <section id="path-to-next-band">}) shows core's
 * {@link PathToNextBand} when one is given: it needs the evidence, which a review does not keep;
 * without it the section is left out.
 *
 * <pre>{@code
 * Files.writeString(Path.of("statement.html"), ReviewStatement.html(review, "Dana Reyes"));
 * Files.writeString(Path.of("statement.html"),
 *         ReviewStatement.html(review, "Dana Reyes", NextBand.of(scorer).path(review, evidence)));
 * }</pre>
 */
public final class ReviewStatement {

    private ReviewStatement() {
    }

    /**
     * The statement as one self-contained HTML page.
     *
     * @param review the review
     * @param subjectName the rep's name as shown (user input: escaped)
     * @return the page, UTF-8 text
     * @throws NullPointerException if an argument is null
     */
    public static String html(Review review, String subjectName) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(subjectName, "subjectName");
        return html(review, subjectName, Optional.empty());
    }

    /**
     * The statement as one self-contained HTML page, with the path to the next band.
     *
     * @param review the review
     * @param subjectName the rep's name as shown (user input: escaped)
     * @param path the review's path to the next band, from {@code NextBand.of(scorer).path(review, evidence)}
     * @return the page, UTF-8 text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the path is another subject's
     */
    public static String html(Review review, String subjectName, PathToNextBand path) {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(path, "path");
        if (!path.subjectId().equals(review.subjectId())) {
            throw new IllegalArgumentException("the path to the next band is subject '" + path.subjectId()
                    + "''s, the review subject '" + review.subjectId() + "''s");
        }
        return html(review, subjectName, Optional.of(path));
    }

    private static String html(Review review, String subjectName, Optional<PathToNextBand> path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", subjectName);
        m.put("subjectId", review.subjectId());
        m.put("rubricId", review.rubricId());
        m.put("rubricVersion", review.rubricVersion());
        m.put("start", review.period().start().toString());
        m.put("end", review.period().end().toString());
        m.put("overall", review.overall().toPlainString());
        m.put("band", review.band().orElse("no band"));
        m.put("interim", review.interimAsOf().map(d -> "Interim review as of " + d + ".").orElse(""));
        m.put("guarded", review.bandBeforeGuards().map(b -> "Before band guards: " + b + ".").orElse(""));
        m.put("incomplete", review.complete() ? "" : "Incomplete: the evidence covered less than the rubric's least coverage.");
        m.put("coverage", review.coverage().overallPercent().toPlainString());
        m.put("leastCoverage", Plot.decimal(review.coverage().leastForBand().toBigDecimal(2).movePointRight(2)));
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Map<String, Object>> measures = new ArrayList<>();
        for (MeasureResult r : review.measures()) {
            bars.add(new BarChart.Bar(r.id(), r.contribution()));
            measures.add(Map.of("id", r.id(), "section", r.section(), "weight", Plot.decimal(r.effectiveWeight()),
                    "points", r.points().map(p -> p.toPlainString()).orElse("\u2014"), "contribution", r.contribution().toPlainString(),
                    "status", RubricView.words(r.status())));
        }
        Map<String, Object> chart = BarChart.of("Contributions to the overall score of " + subjectName,
                "Each measure's contribution to the overall score of " + review.overall().toPlainString() + "; the contributions add up to it.", bars);
        chart.put("chartId", "contributions");
        m.put("chart", chart);
        m.put("measures", measures);
        List<String> reasons = new ArrayList<>();
        review.reasons().forEach(r -> reasons.add(r.text()));
        m.put("reasons", reasons);
        m.put("hasReasons", !reasons.isEmpty());
        List<Map<String, Object>> warnings = new ArrayList<>();
        review.warnings().forEach(w -> warnings.add(Map.of("kind", RubricView.words(w.kind()), "path", w.path(), "message", w.message())));
        m.put("warnings", warnings);
        m.put("hasWarnings", !warnings.isEmpty());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (SectionCoverage s : review.coverage().sections()) {
            sections.add(Map.of("section", s.section(), "percent", s.percent().toPlainString()));
        }
        m.put("sectionCoverage", sections);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (MissingEvidence e : review.coverage().missing()) {
            missing.add(Map.of("what", e.measureId() + e.source().map(s -> " (" + s + ")").orElse(""), "section", e.section(), "reason", e.reason()));
        }
        m.put("missing", missing);
        m.put("hasMissing", !missing.isEmpty());
        List<Map<String, Object>> steps = NextBandPlace.steps(path);
        m.put("pathToNextBand", steps);
        List<Map<String, Object>> pace = NextBandPlace.pace(path);
        m.put("pace", pace);
        m.put("hasPace", !pace.isEmpty());
        m.put("hasPath", !steps.isEmpty() || !pace.isEmpty());
        m.put("trace", review.explain(View.SUBJECT));
        return Templates.html("statement.html.mustache", m);
    }
}
