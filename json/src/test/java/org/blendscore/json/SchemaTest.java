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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.blendscore.evidence.Evidence;
import org.blendscore.testkit.EvidenceGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The shipped JSON Schemas: equal to the copies in docs/, and every example and generated document validates. */
class SchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema RUBRIC = REGISTRY.getSchema(JsonFormat.schema(JsonFormat.RUBRIC));
    private static final Schema EVIDENCE = REGISTRY.getSchema(JsonFormat.schema(JsonFormat.EVIDENCE));

    private static void valid(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }

    @Test
    void docsCopiesEqualTheShippedSchemas() throws IOException {
        assertEquals(Files.readString(Path.of("..", "docs", "rubric-1.schema.json"), StandardCharsets.UTF_8),
                JsonFormat.schema(JsonFormat.RUBRIC));
        assertEquals(Files.readString(Path.of("..", "docs", "evidence-1.schema.json"), StandardCharsets.UTF_8),
                JsonFormat.schema(JsonFormat.EVIDENCE));
    }

    @Test
    void referenceDocumentsValidate() {
        valid(RUBRIC, RubricJson.write(ReferenceRubric.rubric()));
        valid(EVIDENCE, EvidenceJson.write(ReferenceRubric.ana()));
        valid(EVIDENCE, EvidenceJson.write(ReferenceRubric.ben()));
    }

    @Test
    void verificationCasesValidateAndTheirEvidenceIsEvidence() {
        RubricDocument document = VerificationTest.reference();
        valid(RUBRIC, RubricJson.write(document));
        for (VerificationCase c : document.cases()) {
            valid(EVIDENCE, EvidenceJson.write(c.evidence()));
        }
        String json = RubricJson.write(document);
        assertFalse(RUBRIC.validate(json.replaceFirst("\"band\" : \"Exceeds\"", "\"band\" : 3"), InputFormat.JSON).isEmpty());
        assertFalse(RUBRIC.validate(json.replaceFirst("\"overall\" : \"92.40\"", "\"overall\" : 92.4"), InputFormat.JSON)
                .isEmpty());
    }

    @Test
    void docsExamplesValidateAndRead() throws IOException {
        String rubric = Files.readString(Path.of("src", "test", "resources", "examples", "rubric.json"));
        String evidence = Files.readString(Path.of("src", "test", "resources", "examples", "evidence.json"));
        valid(RUBRIC, rubric);
        valid(EVIDENCE, evidence);
        RubricJson.read(rubric);
        EvidenceJson.read(evidence);
    }

    @Test
    void generatedDocumentsValidate() {
        qt().withExamples(100).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            valid(RUBRIC, RubricJson.write(r));
            Evidence e = EvidenceGenerator.of(r).generate(seed);
            valid(EVIDENCE, EvidenceJson.write(e));
        });
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() {
        String json = RubricJson.write(ReferenceRubric.rubric());
        assertFalse(RUBRIC.validate(json.replaceFirst("\"kind\" : \"quota\"", "\"kind\" : \"java.lang.Runtime\""),
                InputFormat.JSON).isEmpty());
        assertFalse(RUBRIC.validate(json.replaceFirst("\"weight\" : \"[0-9.]+\"", "\"weight\" : 60"), InputFormat.JSON).isEmpty());
        assertFalse(RUBRIC.validate(json.replaceFirst("\"version\"", "\"colour\""), InputFormat.JSON).isEmpty());
    }
}
