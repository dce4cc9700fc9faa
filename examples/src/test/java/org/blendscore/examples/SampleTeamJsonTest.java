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
package org.blendscore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.evidence.Evidence;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.RubricJson;
import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.junit.jupiter.api.Test;

/** The sample team as JSON (sample-team/*.json, *.jsonl) says exactly what the DSL rubrics and the CSV files say. */
class SampleTeamJsonTest {

    private static InputStream resource(String name) {
        InputStream in = SampleTeamJsonTest.class.getResourceAsStream("/sample-team/" + name);
        if (in == null) {
            throw new IllegalStateException("sample-team/" + name + " is missing");
        }
        return in;
    }

    private static List<Evidence> lines(String name) throws IOException {
        List<Evidence> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(EvidenceJson.read(line));
            }
        }
        return out;
    }

    private static List<Evidence> csv(String role) {
        return SampleTeamData.load(SampleRubrics.YEAR).members().stream().filter(m -> m.role().equals(role))
                .map(SampleTeamData.Member::evidence).toList();
    }

    @Test
    void jsonRubricsEqualTheDslRubrics() throws IOException {
        try (InputStream hunter = resource("hunter.json"); InputStream farmer = resource("farmer.json")) {
            assertEquals(SampleRubrics.hunter(), RubricJson.read(hunter));
            assertEquals(SampleRubrics.farmer(), RubricJson.read(farmer));
        }
    }

    @Test
    void theHunterFamilysRevisionRulesAreTheFloorTheMoveAndTheApproval() {
        assertEquals(new FamilyRules("hunter-ae", RevisionRules.of(new RevisionRule.MinQualitativeShare(new BigDecimal("50")),
                new RevisionRule.MaxShareMove(new BigDecimal("6")), new RevisionRule.ReasonAndApproverInRunningPeriod())),
                GovernanceCycle.HUNTER_RULES);
    }

    @Test
    void jsonLinesEvidenceEqualsTheCsvEvidence() throws IOException {
        assertEquals(csv("hunter"), lines("hunters.jsonl"));
        assertEquals(csv("farmer"), lines("farmers.jsonl"));
        assertEquals(SampleTeamData.load(SampleRubrics.YEAR).members().size(),
                lines("hunters.jsonl").size() + lines("farmers.jsonl").size());
    }
}
