package org.blendscore.rubric;

import java.util.Objects;

/**
 * One thing wrong with a rubric definition, with the path of the offending part.
 *
 * @param path where in the rubric, for example {@code sections[Revenue].measures[new-arr].curve.breakpoints[2]}
 * @param message what is wrong, naming the offending value and what is allowed
 */
public record RubricProblem(String path, String message) {

    /**
     * Checks that both parts are present.
     *
     * @param path where in the rubric, for example {@code sections[Revenue].measures[new-arr].curve.breakpoints[2]}
     * @param message what is wrong, naming the offending value and what is allowed
     */
    public RubricProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** Renders as {@code path: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
