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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.blendscore.revision.Revision;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The diff as a {@value JsonFormat#DIFF} document: its schema, shipped and in docs/, and what it holds. */
class DiffJsonTest {

    private static final Schema DIFF = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(JsonFormat.DIFF));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static void valid(String json) {
        List<Error> errors = DIFF.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }

    /** enterprise-ae, where missing evidence is left out, against the same rubric counting it as zero. */
    private static RubricDiff policyChange() {
        return RubricDiff.between(ReferenceRubric.rubric(MissingEvidencePolicy.LEAVE_OUT),
                ReferenceRubric.rubric(MissingEvidencePolicy.COUNT_AS_ZERO));
    }

    @Test
    void docsCopyEqualsTheShippedSchema() throws IOException {
        assertEquals(Files.readString(Path.of("..", "docs", "diff-1.schema.json"), StandardCharsets.UTF_8),
                JsonFormat.schema(JsonFormat.DIFF));
    }

    @Test
    void writesEveryChangeAndBothVersionsFiguresExactly() {
        String json = DiffJson.write(policyChange());
        valid(json);
        JsonNode doc = MAPPER.readTree(json);
        assertEquals("blendscore.diff/1", doc.get("format").asString());
        assertEquals("enterprise-ae", doc.get("rubricId").asString());
        assertEquals(1, doc.get("changes").size());
        JsonNode change = doc.get("changes").get(0);
        assertEquals("changed", change.get("kind").asString());
        assertEquals("missingEvidence", change.get("path").asString());
        assertEquals("leave out", change.get("before").asString());
        assertEquals("count as zero", change.get("after").asString());
        JsonNode before = doc.get("figures").get("before");
        // new-arr 50% of the overall, milestones 20%, customer-trust 30 x 60 = 18%, account-knowledge 12%
        assertEquals("50/1", before.get("nominalShares").get("new-arr").asString());
        assertEquals("18/1", before.get("nominalShares").get("customer-trust").asString());
        assertEquals("50/1", before.get("qualitativeShare").asString());
        // counting missing evidence as zero, leaving it out never pays
        assertEquals("0/1", doc.get("figures").get("after").get("withholdingExposure").asString());
        assertFalse(doc.has("violations"));
    }

    @Test
    void writesTheRulesARevisionBroke() {
        RubricDiff diff = RubricDiff.between(ReferenceRubric.rubric(MissingEvidencePolicy.COUNT_AS_ZERO), ReferenceRubric.rubric());
        Revision revision = Revision.by("dana", LocalDate.of(2026, 6, 1));
        String json = DiffJson.write(diff, RevisionRules.of(new RevisionRule.WithholdingMayNotGrow(),
                new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(40))).check(diff, revision));
        valid(json);
        JsonNode violation = MAPPER.readTree(json).get("violations").get(0);
        assertEquals("the withholding exposure may not grow", violation.get("rule").asString());
        assertEquals("0.00", violation.get("before").asString());
        assertEquals(1, MAPPER.readTree(json).get("violations").size());
    }

    @Test
    void writesToAStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiffJson.write(policyChange(), out);
        assertEquals(DiffJson.write(policyChange()), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDiffOfAnyTwoGeneratedRubricsValidates() {
        qt().withExamples(100).withShrinkCycles(0).forAll(RandomInputs.rubrics(), RandomInputs.rubrics())
                .checkAssert((a, b) -> valid(DiffJson.write(RubricDiff.between(a, b))));
    }

    @Test
    void theSchemaRejectsAChangeWhoseValuesDoNotFitItsKind() {
        String json = DiffJson.write(policyChange());
        valid(json);
        assertFalse(DIFF.validate(json.replaceFirst("\"kind\" : \"changed\"", "\"kind\" : \"added\""), InputFormat.JSON).isEmpty());
        assertFalse(DIFF.validate(json.replaceFirst("\"qualitativeShare\" : \"50/1\"", "\"qualitativeShare\" : 0.5"),
                InputFormat.JSON).isEmpty());
    }
}
