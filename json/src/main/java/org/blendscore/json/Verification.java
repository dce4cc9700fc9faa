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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * Runs the golden cases that travel with a rubric and reports every difference: each case's
 * evidence is scored, and its overall score, band and every measure's contribution are compared with
 * what the case expects (decimals by value, so {@code "92.4"} matches {@code 92.40}).
 *
 * <pre>{@code
 * RubricDocument document = RubricJson.readDocument(json);
 * VerificationReport report = Verification.of(document).run();
 * if (!report.passed()) {
 *     report.differences().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Verification {

    private final RubricDocument document;
    private final Scorer scorer;

    private Verification(RubricDocument document) {
        this.document = document;
        this.scorer = Scorer.of(document.rubric());
    }

    /**
     * Compiles the document's rubric for its cases.
     *
     * @param document the rubric and its cases
     * @return a verification ready to run
     * @throws org.blendscore.rubric.InvalidRubricException if the rubric breaks a rule it declares
     */
    public static Verification of(RubricDocument document) {
        return new Verification(Objects.requireNonNull(document, "document"));
    }

    /**
     * Scores every case and compares.
     *
     * @return every difference of every case
     */
    public VerificationReport run() {
        List<Difference> differences = new ArrayList<>();
        List<VerificationCase> cases = document.cases();
        for (int i = 0; i < cases.size(); i++) {
            compare(cases.get(i), "/cases/" + i, differences);
        }
        return new VerificationReport(cases.size(), differences);
    }

    private void compare(VerificationCase c, String at, List<Difference> out) {
        Review review;
        try {
            review = scorer.score(c.evidence());
        } catch (InvalidEvidenceException e) {
            out.add(new Difference(c.id(), at + "/evidence", "review", "a review", "the evidence rejected: " + e.getMessage()));
            return;
        }
        String expected = at + "/expected";
        if (c.overall().compareTo(review.overall()) != 0) {
            out.add(new Difference(c.id(), expected + "/overall", "overall", c.overall().toPlainString(),
                    review.overall().toPlainString()));
        }
        if (!c.band().equals(review.band())) {
            out.add(new Difference(c.id(), expected + "/band", "band", band(c.band()), band(review.band())));
        }
        Map<String, BigDecimal> came = new LinkedHashMap<>();
        for (MeasureResult m : review.measures()) {
            came.put(m.id(), m.contribution());
        }
        String contributions = expected + "/contributions/";
        c.contributions().forEach((measure, value) -> {
            BigDecimal actual = came.get(measure);
            if (actual == null || actual.compareTo(value) != 0) {
                out.add(new Difference(c.id(), contributions + Pointers.escape(measure), "contribution of " + measure,
                        value.toPlainString(), actual == null ? "none (no such measure in the review)" : actual.toPlainString()));
            }
        });
        came.forEach((measure, value) -> {
            if (!c.contributions().containsKey(measure)) {
                out.add(new Difference(c.id(), contributions + Pointers.escape(measure), "contribution of " + measure,
                        "none (not listed)", value.toPlainString()));
            }
        });
    }

    private static String band(Optional<String> band) {
        return band.map(b -> "\"" + b + "\"").orElse("none");
    }
}
