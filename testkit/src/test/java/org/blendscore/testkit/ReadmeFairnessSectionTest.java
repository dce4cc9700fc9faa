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
package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's section "Proving a rubric is fair" shows the tagged regions of compiled sources in
 * this directory line for line, and the outputs it shows are what the code prints.
 */
class ReadmeFairnessSectionTest {

    private static List<String> readme;

    @BeforeAll
    static void load() throws IOException {
        readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).contains(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).contains(end)) {
                return lines.subList(from, i);
            }
        }
        throw new AssertionError("no region between '" + start + "' and '" + end + "'");
    }

    /** The code or text block of the README between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    private static List<String> block(String name, String language) {
        return between(between(readme, "<!-- " + name + ":start -->", "<!-- " + name + ":end -->"), "```" + language, "```");
    }

    private static List<String> tagged(String file, String tag) throws IOException {
        List<String> source = Files.readAllLines(Path.of("src", "test", "java", "org", "blendscore", "testkit", file),
                StandardCharsets.UTF_8);
        return between(source, "// tag::" + tag + "[]", "// end::" + tag + "[]");
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void theCodeBlocksAreTheCompiledSources() throws IOException {
        assertEquals(tagged("FieldRepRubric.java", "rubric"), block("fairness-rubric", "java"), "copy FieldRepRubric's tagged region");
        assertEquals(tagged("FieldRepFairnessTest.java", "junit"), block("fairness-junit", "java"),
                "copy FieldRepFairnessTest's tagged region");
        assertEquals(tagged("FieldRepPropertiesTest.java", "quicktheories"), block("fairness-quicktheories", "java"),
                "copy FieldRepPropertiesTest's tagged region");
        assertEquals(tagged("TeamImpact.java", "impact"), block("fairness-impact", "java"), "copy TeamImpact's tagged region");
        assertEquals(tagged("RandomRubricPropertiesTest.java", "random-rubrics"), block("fairness-random-rubrics", "java"),
                "copy RandomRubricPropertiesTest's tagged region");
    }

    @Test
    void theReportShownIsTheEndOfWhatTheAnalysisPrints() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            FieldRepRubric.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8).stripTrailing();
        String shown = text(block("fairness-report", "text"));
        assertTrue(printed.endsWith("\n" + shown), printed);
    }

    @Test
    void theBrokenRuleIsQuotedAsTheBuildReportsIt() {
        Rubric fieldRep = FieldRepRubric.build();
        InvalidRubricException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRubricException.class,
                () -> Scorer.of(fieldRep.withFairness(fieldRep.fairness().withMaxCliff(BigDecimal.valueOf(5)))));
        String problem = e.problems().get(0).toString();
        assertEquals("fairness.maxCliff: largest cliff is 10.00 overall points at measures[meetings] tier edge at attainment 0.6,"
                + " limit 5 (2 cliffs above the limit)", problem);
        assertTrue(readme.stream().anyMatch(l -> l.contains("`" + problem + "`")), "the README quotes: " + problem);
        assertEquals(FairnessRules.defaults().withMinQualitativeShare(BigDecimal.valueOf(30)).withMaxMeasureShare(BigDecimal.valueOf(50))
                .withMaxCliff(BigDecimal.valueOf(10)), fieldRep.fairness());
    }

    /** The README's failing pipeline: one point more for reps whose id starts with "a". */
    static Function<Evidence, Review> favouringA(Rubric rubric) {
        Scorer scorer = Scorer.of(rubric);
        return e -> {
            Review r = scorer.score(e);
            return !e.subjectId().startsWith("a") ? r : new Review(r.subjectId(), r.period(), r.overall().add(BigDecimal.ONE), r.band(),
                    r.bandBeforeGuards(), r.sections(), r.reasons(), r.warnings(), r.provenance(), r.interimAsOf(), r.coverage());
        };
    }

    @Test
    void theFailureShownIsWhatTheKitReportsAndItsSeedReproducesIt() {
        Rubric fieldRep = FieldRepRubric.build();
        PropertyReport report = PropertyCheck.of(fieldRep).scoredBy(favouringA(fieldRep)).seed(42).run();
        assertEquals(text(block("fairness-failure", "text")), report.render().stripTrailing());
        Counterexample c = report.counterexample(ScoringProperty.SUBJECT_BLIND).orElseThrow();
        String replay = "PropertyCheck.of(rubric).seed(" + c.seed() + "L).tries(1).check(ScoringProperty.SUBJECT_BLIND)";
        assertTrue(readme.stream().anyMatch(l -> l.contains(replay)), "the README replays with: " + replay);
        assertTrue(PropertyCheck.of(fieldRep).scoredBy(favouringA(fieldRep)).seed(c.seed()).tries(1)
                .check(ScoringProperty.SUBJECT_BLIND).failed());
    }

    @Test
    void theImpactShownIsWhatTheAnalysisRendersForSixtyGeneratedReviews() {
        Rubric fieldRep = FieldRepRubric.build();
        EvidenceGenerator generator = EvidenceGenerator.of(fieldRep);
        List<Evidence> batch = new ArrayList<>();
        Map<String, String> teams = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            Evidence e = generator.generate(i).withSubjectId("rep-" + (i + 1));
            batch.add(e);
            teams.put(e.subjectId(), List.of("south", "north", "east").get(i % 3));
        }
        assertEquals(text(block("fairness-impact-report", "text")), TeamImpact.of(fieldRep, batch, teams).render().stripTrailing());
    }
}
