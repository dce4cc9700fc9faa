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
package org.blendscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error, warning and explanation text of core is a named factory in its area's message class
 * ({@code *Messages} for errors and warnings, {@code *Text} for rendered texts). This test reads
 * core's main sources and fails when a string literal that reads like words (two words or more)
 * is written anywhere else, so a new inline text is caught where it is added.
 *
 * <p>Not counted: comments and javadoc, annotations, log statements ({@code LOG.}), and the
 * messages of broken internal invariants ({@code IllegalStateException}) and of arithmetic faults
 * ({@code ArithmeticException}), which no user input reaches.
 */
class InlineTextTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** The message classes: the one place per area where texts are written. */
    private static final Pattern MESSAGE_CLASS = Pattern.compile("\\w+(Messages|Text)\\.java");
    /** Two words: a word, white space, then a letter or an opening parenthesis. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}'-]*\\s+[\\p{L}(]");
    /** Statements whose texts are exempt, by a token they contain before the literal. */
    private static final List<String> EXEMPT = List.of("LOG.", "IllegalStateException(", "ArithmeticException(");

    @Test
    void everyTextOfCoreIsWrittenInAMessageClass() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "core's main sources are read from " + MAIN.toAbsolutePath());
        List<String> inline = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!MESSAGE_CLASS.matcher(name).matches() && !name.equals("module-info.java")) {
                    inline.addAll(inlineTexts(MAIN.relativize(f).toString(), Files.readString(f)));
                }
            }
        }
        assertEquals("", String.join("\n", inline),
                "texts written inline; move each into a named factory of its area's *Messages (or *Text) class");
    }

    @Test
    void theScanFindsAnInlineSentenceAndNothingElse() {
        String source = """
                /** A class whose javadoc says "some words" harmlessly. */
                @SuppressWarnings("two words")
                final class Sample {
                    // a comment with "quoted words"
                    private static final char QUOTE = '"';
                    void check(int n) {
                        LOG.debug("log statements are {} exempt", n);
                        if (n < 0) {
                            throw new IllegalStateException("an internal invariant " + n);
                        }
                        String key = "single" + "word" + ", " + ".." + "%";
                        String path = "measures[" + key + "].sources";
                        throw new IllegalArgumentException("count is " + n + ", allowed 0 or more");
                    }
                    String block() {
                        return \"""
                            a text block
                            \""";
                    }
                }
                """;
        assertEquals(List.of("Sample.java:13: \"count is \"", "Sample.java:13: \", allowed 0 or more\"",
                "Sample.java:16: \"a text block\""),
                inlineTexts("Sample.java", source));
    }

    /**
     * The string literals of one source file that read like words, outside comments and exempt
     * statements, each as {@code file:line: "literal"}.
     */
    static List<String> inlineTexts(String file, String s) {
        List<String> found = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3) + 3;
                check(file, line, s.substring(i + 3, end - 3).strip(), statement, found);
                statement.append("\"\"");
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (s.charAt(end) != c) {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
                if (c == '"') {
                    check(file, line, s.substring(i + 1, end - 1), statement, found);
                }
                statement.append("\"\"");
            } else {
                end = i + 1;
                if (c == ';' || c == '{' || c == '}') {
                    statement.setLength(0);
                } else {
                    statement.append(c);
                }
            }
            line += (int) s.substring(i, end).chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        return found;
    }

    private static void check(String file, int line, String literal, CharSequence statement, List<String> found) {
        String before = statement.toString();
        boolean exempt = before.strip().startsWith("@") || EXEMPT.stream().anyMatch(before::contains);
        if (!exempt && WORDS.matcher(literal).find()) {
            found.add(file + ":" + line + ": \"" + literal + "\"");
        }
    }
}
