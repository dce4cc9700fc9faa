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

import java.util.List;
import java.util.Objects;

/**
 * A JSON document that cannot be read: not JSON, over a limit, or not a valid document of its format.
 * It lists every problem found (up to {@value #MAX_LISTED_PROBLEMS}; {@link #omitted()} counts the
 * rest), each with the JSON Pointer of the offending value.
 */
public final class InvalidDocumentException extends IllegalArgumentException {

    /** The most problems listed; a document with more reports how many were left out. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    /** The serial form's version. */
    private static final long serialVersionUID = 1L;

    /** The format that was expected. */
    private final String format;
    private final transient List<DocumentProblem> problems;
    /** How many problems were found beyond those listed. */
    private final int omitted;

    /**
     * An invalid document.
     *
     * @param format   the format that was expected, such as {@value JsonFormat#RUBRIC}
     * @param problems the problems found, at least one
     * @param omitted  how many more problems were found but not listed
     */
    public InvalidDocumentException(String format, List<DocumentProblem> problems, int omitted) {
        super(message(format, problems, omitted));
        this.format = Objects.requireNonNull(format, "format");
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    /**
     * The format that was expected.
     *
     * @return the format name, such as {@value JsonFormat#RUBRIC}
     */
    public String format() {
        return format;
    }

    /**
     * The problems, in document order as far as they were found.
     *
     * @return the listed problems
     */
    public List<DocumentProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /**
     * How many problems were found beyond those listed.
     *
     * @return zero unless more than {@value #MAX_LISTED_PROBLEMS} were found
     */
    public int omitted() {
        return omitted;
    }

    private static String message(String format, List<DocumentProblem> problems, int omitted) {
        StringBuilder out = new StringBuilder("Invalid ").append(format).append(" document, ")
                .append(problems.size() + omitted).append(problems.size() + omitted == 1 ? " problem:" : " problems:");
        for (DocumentProblem p : problems) {
            out.append("\n  ").append(p);
        }
        if (omitted > 0) {
            out.append("\n  ... and ").append(omitted).append(" more");
        }
        return out.toString();
    }
}
