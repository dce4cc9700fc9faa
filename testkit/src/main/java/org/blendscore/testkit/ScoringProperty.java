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

/**
 * A property a fair scoring must have, checked by {@link PropertyCheck} on generated evidence. Each
 * is metamorphic: it scores a piece of evidence and a variant of it, and knows how the two reviews
 * must relate, so no expected score needs to be known.
 */
public enum ScoringProperty {
    /** The overall stays within the lowest and highest the rubric's analysis allows, and every measure's points within its range. */
    BOUNDED("bounded", "the overall and every measure's points stay within what the rubric allows"),
    /**
     * Doing better never scores worse: raising a quota actual in its better direction, raising a
     * rating, or reaching one more milestone, stage or counted occurrence never lowers the overall
     * or the band.
     */
    MONOTONE("monotone", "a better quota actual, rating or milestone never lowers the overall or the band"),
    /** Adding or removing an N/A rating changes nothing that was scored. */
    NA_NEUTRAL("N/A-neutral", "an N/A rating, added or removed, changes nothing"),
    /** Renaming the subject, or adding or changing attributes the rubric does not name, changes nothing that was scored. */
    SUBJECT_BLIND("subject-blind", "the subject's id and attributes change nothing"),
    /** Reordering ratings, sources, milestones, relief or measures changes nothing that was scored. */
    ORDER_BLIND("order-blind", "the order of ratings, sources, milestones and measures changes nothing"),
    /** Scoring the same evidence again, or an equal copy of it, gives an equal review. */
    DETERMINISTIC("deterministic", "the same evidence always gives the same review"),
    /**
     * Multiplying every amount (actuals, relief, check-ins) and every target by one positive constant
     * changes nothing that was scored: the units are the rubric's business, not the score's.
     */
    UNIT_BLIND("unit-blind", "multiplying all amounts and targets by one constant changes nothing"),
    /**
     * No tiny change of one quota actual moves the overall by more than the cliff limit, the
     * rubric's declared {@code maxCliff} or the one given to the kit; probed with complete evidence,
     * where every measure has its nominal share, as the limit is declared.
     */
    NO_CLIFF_ABOVE_LIMIT("no cliff above the limit", "no tiny change of a quota actual jumps the overall by more than the limit"),
    /**
     * Withholding never pays beyond what the rubric declares: leaving out one measure's evidence, or
     * a whole section's, never raises the overall by more than the rubric's declared
     * {@code maxWithholdingGain} or the analysis's exact withholding exposure of what was left out,
     * and never lifts the band past a guard's cap that the analysis does not list as escapable.
     */
    WITHHOLDING_BOUNDED("withholding-bounded", "leaving evidence out never gains more than the rubric declares, nor escapes a guard");

    private final String label;
    private final String promise;

    ScoringProperty(String label, String promise) {
        this.label = label;
        this.promise = promise;
    }

    /**
     * A short name, such as {@code subject-blind}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * What the property promises, in a sentence.
     *
     * @return the promise
     */
    public String promise() {
        return promise;
    }
}
