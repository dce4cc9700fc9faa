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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.blendscore.json.DocumentProblems.evidenceProblems;
import static org.blendscore.json.DocumentProblems.has;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Untrusted documents: each gets a precise error naming the JSON Pointer of the offending value, and
 * nothing hangs: the cost is bounded by the outcome (the limit that stops reading), not by a timer.
 */
class HostileInputTest {

    private static final String RUBRIC = RubricJson.write(ReferenceRubric.rubric());
    private static final String EVIDENCE = EvidenceJson.write(ReferenceRubric.ana());

    private static List<DocumentProblem> rubricProblems(String json) {
        return assertThrows(InvalidDocumentException.class, () -> RubricJson.read(json)).problems();
    }

    @Test
    void rejectsDeepNestingWhileParsing() {
        String deep = "{\"format\":\"blendscore.rubric/1\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        List<DocumentProblem> problems = rubricProblems(deep);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("nesting depth"), problems::toString);
        assertTrue(problems.get(0).pointer().startsWith("/x/0/0"), problems::toString);
    }

    @Test
    void rejectsARatingOfAHundredThousandZerosAtOnce() {
        String zeros = "3." + "0".repeat(100_000);
        String json = EVIDENCE.replaceFirst("\"value\" : \"[0-9.]+\"", "\"value\" : \"" + zeros + "\"");
        List<DocumentProblem> problems = evidenceProblems(json);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).pointer().matches("/measures/[a-z-]+/ratings/0/value"), problems::toString);
        assertTrue(problems.get(0).message().contains("String value length") && problems.get(0).message().contains("maximum allowed (20000"),
                problems::toString);
        // within the string limit, the number length limit stops it before BigDecimal sees it
        String shorter = EVIDENCE.replaceFirst("\"value\" : \"[0-9.]+\"", "\"value\" : \"3." + "0".repeat(10_000) + "\"");
        has(evidenceProblems(shorter), problems.get(0).pointer(), "longer than the limit of 64");
    }

    @Test
    void rejectsHugeJsonNumbersWhileParsing() {
        String json = RUBRIC.replace("\"scale\" : 2", "\"scale\" : " + "9".repeat(10_000));
        List<DocumentProblem> problems = rubricProblems(json);
        has(problems, "/scale", "Number value length");
    }

    @Test
    void rejectsLongStringsWhileParsing() {
        String json = RUBRIC.replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"" + "x".repeat(30_000) + "\"");
        List<DocumentProblem> problems = rubricProblems(json);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("String value length"), problems::toString);
    }

    @Test
    void rejectsOverlongDocuments() {
        JsonLimits small = JsonLimits.defaults().withMaxDocumentLength(1_000);
        has(assertThrows(InvalidDocumentException.class, () -> RubricJson.withLimits(small).readRubric(RUBRIC)).problems(),
                "", "longer than the limit of 1000");
        has(assertThrows(InvalidDocumentException.class, () -> RubricJson.withLimits(small)
                .readRubric(new ByteArrayInputStream(RUBRIC.getBytes(StandardCharsets.UTF_8)))).problems(), "", "limit");
    }

    @Test
    void rejectsUnknownKindsFromTheClosedSet() {
        String json = RUBRIC.replaceFirst("\"kind\" : \"quota\"", "\"kind\" : \"java.lang.Runtime\"");
        has(rubricProblems(json), "/sections/0/measures/0/kind", "expected one of quota, milestones, rating");
    }

    @Test
    void rejectsDuplicateKeys() {
        String json = RUBRIC.replaceFirst("\"version\" :", "\"id\" : \"again\", \"version\" :");
        has(rubricProblems(json), "/id", "Duplicate");
    }

    @Test
    void aDuplicateKeyIsNamedInTheFormatsWordsWithItsPointer() {
        List<DocumentProblem> problems = rubricProblems(RUBRIC.replaceFirst("\"version\" :", "\"id\" : \"again\", \"version\" :"));
        assertEquals(List.of(new DocumentProblem("/id", "Duplicate member \"id\": a member name may appear only once in an object")),
                problems);
        String evidence = EVIDENCE.replaceFirst("\"start\" :", "\"end\" : \"2026-01-02\", \"start\" :");
        List<DocumentProblem> inEvidence = assertThrows(InvalidDocumentException.class, () -> EvidenceJson.read(evidence)).problems();
        assertEquals(List.of(new DocumentProblem("/period/end",
                "Duplicate member \"end\": a member name may appear only once in an object")), inEvidence);
    }

    @Test
    void namesWrongTypesAndMissingAndUnknownMembersAllAtOnce() {
        String json = RUBRIC.replaceFirst("\"weight\" : \"[0-9.]+\"", "\"weight\" : 60")
                .replaceFirst("\"capped\" : (true|false)", "\"capped\" : \"yes\"")
                .replaceFirst("\"version\" : \"[^\"]*\",", "\"colour\" : \"red\",");
        List<DocumentProblem> problems = rubricProblems(json);
        has(problems, "/sections/0/weight", "expected a decimal written as a JSON string");
        has(problems, "/sections/0/measures/0/curve/capped", "expected true or false, found the string \"yes\"");
        has(problems, "", "missing member \"version\"");
        has(problems, "/colour", "unknown member \"colour\"");
    }

    @Test
    void rejectsNonDecimalsAndBadDates() {
        String json = EVIDENCE.replaceFirst("\"actual\" : \"[0-9.]+\"", "\"actual\" : \"1,000\"")
                .replaceFirst("\"start\" : \"2026-01-01\"", "\"start\" : \"2026-02-30\"");
        List<DocumentProblem> problems = evidenceProblems(json);
        has(problems, "/measures/new-arr/actual", "is not a decimal");
        has(problems, "/period/start", "is not a date");
    }

    @Test
    void rejectsTooManySectionsMeasuresAndRatingsBeforeReadingThem() {
        JsonLimits tight = JsonLimits.defaults().withMaxCounts(1, 100, 2);
        has(assertThrows(InvalidDocumentException.class, () -> RubricJson.withLimits(tight).readRubric(RUBRIC)).problems(),
                "/sections", "more than the limit of 1");
        has(assertThrows(InvalidDocumentException.class, () -> EvidenceJson.withLimits(tight).readEvidence(EVIDENCE)).problems(),
                "/measures", "ratings in all measures");
    }

    @Test
    void mapsTheCoresOwnProblemsToPointers() {
        String json = RUBRIC.replaceFirst("\"weight\" : \"[0-9.]+\"", "\"weight\" : \"10\"");
        List<DocumentProblem> problems = rubricProblems(json);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().startsWith("/sections")), problems::toString);
    }

    @Test
    void rejectsAnotherFormatAndNonObjects() {
        has(rubricProblems(EVIDENCE), "/format", "is not blendscore.rubric/1");
        has(rubricProblems("[1,2]"), "", "expected an object");
        has(rubricProblems("{\"format\": \"blendscore.rubric/1\"} trailing"), "", "not valid JSON");
        has(rubricProblems(""), "", "empty");
    }

    @Test
    void rejectsAnExponentTooLongToBeADecimal() {
        String json = EVIDENCE.replaceFirst("\"actual\" : \"[0-9.]+\"", "\"actual\" : \"1E+999999999\"");
        has(evidenceProblems(json), "/measures/new-arr/actual", "is not a decimal");
    }
}
