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
package org.blendscore.dsl;

import java.util.List;

/**
 * Every error text of the DSL, one small factory each, so that a message is written once and names
 * what was wrong and where.
 */
final class DslErrors {

    private DslErrors() {
    }

    /** A null given where a value is required, such as {@code effective(null)}. */
    static NullPointerException nullArgument(String what) {
        return new NullPointerException(what + " is null; a value is required");
    }

    /** A describing function, such as a section's {@code s -> ...}, that returned null instead of a step. */
    static NullPointerException nullStep(String what) {
        return new NullPointerException("the function describing " + what
                + " returned null; it must return the step it was given, or a step made from it");
    }

    /** A double that is NaN or an infinity, where a decimal is required. */
    static IllegalArgumentException notFinite(String field, double value) {
        return new IllegalArgumentException(field + " is " + value + "; a finite number is required");
    }

    /** The text of a rubric problem for a part that was never given, such as a quota's curve. */
    static String missing(String what) {
        return what + " is missing";
    }

    /** An evidence builder was given a measure's actual twice. */
    static String actualTwice(String measureId) {
        return "measure '" + measureId + "': actual given twice";
    }

    /** An evidence builder was given the same milestone of a measure twice. */
    static String milestoneTwice(String measureId, String milestoneId) {
        return "measure '" + measureId + "': milestone '" + milestoneId + "' given twice";
    }

    /** An evidence builder was given the count of a counted milestone twice. */
    static String countTwice(String measureId, String milestoneId) {
        return "measure '" + measureId + "': count of '" + milestoneId + "' given twice";
    }

    /** An evidence builder was given a target factor twice. */
    static String factorTwice(String name) {
        return "factor '" + name + "' given twice";
    }

    /** An evidence builder was never given the review period. */
    static String periodMissing() {
        return "the period is missing";
    }

    /** An evidence builder was given a relief or a check-in for a measure without an actual. */
    static String withoutActual(String measureId, String what) {
        return "measure '" + measureId + "': " + what + " given without an actual";
    }

    /** An evidence builder was given evidence of two families for one measure. */
    static String twoKinds(String measureId) {
        return "measure '" + measureId + "' was given evidence of two kinds";
    }

    /**
     * Evidence that cannot be built, with every problem found: each says what happened (a period
     * missing, an actual given twice...), so the head does not call it incomplete.
     */
    static IllegalStateException evidenceNotBuilt(String subjectId, List<String> problems) {
        return new IllegalStateException("evidence of subject '" + subjectId + "' cannot be built ("
                + problems.size() + (problems.size() == 1 ? " problem): " : " problems): ") + String.join("; ", problems));
    }

    /** The name of a quota measure's actual, for errors. */
    static String actualOf(String measureId) {
        return "actual of " + measureId;
    }

    /** The name of a rater's rating of a measure, for errors. */
    static String ratingOf(String raterId, String measureId) {
        return "rating of " + raterId + " for " + measureId;
    }

    /** The name of a subject's target factor, for errors. */
    static String factorOf(String name) {
        return "factor " + name;
    }
}
