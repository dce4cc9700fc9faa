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
package org.blendscore.evidence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when evidence cannot be scored; lists every problem, each naming the subject, measure,
 * rater and field. Nothing is scored from such evidence.
 */
public final class InvalidEvidenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; never empty. */
    private final transient List<EvidenceProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public InvalidEvidenceException(List<EvidenceProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, never empty
     */
    public List<EvidenceProblem> problems() {
        return problems;
    }

    private static String render(List<EvidenceProblem> problems) {
        if (problems.size() == 1) {
            return RejectionMessages.rejected(problems.get(0));
        }
        return problems.stream().map(p -> "  - " + p)
                .collect(Collectors.joining("\n", RejectionMessages.rejectedHead(problems.size()), ""));
    }
}
