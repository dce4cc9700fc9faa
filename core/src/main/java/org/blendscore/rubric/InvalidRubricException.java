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
package org.blendscore.rubric;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rubric definition is invalid; lists every problem found, each with its path.
 */
public final class InvalidRubricException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems, in the order they were found; never empty. */
    private final transient List<RubricProblem> problems;

    /**
     * Creates the exception.
     *
     * @param rubricId the id of the rubric, as given (may be blank)
     * @param problems every problem found; at least one
     */
    public InvalidRubricException(String rubricId, List<RubricProblem> problems) {
        super(render(rubricId, problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order of the rubric's tree.
     *
     * @return the problems, never empty
     */
    public List<RubricProblem> problems() {
        return problems;
    }

    private static String render(String rubricId, List<RubricProblem> problems) {
        String head = ModelMessages.invalidRubric(rubricId, problems.size());
        return problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
