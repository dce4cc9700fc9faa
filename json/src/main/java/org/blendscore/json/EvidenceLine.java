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
import java.util.Optional;

import org.blendscore.evidence.Evidence;

/**
 * One record of a JSON Lines batch of evidence, as {@link EvidenceLines} reads it: the evidence, or the
 * problems that kept the line from being read, each with its JSON Pointer within the line. Either
 * {@link #evidence()} is present or {@link #problems()} is not empty.
 */
public final class EvidenceLine {

    private final int index;
    private final long line;
    private final Optional<String> subjectId;
    private final Optional<Evidence> evidence;
    private final List<DocumentProblem> problems;
    private final int omittedProblems;

    EvidenceLine(int index, long line, Optional<String> subjectId, Optional<Evidence> evidence, List<DocumentProblem> problems,
                 int omittedProblems) {
        this.index = index;
        this.line = line;
        this.subjectId = subjectId;
        this.evidence = evidence;
        this.problems = List.copyOf(problems);
        this.omittedProblems = omittedProblems;
    }

    /**
     * The record's position in the batch, from 0, counting every non-blank line (read or not).
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * The line's number in the input, from 1, counting blank lines too.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * The subject the line names, when its {@code "subjectId"} is a string, even if the line has problems.
     *
     * @return the subject id, or empty
     */
    public Optional<String> subjectId() {
        return subjectId;
    }

    /**
     * The evidence, when the line was read.
     *
     * @return the evidence, or empty when the line has problems
     */
    public Optional<Evidence> evidence() {
        return evidence;
    }

    /**
     * Whether the line was read.
     *
     * @return true when {@link #evidence()} is present
     */
    public boolean ok() {
        return evidence.isPresent();
    }

    /**
     * The line's problems, each with the JSON Pointer of the offending value within the line.
     *
     * @return the problems; empty when the line was read
     */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those listed.
     *
     * @return zero unless more than {@value InvalidDocumentException#MAX_LISTED_PROBLEMS} were found
     */
    public int omittedProblems() {
        return omittedProblems;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceLine other && index == other.index && line == other.line
                && subjectId.equals(other.subjectId) && evidence.equals(other.evidence) && problems.equals(other.problems)
                && omittedProblems == other.omittedProblems;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, line, subjectId, evidence, problems, omittedProblems);
    }

    @Override
    public String toString() {
        return "line " + line + (ok() ? ": " + evidence.get().subjectId()
                : ": " + problems.size() + omittedProblems + " problem(s) " + problems);
    }
}
