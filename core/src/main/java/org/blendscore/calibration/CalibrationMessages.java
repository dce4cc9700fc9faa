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
package org.blendscore.calibration;

/** The calibration's error and warning texts, each named for what went wrong. */
final class CalibrationMessages {

    private CalibrationMessages() {
    }

    /** A rule's value out of its range: {@code calibration rule shrinkage is -1, must be at least 0}. */
    static String outOfRange(String rule, Object value, String allowed) {
        return "calibration rule " + rule + " is " + value + ", must be " + allowed;
    }

    /** An offset with fewer ratings behind it than the rules want. */
    static String tooFewRatings(int ratings, int minRatings) {
        return "only " + ratings + " rating" + (ratings == 1 ? "" : "s") + " compared with other raters, "
                + minRatings + " wanted: offset shrunk toward 0 and uncertain";
    }

    /** A calibration asked about a measure of the rubric that is not a rating measure. */
    static String notARatingMeasure(String measureId) {
        return "measure " + measureId + " is not a rating measure of the rubric";
    }

    /** A calibration for another rubric than the scorer's. */
    static String otherRubric(String calibrated, String scored) {
        return "calibration was estimated for rubric " + calibrated + ", not for " + scored;
    }

    /** A rating off its measure's scale, met while estimating. */
    static String offScale(String subjectId, String measureId, String raterId, Object value, String scale) {
        return "subject " + subjectId + ", measure " + measureId + ", rater " + raterId + ": rating " + value
                + " is not on the scale " + scale;
    }

    /** A rule below its least value: {@code calibration rule minRatings is 0, must be at least 1}. */
    static String atLeast(String rule, Object value, int least) {
        return outOfRange(rule, value, "at least " + least);
    }

    /** A negative count of ratings behind a rater's offset. */
    static String negativeCount(String raterId, int ratings) {
        return atLeast("ratings of " + raterId, ratings, 0);
    }

    /** What a null element of the evidence is called. */
    static String evidenceElement() {
        return "evidence element";
    }
}
