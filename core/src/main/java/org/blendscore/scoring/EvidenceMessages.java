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
package org.blendscore.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.RatingScale;

/** The messages of evidence problems, one named factory each. */
final class EvidenceMessages {

    private EvidenceMessages() {
    }

    static String nullRecord() {
        return "the record is null";
    }

    static String subjectMissing() {
        return "subject id is missing (blank); every piece of evidence names its subject";
    }

    static String periodOutside(DateRange period, DateRange effective, String rubricId) {
        return "period " + period + " is not inside the effective period " + effective + " of rubric '" + rubricId + "'";
    }

    static String unknownMeasure(String measureId, Collection<String> known) {
        return "no measure '" + measureId + "' in the rubric; measures are " + String.join(", ", known);
    }

    static String wrongFamily(String expected, String given) {
        return "the measure takes " + expected + ", but " + given + " was given";
    }

    static String negativeActual(BigDecimal actual) {
        return "actual is " + actual.toPlainString() + ", allowed 0 or more";
    }

    static String fractionalCount(BigDecimal actual, String unit) {
        return "actual is " + actual.toPlainString() + ", but the target counts whole " + unit;
    }

    static String offScale(BigDecimal value, RatingScale scale) {
        return "rating " + value.toPlainString() + " is not on the scale: allowed " + scale.min().toPlainString()
                + " to " + scale.max().toPlainString() + " in steps of " + scale.step().toPlainString() + ", or N/A";
    }

    static String unknownSource(String source, Collection<String> known) {
        return "no source '" + source + "' for this measure; sources are " + String.join(", ", known);
    }

    static String raterMissing() {
        return "rater id is missing (blank)";
    }

    static String duplicateRating(String source) {
        return "the rater rated this measure twice as " + source + "; one rating per rater and source";
    }

    static String unknownMilestone(String id, Collection<String> known) {
        return "no milestone or stage '" + id + "' in this measure; known are " + String.join(", ", known);
    }

    static String countedAsReached(String id) {
        return "'" + id + "' is a counted milestone; give how many times it occurred, not just that it was reached";
    }

    static String countNotCounted(String id) {
        return "'" + id + "' is not a counted milestone; list it as reached instead of giving a count";
    }

    static String negativeCount(int count) {
        return "count is " + count + ", allowed 0 or more";
    }

    static String missingUnderRejectPolicy(String what) {
        return what + ", and the rubric's missing-evidence policy is REJECT";
    }

    static String nothingToScore() {
        return "no measure has usable evidence, so there is nothing to score";
    }

    static String joined(Collection<String> items) {
        return items.stream().sorted().collect(Collectors.joining(", "));
    }
}
