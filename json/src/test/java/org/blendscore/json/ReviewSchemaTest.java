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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The review and rejected-record schemas: equal to the copies in docs/, and generated documents of both views validate. */
class ReviewSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema REVIEW = REGISTRY.getSchema(JsonFormat.schema(JsonFormat.REVIEW));
    private static final Schema REJECTED = REGISTRY.getSchema(JsonFormat.schema(JsonFormat.REJECTED));

    private static void valid(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }

    private static void bothViews(Review review) {
        for (View view : View.values()) {
            valid(REVIEW, ReviewJson.write(review, view));
        }
    }

    @Test
    void docsCopiesEqualTheShippedSchemas() throws IOException {
        for (String name : List.of("review-1", "rejected-1")) {
            String format = name.equals("review-1") ? JsonFormat.REVIEW : JsonFormat.REJECTED;
            assertEquals(Files.readString(Path.of("..", "docs", name + ".schema.json"), StandardCharsets.UTF_8),
                    JsonFormat.schema(format));
        }
    }

    @Test
    void referenceAnonymousAndInterimReviewsValidateInBothViews() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        for (Evidence e : List.of(ReferenceRubric.ana(), ReferenceRubric.ben(), ReferenceRubric.cara(), ReferenceRubric.eve())) {
            bothViews(scorer.score(e));
        }
        bothViews(scorer.scoreInterim(ReferenceRubric.ana(), java.time.LocalDate.parse("2026-06-30")));
        bothViews(Scorer.of(ReviewJsonTest.anonymous()).score(ReviewJsonTest.anonymousEvidence()));
    }

    @Test
    void randomReviewsValidateInBothViews() {
        qt().withExamples(100).forAll(RandomInputs.cases()).checkAssert(c -> bothViews(Scorer.of(c.rubric()).score(c.evidence())));
    }

    @Test
    void rejectedRecordsValidate() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        Evidence unknown = Evidence.of("zed", ReferenceRubric.YEAR, Map.of("no-such-measure", QuotaActual.of("1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReviewLines writer = ReviewLines.writer(out)) {
            scorer.scoreAll(List.of(ReferenceRubric.ana(), unknown), writer::review, writer::rejected);
            String bad = "{\"format\":\"blendscore.evidence/1\",\"subjectId\":\"x\"}\n[]\n";
            for (EvidenceLine line : EvidenceLines.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)))) {
                writer.rejected(line);
            }
        }
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        assertEquals(4, lines.size());
        valid(REVIEW, lines.get(0));
        for (String line : lines.subList(1, 4)) {
            valid(REJECTED, line);
        }
        assertTrue(lines.get(1).contains("\"subjectId\":\"zed\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"line\":1,\"subjectId\":\"x\"") && lines.get(2).contains("missing member"),
                lines.get(2));
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        String review = ReviewJson.write(Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.ana()));
        for (String bad : List.of(review.replace("\"view\" : \"audit\"", "\"view\" : \"hr\""),
                review.replaceFirst("\"overall\" : \"([0-9.]+)\"", "\"overall\" : $1"),
                review.replace("\"kind\" : \"quota\"", "\"kind\" : \"java.lang.Runtime\""))) {
            assertFalse(REVIEW.validate(bad, InputFormat.JSON).isEmpty(), bad);
        }
    }
}
