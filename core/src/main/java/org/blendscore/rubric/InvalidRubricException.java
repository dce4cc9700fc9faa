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
