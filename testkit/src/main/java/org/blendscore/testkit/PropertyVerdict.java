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
package org.blendscore.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one {@link ScoringProperty}: passed after a number of tries, failed with a
 * shrunk {@link Counterexample}, or skipped with the reason.
 *
 * @param property the property
 * @param status passed, failed or skipped
 * @param tries how many tries ran (up to and including the failing one)
 * @param counterexample for a failure, the shrunk counterexample
 * @param note why a property was skipped, or what a pass covered; may be empty
 */
public record PropertyVerdict(ScoringProperty property, Status status, int tries, Optional<Counterexample> counterexample,
                              String note) {

    /** How a property fared. */
    public enum Status {
        /** No try found a violation. */
        PASSED,
        /** A try found a violation. */
        FAILED,
        /** The property could not be checked, such as a cliff limit when none is declared. */
        SKIPPED
    }

    /**
     * Checks the parts; a failure needs a counterexample and only a failure has one.
     *
     * @param property the property
     * @param status passed, failed or skipped
     * @param tries how many tries ran (up to and including the failing one)
     * @param counterexample for a failure, the shrunk counterexample
     * @param note why a property was skipped, or what a pass covered; may be empty
     */
    public PropertyVerdict {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counterexample, "counterexample");
        Objects.requireNonNull(note, "note");
        if ((status == Status.FAILED) != counterexample.isPresent()) {
            throw new IllegalArgumentException("a " + status + " verdict on " + property.label()
                    + (counterexample.isPresent() ? " has a counterexample" : " needs a counterexample"));
        }
    }

    /**
     * Whether the property failed.
     *
     * @return true for a failure
     */
    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * Renders the verdict: one line, and for a failure the counterexample below it, indented.
     *
     * @return the text
     */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(java.util.Locale.ROOT, "%-7s %s: ", status, property.label()));
        switch (status) {
            case PASSED -> b.append(property.promise()).append(" (").append(tries).append(tries == 1 ? " try" : " tries")
                    .append(note.isEmpty() ? "" : "; " + note).append(')');
            case SKIPPED -> b.append(note);
            case FAILED -> b.append(counterexample.orElseThrow().render().replace("\n", "\n          "));
        }
        return b.toString();
    }

    /** The same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }
}
