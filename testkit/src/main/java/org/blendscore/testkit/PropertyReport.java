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

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a {@link PropertyCheck} run: one verdict per property, the seed and number of
 * tries, and an assertion for any test framework.
 *
 * <pre>{@code
 * PropertyCheck.of(rubric).seed(42).run().assertFair();   // throws AssertionError with the report
 * }</pre>
 *
 * @param rubricId the rubric checked
 * @param rubricVersion its version
 * @param seed the run's seed
 * @param tries the tries per property
 * @param verdicts one verdict per property checked, in {@link ScoringProperty} order
 */
public record PropertyReport(String rubricId, String rubricVersion, long seed, int tries, List<PropertyVerdict> verdicts) {

    /**
     * Checks the parts and copies the verdicts.
     *
     * @param rubricId the rubric checked
     * @param rubricVersion its version
     * @param seed the run's seed
     * @param tries the tries per property
     * @param verdicts one verdict per property checked, in {@link ScoringProperty} order
     */
    public PropertyReport {
        Objects.requireNonNull(rubricId, "rubricId");
        Objects.requireNonNull(rubricVersion, "rubricVersion");
        verdicts = List.copyOf(verdicts);
    }

    /**
     * Whether no property failed (skipped ones do not count against).
     *
     * @return true if fair
     */
    public boolean fair() {
        return verdicts.stream().noneMatch(PropertyVerdict::failed);
    }

    /**
     * The verdicts of the properties that failed.
     *
     * @return the failures, in property order
     */
    public List<PropertyVerdict> failures() {
        return verdicts.stream().filter(PropertyVerdict::failed).toList();
    }

    /**
     * The verdict on one property.
     *
     * @param property a property
     * @return its verdict, or empty if it was not checked
     */
    public Optional<PropertyVerdict> verdict(ScoringProperty property) {
        return verdicts.stream().filter(v -> v.property() == property).findFirst();
    }

    /**
     * The counterexample of a failed property.
     *
     * @param property a property
     * @return its counterexample, or empty if it did not fail
     */
    public Optional<Counterexample> counterexample(ScoringProperty property) {
        return verdict(property).flatMap(PropertyVerdict::counterexample);
    }

    /**
     * Throws unless the scoring was fair; the message is the rendered report, so a test framework
     * shows every verdict and the shrunk counterexamples.
     *
     * @throws AssertionError if a property failed
     */
    public void assertFair() {
        if (!fair()) {
            throw new AssertionError(render());
        }
    }

    /**
     * Renders the report: a heading with the seed, one verdict a line, counterexamples below their
     * verdicts, and the result.
     *
     * @return the text, lines separated by {@code \n}
     */
    public String render() {
        StringBuilder b = new StringBuilder("Fairness check of rubric ").append(rubricId).append(" version ").append(rubricVersion)
                .append(": seed ").append(seed).append(", ").append(tries).append(tries == 1 ? " try" : " tries")
                .append(" per property\n");
        for (PropertyVerdict v : verdicts) {
            b.append("  ").append(v.render().replace("\n", "\n  ")).append('\n');
        }
        int failed = failures().size();
        b.append(failed == 0 ? "Result: fair, no property failed" : "Result: UNFAIR, " + failed + " of " + verdicts.size()
                + (verdicts.size() == 1 ? " property" : " properties") + " failed").append('\n');
        return b.toString();
    }

    /** The same as {@link #render()}. */
    @Override
    public String toString() {
        return render();
    }
}
