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

import static org.blendscore.json.ReferenceRubric.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Golden cases that travel with a rubric: read, written, run, every difference reported, and refused on request. */
class VerificationTest {

    private static Map<String, BigDecimal> contributions(String newArr, String milestones, String trust, String knowledge) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        out.put("new-arr", d(newArr));
        out.put("milestones", d(milestones));
        out.put("customer-trust", d(trust));
        out.put("account-knowledge", d(knowledge));
        return out;
    }

    /** The reference scenarios, to the cent. */
    static RubricDocument reference() {
        return new RubricDocument(ReferenceRubric.rubric(), List.of(
                new VerificationCase("ana", ReferenceRubric.ana(), d("92.40"), Optional.of("Exceeds"),
                        contributions("56.00", "16.00", "14.40", "6.00")),
                new VerificationCase("ben", ReferenceRubric.ben(), d("91.15"), Optional.of("Meets"),
                        contributions("65.00", "20.00", "3.15", "3.00")),
                new VerificationCase("cara", ReferenceRubric.cara(), d("29.50"), Optional.of("Below"),
                        contributions("0.00", "4.00", "13.50", "12.00")),
                new VerificationCase("eve", ReferenceRubric.eve(), d("75.00"), Optional.of("Meets"),
                        contributions("50.00", "10.00", "15.00", "0.00"))));
    }

    @Test
    void referenceScenariosPassAsGoldenCases() {
        VerificationReport report = Verification.of(reference()).run();
        assertEquals(List.of(), report.differences());
        assertEquals(4, report.cases());
        assertTrue(report.passed());
        assertEquals("4 cases, 0 failed", report.toString());
    }

    @Test
    void casesComeBackEqualThroughJson() {
        RubricDocument document = reference();
        String json = RubricJson.write(document);
        assertEquals(document, RubricJson.readDocument(json));
        assertEquals(document.rubric(), RubricJson.read(json));
        assertEquals(json, RubricJson.write(RubricJson.readDocument(json)));
    }

    @Test
    void aDocumentWithoutCasesHasNone() {
        String json = RubricJson.write(ReferenceRubric.rubric());
        assertEquals(RubricDocument.of(ReferenceRubric.rubric()), RubricJson.readDocument(json));
        assertEquals(json, RubricJson.write(RubricDocument.of(ReferenceRubric.rubric())));
    }

    @Test
    void reportsEveryDifferenceOfEveryCase() {
        Map<String, BigDecimal> wrongAna = contributions("56.00", "16.00", "14.40", "6.00");
        wrongAna.put("new-arr", d("55.00"));
        wrongAna.remove("account-knowledge");
        wrongAna.put("ghost", d("1"));
        RubricDocument document = new RubricDocument(ReferenceRubric.rubric(), List.of(
                new VerificationCase("ana", ReferenceRubric.ana(), d("92.41"), Optional.of("Meets"), wrongAna),
                new VerificationCase("ben", ReferenceRubric.ben(), d("91.150"), Optional.empty(),
                        contributions("65.00", "20.00", "3.15", "3.00"))));
        VerificationReport report = Verification.of(document).run();
        assertEquals(List.of(
                new Difference("ana", "/cases/0/expected/overall", "overall", "92.41", "92.40"),
                new Difference("ana", "/cases/0/expected/band", "band", "\"Meets\"", "\"Exceeds\""),
                new Difference("ana", "/cases/0/expected/contributions/new-arr", "contribution of new-arr", "55.00", "56.00"),
                new Difference("ana", "/cases/0/expected/contributions/ghost", "contribution of ghost", "1",
                        "none (no such measure in the review)"),
                new Difference("ana", "/cases/0/expected/contributions/account-knowledge", "contribution of account-knowledge",
                        "none (not listed)", "6.00"),
                new Difference("ben", "/cases/1/expected/band", "band", "none", "\"Meets\"")), report.differences());
        assertEquals(2, report.failedCases());
        assertEquals("""
                2 cases, 2 failed
                  case "ana" (/cases/0/expected/overall): overall expected 92.41, came 92.40
                  case "ana" (/cases/0/expected/band): band expected "Meets", came "Exceeds"
                  case "ana" (/cases/0/expected/contributions/new-arr): contribution of new-arr expected 55.00, came 56.00
                  case "ana" (/cases/0/expected/contributions/ghost): contribution of ghost expected 1, came none (no such measure in the review)
                  case "ana" (/cases/0/expected/contributions/account-knowledge): contribution of account-knowledge expected none (not listed), came 6.00
                  case "ben" (/cases/1/expected/band): band expected none, came "Meets\"""", report.toString());
    }

    @Test
    void rejectedEvidenceIsADifference() {
        RubricDocument document = new RubricDocument(ReferenceRubric.rubric(), List.of(new VerificationCase("six",
                ReferenceRubric.evidence("six", "1000000", List.of(), List.of("customer:c1=6"), List.of()), d("0"),
                Optional.empty(), Map.of())));
        Difference d = Verification.of(document).run().differences().get(0);
        assertEquals("/cases/0/evidence", d.pointer());
        assertEquals("review", d.what());
        assertTrue(d.came().startsWith("the evidence rejected: "), d.came());
        assertTrue(d.came().contains("six"), d.came());
    }

    @Test
    void aVerifyingReaderRefusesARubricWhoseCasesFail() {
        RubricDocument good = reference();
        assertEquals(good, RubricJson.verifying().readRubricDocument(RubricJson.write(good)));
        RubricDocument bad = new RubricDocument(good.rubric(), List.of(new VerificationCase("ana", ReferenceRubric.ana(),
                d("92.40"), Optional.of("Below"), contributions("56.00", "16.00", "14.40", "6.00"))));
        String json = RubricJson.write(bad);
        assertEquals(bad, RubricJson.readDocument(json));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> RubricJson.verifying().readRubric(json));
        assertEquals(List.of(new DocumentProblem("/cases/0/expected/band",
                "verification case \"ana\": band expected \"Below\", came \"Exceeds\"")), e.problems());
        assertThrows(InvalidDocumentException.class, () -> RubricJson.withLimits(JsonLimits.defaults()).refusingFailedCases()
                .readRubricDocument(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void badCasesAreReportedWithTheirPointersAlongsideTheRubricsProblems() {
        String json = """
                {"format": "blendscore.rubric/1", "id": "r", "version": "1",
                 "effective": {"start": "2026-01-01", "end": "2026-12-31"},
                 "sections": [], "bands": [],
                 "cases": [
                   {"id": "a", "evidence": {"format": "blendscore.review/1", "subjectId": "a",
                      "period": {"start": "2026-01-01", "end": "2026-12-31"}, "measures": {}},
                    "expected": {"overall": 92.4, "band": 3, "contributions": {"x": "lots"}}},
                   {"id": "a", "evidence": {"subjectId": "a", "period": {"start": "2026-01-01", "end": "2026-12-31"},
                      "measures": {"m": {"kind": "quota", "actual": "-1x"}}},
                    "expected": {"overall": "1", "band": null, "contributions": {}}, "extra": true},
                   {"id": "b", "evidence": {"subjectId": "b", "period": {"start": "2026-01-01", "end": "2026-12-31"},
                      "measures": {}}, "expected": {"overall": "1", "band": null, "contributions": {}}},
                   {"id": "b", "evidence": {"subjectId": "b", "period": {"start": "2026-01-01", "end": "2026-12-31"},
                      "measures": {}}, "expected": {"overall": "1", "band": null, "contributions": {}}}
                 ]}""";
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> RubricJson.readDocument(json));
        List<String> pointers = e.problems().stream().map(DocumentProblem::pointer).toList();
        assertTrue(pointers.contains("/cases/0/evidence/format"), pointers.toString());
        assertTrue(pointers.contains("/cases/0/expected/overall"), pointers.toString());
        assertTrue(pointers.contains("/cases/0/expected/band"), pointers.toString());
        assertTrue(pointers.contains("/cases/0/expected/contributions/x"), pointers.toString());
        assertTrue(pointers.contains("/cases/1/extra"), pointers.toString());
        assertTrue(pointers.contains("/cases/1/evidence/measures/m/actual"), pointers.toString());
        assertTrue(pointers.contains("/cases/3/id"), pointers.toString());
        assertTrue(e.getMessage().contains("verification case id \"b\" is used twice"), e.getMessage());
        assertTrue(e.getMessage().contains("format \"blendscore.review/1\" is not blendscore.evidence/1"), e.getMessage());
    }
}
