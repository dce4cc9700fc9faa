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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.blendscore.revision.RubricDiff;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample team's governance cycle, run on an in-memory H2, its key lines checked exactly. */
class GovernanceCycleTest {

    private static String output;
    private static List<String> lines;

    @BeforeAll
    static void runTheCycle() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:governance-cycle-test;DB_CLOSE_DELAY=-1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            GovernanceCycle.run(out, ds);
        }
        output = bytes.toString(StandardCharsets.UTF_8);
        lines = output.lines().toList();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "governance-cycle.txt"), output, StandardCharsets.UTF_8);
    }

    private static void hasLine(String line) {
        assertTrue(lines.contains(line), "the cycle prints the line\n" + line + "\nin\n" + output);
    }

    @Test
    void printsTheKeyLines() {
        hasLine("without an approver: revision 2026.2 of rubric hunter-ae rejected, 1 rule broken:");
        hasLine("  rule 'a revision inside a running period needs a reason and an approver' broken: the revision by dana on 2026-06-20 "
                + "inside the running period 2026-01-01..2026-12-31 has no approver");
        hasLine("registered: hunter-ae 2026.2 for hunter [2026-07-01, open), because cycle time matters less than new ARR this year "
                + "(by dana, approved by lee)");
        hasLine("in force on 2026-08-01: hunter-ae 2026.2 for hunter [2026-07-01, open)");
        assertTrue(output.contains(RubricDiff.between(SampleRubrics.hunter(), SampleRubrics.hunter2026_2()).toText()), "the diff as text");
        hasLine("19 subjects scored under both versions: 3 up, 16 down, 0 unchanged, 11 in another band");
        hasLine("0 records rejected (0 before, 0 after)");
        hasLine("Meets                 0      5           4      2          1");
        hasLine("  new-arr 782.83 -> 500.96 (-281.87)");
        hasLine("appended 19 computed reviews, the adjustment (r01 #2, ADJUSTMENT) and the dispute (r02 #2, DISPUTE)");
        hasLine("current review of r01: band Developing (computed Below, adjusted: true)");
        hasLine("current review of r02: 1 dispute, open");
        hasLine("19 chains, 21 entries: intact");
        hasLine("UPDATE ledger_entry SET payload = REPLACE(payload, 'Developing', 'Meets') WHERE subject_id = 'r01' AND seq = 2: 1 row");
        assertEquals(List.of("19 chains, 21 entries: 1 problems",
                "subject r01, entry 2: ALTERED: its content does not match its stored hash (the entry or its hash was edited, "
                        + "or it was moved here from another place)"), lines.subList(lines.size() - 2, lines.size()),
                "verify() names the altered row, and only it");
    }

    @Test
    void theReadmeShowsTheCycleAsItRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```text\n" + output + "```\n"), "the README's section The governance cycle shows the output as it is");
    }
}
