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
package org.blendscore.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example job runs as spark-submit would run it: its main, in a session configured from system properties. */
class ScoringJobTest {
    @BeforeAll
    static void sparkRuns() {
        SparkRuns.assumeSparkRuns();
    }

    @Test
    void scoresAJsonLinesFileAndWritesReviewsAndRejectedRecords(@TempDir Path dir) throws Exception {
        Path rubric = Files.writeString(dir.resolve("rubric.json"), TestDocuments.benchRubric());
        List<String> evidence = new ArrayList<>(TestDocuments.lines(5));
        evidence.add("{ not json");
        Path lines = Files.write(dir.resolve("evidence.jsonl"), evidence);
        Path out = dir.resolve("out");
        String[] properties = {"spark.master", "spark.ui.enabled", "spark.sql.shuffle.partitions", "spark.driver.host",
            "spark.driver.bindAddress"};
        String[] values = {"local[2]", "false", "2", "127.0.0.1", "127.0.0.1"};
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < properties.length; i++) {
                System.setProperty(properties[i], values[i]);
            }
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            ScoringJob.main(new String[] {rubric.toString(), lines.toString(), out.toString()});
        } finally {
            System.setOut(stdout);
            for (String p : properties) {
                System.clearProperty(p);
            }
        }
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("reviewed 5, rejected 1"), said);
        assertTrue(Files.exists(out.resolve("reviews").resolve("_SUCCESS")), "the reviews were written");
        assertTrue(Files.exists(out.resolve("rejected").resolve("_SUCCESS")), "the rejected records were written");
    }
}
