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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of contents lists its sections (level 2) and subsections (level 3), in order,
 * with the anchors GitHub gives them, so that a section added or renamed without its entry is noticed.
 */
class ReadmeContentsTest {

    private static final Pattern ENTRY = Pattern.compile("^(\\s*)- \\[(.+)]\\(#([^)]+)\\)$");

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void theContentsListEverySectionWithItsAnchor() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> headings = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        boolean inCode = false;
        boolean inContents = false;
        for (String line : readme) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (line.contains("<!-- toc:start -->")) {
                inContents = true;
            } else if (line.contains("<!-- toc:end -->")) {
                inContents = false;
            } else if (inContents) {
                Matcher m = ENTRY.matcher(line);
                if (!m.matches()) {
                    throw new AssertionError("not a contents entry: " + line);
                }
                contents.add(m.group(1) + m.group(2) + " #" + m.group(3));
            } else if (!inCode && (line.startsWith("## ") || line.startsWith("### ")) && !line.equals("## Contents")) {
                String text = line.substring(line.indexOf(' ') + 1);
                headings.add((line.startsWith("### ") ? "  " : "") + text + " #" + anchor(text));
            }
        }
        assertEquals(String.join("\n", headings), String.join("\n", contents),
                "README contents (between <!-- toc:start --> and <!-- toc:end -->) must list every ## and ### heading");
    }
}
