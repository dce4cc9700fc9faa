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

/**
 * Thrown when a rubric definition is invalid; lists the problems found, each with its path.
 *
 * <p>At most {@value #MAX_LISTED_PROBLEMS} problems are listed: a rubric with more lists the first
 * ones, in the order of the rubric's tree, and says how many more were found
 * ({@link #omittedProblems()}). The message is made from the listed problems only when it is asked for.
 */
public final class InvalidRubricException extends IllegalArgumentException {

    /** The most problems an exception lists; the rest are counted. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    /** The rubric's id, as given. */
    private final String rubricId;
    /** The problems listed, in the order they were found; never empty, at most {@link #MAX_LISTED_PROBLEMS}. */
    private final transient List<RubricProblem> problems;
    /** How many more problems were found and not listed. */
    private final int omitted;

    /**
     * Creates the exception; of more than {@value #MAX_LISTED_PROBLEMS} problems, the first are listed
     * and the rest counted.
     *
     * @param rubricId the id of the rubric, as given (may be blank)
     * @param problems every problem found; at least one
     */
    public InvalidRubricException(String rubricId, List<RubricProblem> problems) {
        this(rubricId, problems, 0);
    }

    /**
     * Creates the exception for problems of which some were found and not kept: of more than
     * {@value #MAX_LISTED_PROBLEMS} problems given, the first are listed and the rest counted with
     * {@code omitted}.
     *
     * @param rubricId the id of the rubric, as given (may be blank)
     * @param problems the problems kept, in the order found; at least one
     * @param omitted how many more problems were found and not kept; a negative count counts as 0
     */
    public InvalidRubricException(String rubricId, List<RubricProblem> problems, int omitted) {
        super((String) null);
        this.rubricId = String.valueOf(rubricId);
        int listed = Math.min(problems.size(), MAX_LISTED_PROBLEMS);
        this.problems = List.copyOf(problems.subList(0, listed));
        this.omitted = (int) Math.min(Integer.MAX_VALUE, (long) Math.max(0, omitted) + problems.size() - listed);
    }

    /**
     * The problems listed: every problem found, or the first {@value #MAX_LISTED_PROBLEMS} of them, in
     * the order of the rubric's tree.
     *
     * @return the problems, never empty
     */
    public List<RubricProblem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those listed.
     *
     * @return 0 when {@link #problems()} holds every problem found
     */
    public int omittedProblems() {
        return omitted;
    }

    /**
     * The head naming the rubric and its count of problems, the listed problems one a line, and how
     * many more there were; made when asked for.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        List<RubricProblem> listed = problems == null ? List.of() : problems;
        long all = (long) listed.size() + omitted;
        StringBuilder out = new StringBuilder(ModelMessages.invalidRubric(rubricId, (int) Math.min(Integer.MAX_VALUE, all)));
        for (RubricProblem p : listed) {
            out.append("\n  - ").append(p);
        }
        if (omitted > 0) {
            out.append("\n  ").append(ModelMessages.problemsNotListed(omitted, MAX_LISTED_PROBLEMS));
        }
        return out.toString();
    }
}
