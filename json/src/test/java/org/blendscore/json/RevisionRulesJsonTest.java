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
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** A rubric family's revision rules as a {@value JsonFormat#REVISION_RULES} document: exact text, round trips, schema, hostile input. */
class RevisionRulesJsonTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(JsonFormat.REVISION_RULES));

    private static final FamilyRules HUNTER = new FamilyRules("hunter-ae", RevisionRules.of(
            new RevisionRule.MinQualitativeShare(new BigDecimal("30")),
            new RevisionRule.MaxShareMove(new BigDecimal("7.5")),
            new RevisionRule.ReasonAndApproverInRunningPeriod(),
            new RevisionRule.WithholdingMayNotGrow()));

    private static final String HUNTER_JSON = """
            {
              "format" : "blendscore.revision-rules/1",
              "family" : "hunter-ae",
              "rules" : [ {
                "kind" : "min-qualitative-share",
                "percent" : "30"
              }, {
                "kind" : "max-share-move",
                "points" : "7.5"
              }, {
                "kind" : "reason-and-approver-in-running-period"
              }, {
                "kind" : "withholding-may-not-grow"
              } ]
            }""";

    private static void valid(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
    }

    private static List<DocumentProblem> problems(String json) {
        return assertThrows(InvalidDocumentException.class, () -> RevisionRulesJson.read(json)).problems();
    }

    private static String doc(String rules) {
        return "{\"format\":\"blendscore.revision-rules/1\",\"family\":\"hunter-ae\",\"rules\":[" + rules + "]}";
    }

    @Test
    void docsCopyEqualsTheShippedSchema() throws IOException {
        assertEquals(Files.readString(Path.of("..", "docs", "revision-rules-1.schema.json"), StandardCharsets.UTF_8),
                JsonFormat.schema(JsonFormat.REVISION_RULES));
    }

    @Test
    void writesEveryKindExactlyAndReadsItBack() {
        String json = RevisionRulesJson.write(HUNTER);
        assertEquals(HUNTER_JSON, json);
        valid(json);
        assertEquals(HUNTER, RevisionRulesJson.read(json));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionRulesJson.write(HUNTER, out);
        assertEquals(HUNTER, RevisionRulesJson.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void aFamilyWithoutRulesIsAllowed() {
        FamilyRules none = new FamilyRules("farmer-am", RevisionRules.of());
        String json = RevisionRulesJson.write(none);
        valid(json);
        assertEquals(none, RevisionRulesJson.read(json));
    }

    @Test
    void anyRulesRoundTripWithTheirScaleAndValidate() {
        Gen<BigDecimal> percent = SourceDSL.integers().between(0, 100_000).zip(SourceDSL.integers().between(0, 3),
                (units, scale) -> BigDecimal.valueOf(units, 3).setScale(3).stripTrailingZeros().setScale(scale, java.math.RoundingMode.DOWN));
        qt().withExamples(300).forAll(SourceDSL.integers().between(0, 15), percent, percent).checkAssert((mask, p, q) -> {
            List<RevisionRule> rules = new ArrayList<>();
            if ((mask & 1) != 0) {
                rules.add(new RevisionRule.MaxShareMove(p));
            }
            if ((mask & 2) != 0) {
                rules.add(new RevisionRule.WithholdingMayNotGrow());
            }
            if ((mask & 4) != 0) {
                rules.add(new RevisionRule.MinQualitativeShare(q));
            }
            if ((mask & 8) != 0) {
                rules.add(new RevisionRule.ReasonAndApproverInRunningPeriod());
            }
            FamilyRules family = new FamilyRules("f-" + mask, new RevisionRules(rules));
            String json = RevisionRulesJson.write(family);
            valid(json);
            assertEquals(family, RevisionRulesJson.read(json));
        });
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsAllowed() {
        List<DocumentProblem> problems = problems(doc("{\"kind\":\"java.lang.Runtime\"}"));
        assertEquals(List.of(new DocumentProblem("/rules/0/kind", "\"java.lang.Runtime\" is not allowed here; expected one of "
                + "min-qualitative-share, max-share-move, reason-and-approver-in-running-period, withholding-may-not-grow")), problems);
    }

    @Test
    void aKindDeclaredTwiceIsNamedAtItsSecondPlace() {
        List<DocumentProblem> problems = problems(doc("{\"kind\":\"withholding-may-not-grow\"},{\"kind\":\"withholding-may-not-grow\"}"));
        assertEquals(List.of(new DocumentProblem("/rules/1/kind", "the rule \"withholding-may-not-grow\" is declared twice; "
                + "a rubric family declares each kind of rule at most once")), problems);
    }

    @Test
    void aPercentOutsideItsBoundsIsNamedAtItsMember() {
        List<DocumentProblem> problems = problems(doc("{\"kind\":\"min-qualitative-share\",\"percent\":\"120\"}"));
        assertEquals(List.of(new DocumentProblem("/rules/0/percent", "MinQualitativeShare.percent must lie between 0 and 100, found 120")),
                problems);
    }

    @Test
    void everyProblemOfTheDocumentIsReportedAtOnce() {
        String json = "{\"format\":\"blendscore.revision-rules/1\",\"family\":\" \",\"extra\":1,\"rules\":["
                + "{\"kind\":\"max-share-move\",\"points\":5},"
                + "{\"kind\":\"min-qualitative-share\"},"
                + "{\"kind\":\"reason-and-approver-in-running-period\",\"why\":\"x\"}]}";
        List<DocumentProblem> problems = problems(json);
        List<String> pointers = problems.stream().map(DocumentProblem::pointer).toList();
        assertEquals(List.of("/extra", "/family", "/rules/0/points", "/rules/1", "/rules/2/why"), pointers, problems::toString);
    }

    @Test
    void aBlankFamilyIsRefused() {
        List<DocumentProblem> problems = problems("{\"format\":\"blendscore.revision-rules/1\",\"family\":\" \",\"rules\":[]}");
        assertEquals(List.of(new DocumentProblem("/family", "family: the rubric id of a family must not be blank")), problems);
    }

    @Test
    void moreRulesThanKindsAreRefusedBeforeAnyIsRead() {
        String one = "{\"kind\":\"withholding-may-not-grow\"}";
        List<DocumentProblem> problems = problems(doc(String.join(",", one, one, one, one, one)));
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("/rules", problems.get(0).pointer());
    }

    @Test
    void anotherFormatIsRefused() {
        List<DocumentProblem> problems = problems("{\"format\":\"blendscore.rubric/1\",\"family\":\"x\",\"rules\":[]}");
        assertEquals(List.of(new DocumentProblem("/format", "format \"blendscore.rubric/1\" is not blendscore.revision-rules/1")), problems);
    }

    @Test
    void wrongTypesAndDeepNestingAreNamed() {
        assertEquals("/rules", problems("{\"format\":\"blendscore.revision-rules/1\",\"family\":\"x\",\"rules\":{}}").get(0).pointer());
        assertEquals("/family", problems("{\"format\":\"blendscore.revision-rules/1\",\"family\":7,\"rules\":[]}").get(0).pointer());
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        List<DocumentProblem> nested = problems("{\"format\":\"blendscore.revision-rules/1\",\"family\":\"x\",\"rules\":" + deep + "}");
        assertTrue(nested.get(0).message().contains("limit"), nested::toString);
    }
}
