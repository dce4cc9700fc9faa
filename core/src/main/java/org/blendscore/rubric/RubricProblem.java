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

import java.util.Objects;

/**
 * One thing wrong with a rubric definition, with the path of the offending part.
 */
public final class RubricProblem {

    private final String path;
    private final String message;

    /**
     * Checks that both parts are present.
     *
     * @param path where in the rubric, for example {@code sections[Revenue].measures[new-arr].curve.breakpoints[2]}
     * @param message what is wrong, naming the offending value and what is allowed
     */
    public RubricProblem(String path, String message) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        this.path = path;
        this.message = message;
    }

    /** Renders as {@code path: message}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }

    /**
     * Returns where in the rubric, for example {@code sections[Revenue].measures[new-arr].curve.breakpoints[2]}.
     *
     * @return where in the rubric, for example {@code sections[Revenue].measures[new-arr].curve.breakpoints[2]}
     */
    public String path() {
        return path;
    }

    /**
     * Returns what is wrong, naming the offending value and what is allowed.
     *
     * @return what is wrong, naming the offending value and what is allowed
     */
    public String message() {
        return message;
    }

    /** Equal to another RubricProblem whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RubricProblem other
                && Objects.equals(path, other.path)
                && Objects.equals(message, other.message);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(path, message);
    }
}
