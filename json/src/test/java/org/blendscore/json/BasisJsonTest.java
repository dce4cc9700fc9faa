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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.blendscore.json.DocumentProblems.evidenceProblems;
import static org.blendscore.json.DocumentProblems.has;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.metrics.Deal;
import org.blendscore.metrics.SalesMetrics;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.scoring.Scorer;
import org.blendscore.testkit.EvidenceGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * An actual's basis in the evidence format and its text in the review format: optional, so documents
 * without it read and write as before; limited, with the JSON Pointer of a bad value; read alike by the
 * tree and the streamed evidence readers.
 */
class BasisJsonTest {

    private static final DocumentParser PARSER = new DocumentParser(JsonLimits.defaults());
    private static final DateRange Q1 = DateRange.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
    private static final String WIN_RATE_LINE = "win rate by count 66.67% = 2 won of 3 closed: d-1, d-2, d-3; 1 excluded: "
            + "1 still open (d-4)";

    private static Rubric winRateRubric() {
        LinearCurve straight = new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true);
        QuotaMeasure winRate = new QuotaMeasure("win-rate", new BigDecimal("100"), new Target(new BigDecimal("60"), "%", QuantityKind.RATE),
                Direction.HIGHER_IS_BETTER, straight);
        return new Rubric("metrics-test", "1", Q1, List.of(new Section("Selling", new BigDecimal("100"), List.of(winRate))),
                List.of(new Band("Meets", new BigDecimal("70")), new Band("Below", BigDecimal.ZERO)), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    private static Evidence winRateEvidence() {
        List<Deal> deals = List.of(Deal.won("d-1", "ana", "1000", "2026-01-02", "2026-01-15"),
                Deal.won("d-2", "ana", "3000", "2026-01-10", "2026-02-09"),
                Deal.lost("d-3", "ana", "2000", "2025-11-01", "2026-03-01"),
                Deal.open("d-4", "ana", "500", "2025-12-20"));
        QuotaActual actual = SalesMetrics.of(Q1, Set.of("ana")).winRateByCount(deals).asQuotaActual().orElseThrow();
        return Evidence.of("ana", Q1, Map.of("win-rate", actual));
    }

    private static Evidence split() {
        return Evidence.of("ana", Q1, Map.of("new-arr", QuotaActual.of("400.00").withBasis(new ActualBasis("", List.of(
                new BasisPart("own deals", new BigDecimal("200"), ""),
                new BasisPart("split d-7", new BigDecimal("200.00"), "40% of 500.00"))))));
    }

    @Test
    void fromDealsThroughTheEvidenceAndReviewFormatsTheProvenanceLineSurvives() {
        Evidence evidence = winRateEvidence();
        String evidenceJson = EvidenceJson.write(evidence);
        assertTrue(evidenceJson.contains("\"basis\" : {\n        \"text\" : \"" + WIN_RATE_LINE + "\",\n        \"parts\" : [ ]\n      }"),
                evidenceJson);
        Evidence back = EvidenceJson.read(evidenceJson);
        assertEquals(evidence, back);
        assertEquals(evidence, StreamedEvidence.read(PARSER, evidenceJson));

        Review review = Scorer.of(winRateRubric()).score(back);
        assertTrue(review.explain().contains("      basis: " + WIN_RATE_LINE + "\n"), review.explain());
        for (View view : View.values()) {
            String reviewJson = ReviewJson.write(review, view);
            assertTrue(reviewJson.contains("\"basis\" : \"" + WIN_RATE_LINE + "\""), reviewJson);
        }
        // the audit view reads back (the subject view is not read back)
        Review read = ReviewJson.read(ReviewJson.write(review));
        assertEquals(review, read);
        assertEquals(Optional.of(WIN_RATE_LINE), ((QuotaInput) read.measure("win-rate").orElseThrow().input()).basis());
    }

    @Test
    void splitPartsComeBackEqualFromBothReaders() {
        String json = EvidenceJson.write(split());
        assertEquals(split(), EvidenceJson.read(json));
        assertEquals(split(), StreamedEvidence.read(PARSER, json));
        assertEquals(split(), StreamedEvidence.read(PARSER, json.replace("\n", "")));
    }

    @Test
    void withoutABasisNothingIsWrittenAndAnOldDocumentReads() {
        Evidence bare = Evidence.of("ana", Q1, Map.of("win-rate", QuotaActual.of("66.67")));
        String json = EvidenceJson.write(bare);
        assertFalse(json.contains("basis"), json);
        assertEquals(bare, EvidenceJson.read(json));
        String withBasis = EvidenceJson.write(winRateEvidence());
        assertEquals(json, withBasis.replaceFirst(",\n      \"basis\" : \\{[^}]*\\}", ""));
        Review review = Scorer.of(winRateRubric()).score(bare);
        assertFalse(ReviewJson.write(review).contains("basis"));
        assertEquals(review, ReviewJson.read(ReviewJson.write(review)));
    }

    @Test
    void namesABasisOfTheWrongTypeWithItsPointer() {
        String json = EvidenceJson.write(split());
        has(evidenceProblems(json.replaceFirst("\"basis\" : \\{", "\"basis\" : 5, \"x\" : {")), "/measures/new-arr/basis", "expected an object");
        has(evidenceProblems(json.replace("\"text\" : \"\"", "\"text\" : 7")), "/measures/new-arr/basis/text", "expected a string");
        has(evidenceProblems(json.replace("\"amount\" : \"200\"", "\"amount\" : 200")), "/measures/new-arr/basis/parts/0/amount",
                "expected a decimal");
        has(evidenceProblems(json.replace("\"text\" : \"\"", "\"text\" : \"\", \"colour\" : \"red\"")), "/measures/new-arr/basis/colour",
                "unknown member");
        has(evidenceProblems(json.replaceFirst("\"label\" : \"own deals\",", "")), "/measures/new-arr/basis/parts/0", "missing member \"label\"");
    }

    @Test
    void namesATextTooLongAndTooManyPartsWithTheirPointersAndTheStreamedReaderLeavesThemToTheTree() {
        String json = EvidenceJson.write(split());
        String longText = json.replace("\"text\" : \"\"", "\"text\" : \"" + "t".repeat(EvidenceLimits.MAX_TEXT_LENGTH + 1) + "\"");
        has(evidenceProblems(longText), "/measures/new-arr/basis/text", "a basis text of 4001 characters, longer than the limit of 4000");
        assertNull(StreamedEvidence.read(PARSER, longText));
        String longLabel = json.replace("\"own deals\"", "\"" + "l".repeat(EvidenceLimits.MAX_ID_LENGTH + 1) + "\"");
        has(evidenceProblems(longLabel), "/measures/new-arr/basis/parts/0/label", "longer than the limit of 256");
        assertNull(StreamedEvidence.read(PARSER, longLabel));

        String part = "{ \"label\" : \"p\", \"amount\" : \"0\" }";
        String many = json.replaceFirst("\"parts\" : \\[", "\"parts\" : [ " + String.join(", ", Collections.nCopies(10_000, part)) + ",");
        has(evidenceProblems(many), "/measures/new-arr/basis/parts", "more than the limit of 10000");
        assertNull(StreamedEvidence.read(PARSER, many));
    }

    @Test
    void randomEvidenceWithBasesComesBackEqualFromBothReaders() {
        qt().withExamples(200).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            Evidence e = Bases.of(EvidenceGenerator.of(r).generate(seed));
            String json = EvidenceJson.write(e);
            assertEquals(e, EvidenceJson.read(json));
            Evidence streamed = StreamedEvidence.read(PARSER, json);
            if (streamed != null) {
                assertEquals(e, streamed);
            }
        });
    }

    @Test
    void theCoreChecksThePartsAgainstTheActualWhenScored() {
        String json = EvidenceJson.write(split()).replace("\"amount\" : \"200\"", "\"amount\" : \"150\"");
        Evidence read = EvidenceJson.read(json);
        Rubric rubric = new Rubric("split-test", "1", Q1, List.of(new Section("Revenue", new BigDecimal("100"), List.of(
                new QuotaMeasure("new-arr", new BigDecimal("100"), Target.amount("1000", "USD"), Direction.HIGHER_IS_BETTER,
                        new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true))))),
                List.of(new Band("Meets", new BigDecimal("70")), new Band("Below", BigDecimal.ZERO)), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
        org.blendscore.evidence.InvalidEvidenceException e = assertThrows(org.blendscore.evidence.InvalidEvidenceException.class,
                () -> Scorer.of(rubric).score(read));
        assertEquals("basis parts add up to 350.00, not to the actual 400.00", e.problems().get(0).message());
    }
}
