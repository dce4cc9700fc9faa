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
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is the tagged region of {@link QuickStart}, which this module compiles:
 * the two must match line for line, and running it must print the review the README promises.
 */
class QuickStartTest {

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).contains(end)) {
                return lines.subList(from, i);
            }
        }
        throw new AssertionError("no region between '" + start + "' and '" + end + "'");
    }

    @Test
    void readmeQuickStartIsTheCompiledQuickStartClass() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> block = between(between(readme, "<!-- quickstart:start -->", "<!-- quickstart:end -->"), "```java", "```");
        List<String> source = between(Files.readAllLines(
                Path.of("src", "main", "java", "org", "blendscore", "examples", "QuickStart.java"), StandardCharsets.UTF_8),
                "tag::quickstart[]", "end::quickstart[]");
        assertEquals(source, block, "README quick start differs from QuickStart.java; copy the tagged region into the README");
        assertTrue(block.size() <= 30, "the quick start should stay short, it has " + block.size() + " lines");
    }

    @Test
    void quickStartPrintsTheExplainedReview() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        // new-arr: 1.2 -> 100 + 0.2/0.5 x 30 = 112; trust: 0.6 x 75 + 0.4 x 100 = 85; 0.6 x 112 + 0.4 x 85 = 101.20
        assertTrue(text.contains("Overall 101.20, band Exceeds"), text);
        assertTrue(text.contains("new-arr: 1,200,000 of 1,000,000 USD = 120.0% -> 112.00 points x 60% = 67.20"), text);
    }
}
