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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The main job ends with the fairness analysis of both rubrics and the adverse impact by team. */
class SampleTeamFairnessTest {

    @Test
    void printsTheAnalysisOfBothRubricsAndTheImpactByTeam() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SampleTeam.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Analysis of rubric hunter-ae version 2026.1 (missing evidence: LEAVE_OUT)"), text);
        assertTrue(text.contains("Analysis of rubric account-manager version 2026.1 (missing evidence: LEAVE_OUT)"), text);
        // net-revenue-retention: the tier edge at 0.85 jumps from 0 to 40 points at a 40% x 60% share
        assertTrue(text.contains("largest: net-revenue-retention, tier edge at attainment 0.85, +9.60 overall points"), text);
        assertTrue(text.contains("  fairness.curvesNonDecreasing: holds, every curve is non-decreasing"), text);
        assertTrue(text.contains("Adverse impact: selected = overall at least 70"), text);
        assertTrue(text.contains("34 reviews"), text);
        for (String team : new String[] {"east", "north", "south", "west"}) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(team + " ")), team + " missing in\n" + text);
        }
    }
}
