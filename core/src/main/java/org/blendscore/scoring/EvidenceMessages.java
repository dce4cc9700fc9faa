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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.TargetFactor;

/** The messages of evidence problems, one named factory each. */
final class EvidenceMessages {

    private EvidenceMessages() {
    }

    /** A null record in a batch. */
    static String nullRecord() {
        return "the record is null";
    }

    /** A record of a batch whose scoring failed unexpectedly: the failure's type and (shortened) message. */
    static String scoringFailed(Throwable failure) {
        String message = failure.getMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        return "the record could not be scored: " + failure.getClass().getName() + (message == null ? "" : ": " + message)
                + " (a failure of the library, not a problem the checks name; please report it)";
    }

    /** Evidence without a subject id. */
    static String subjectMissing() {
        return "subject id is missing (blank); every piece of evidence names its subject";
    }

    /** Evidence for a period outside the rubric's effective period. */
    static String periodOutside(DateRange period, DateRange effective, String rubricId) {
        return "period " + period + " is not inside the effective period " + effective + " of rubric '" + rubricId + "'";
    }

    /** Evidence for a measure the rubric does not have. */
    static String unknownMeasure(String measureId, Collection<String> known) {
        return "no measure '" + measureId + "' in the rubric; measures are " + String.join(", ", known);
    }

    /** Evidence of another family than the measure takes. */
    static String wrongFamily(String expected, String given) {
        return "the measure takes " + expected + ", but " + given + " was given";
    }

    /** A negative actual. */
    static String negativeActual(BigDecimal actual) {
        return "actual is " + actual.toPlainString() + ", allowed 0 or more";
    }

    /** A part of an actual's basis below zero. */
    static String negativeBasisPart(BigDecimal amount) {
        return "basis part is " + amount.toPlainString() + ", allowed 0 or more";
    }

    /** A part of an actual's basis outside the number limits. */
    static String basisPartUnsupported(BigDecimal amount) {
        return NumberLimits.message("basis part", amount);
    }

    /** The parts of an actual's basis that do not add up to the actual. */
    static String basisPartsDiffer(BigDecimal sum, BigDecimal actual) {
        return "basis parts add up to " + sum.toPlainString() + ", not to the actual " + actual.toPlainString();
    }

    /** A fractional actual for a target that counts whole units. */
    static String fractionalCount(BigDecimal actual, String unit) {
        return "actual is " + actual.toPlainString() + ", but the target counts whole " + unit;
    }

    /** A rating that is not on the measure's scale. */
    static String offScale(BigDecimal value, RatingScale scale) {
        return "rating " + value.toPlainString() + " is not on the scale: allowed " + scale.min().toPlainString()
                + " to " + scale.max().toPlainString() + " in steps of " + scale.step().toPlainString() + ", or N/A";
    }

    /** A rating from a source the measure does not have. */
    static String unknownSource(String source, Collection<String> known) {
        return "no source '" + source + "' for this measure; sources are " + String.join(", ", known);
    }

    /** A rating without a rater id. */
    static String raterMissing() {
        return "rater id is missing (blank)";
    }

    /** A rater who rated one measure twice as one source. */
    static String duplicateRating(String source) {
        return "the rater rated this measure twice as " + source + "; one rating per rater and source";
    }

    /** A milestone or stage the measure does not have. */
    static String unknownMilestone(String id, Collection<String> known) {
        return "no milestone or stage '" + id + "' in this measure; known are " + String.join(", ", known);
    }

    /** A counted milestone listed as reached instead of counted. */
    static String countedAsReached(String id) {
        return "'" + id + "' is a counted milestone; give how many times it occurred, not just that it was reached";
    }

    /** A count given for a milestone that is not counted. */
    static String countNotCounted(String id) {
        return "'" + id + "' is not a counted milestone; list it as reached instead of giving a count";
    }

    /** A negative milestone count. */
    static String negativeCount(int count) {
        return "count is " + count + ", allowed 0 or more";
    }

    /** Missing evidence, which the REJECT policy makes a problem. */
    static String missingUnderRejectPolicy(String what) {
        return what + ", and the rubric's missing-evidence policy is REJECT";
    }

    /** A section none of whose measures had usable evidence, under the section's REJECT policy. */
    static String sectionMissingUnderRejectPolicy(String section) {
        return "section " + section + ": no measure had usable evidence, and the section's missing-evidence policy is REJECT";
    }

    /** Evidence of which no measure is usable. */
    static String nothingToScore() {
        return "no measure has usable evidence, so there is nothing to score";
    }

    /** The family named when quota evidence is expected or given. */
    static String quotaFamily() {
        return "a quota actual";
    }

    /** The family named when milestone evidence is expected or given. */
    static String milestonesFamily() {
        return "milestones reached";
    }

    /** The family named when rating evidence is expected or given. */
    static String ratingsFamily() {
        return "ratings";
    }

    /** Participation that ends before it starts. */
    static String leavesBeforeStarting(LocalDate end, LocalDate start) {
        return "the subject leaves the role (" + end + ") before starting it (" + start + ")";
    }

    /** Participation that starts before the hire date. */
    static String startsBeforeHired(LocalDate start, LocalDate hired) {
        return "the subject starts in the role (" + start + ") before being hired (" + hired
                + "); a ramp counts from the hire date, so give a start on or after it";
    }

    /** Two leaves that share a day. */
    static String leavesOverlap(DateRange first, DateRange second) {
        return "leaves " + first + " and " + second + " overlap; give each day of leave once";
    }

    /** A target factor that a measure with evidence needs but the evidence does not give. */
    static String factorMissing(String name, TargetFactor f) {
        return "no value for target factor '" + name + "', allowed " + f.min().toPlainString() + " to " + f.max().toPlainString();
    }

    /** A target factor's value outside the decimals the library supports. */
    static String factorUnsupported(String name, BigDecimal value) {
        return NumberLimits.message("target factor '" + name + "'", value);
    }

    /** A target factor's value outside the factor's declared range. */
    static String factorOutOfRange(String name, BigDecimal value, TargetFactor f) {
        return "target factor '" + name + "' is " + value.toPlainString() + ", allowed " + f.min().toPlainString() + " to "
                + f.max().toPlainString();
    }

    /** A target factor given in the evidence that the rubric does not declare. */
    static String unknownFactor(String name, List<TargetFactor> known) {
        return "no target factor '" + name + "' in the rubric; factors are "
                + String.join(", ", known.stream().map(TargetFactor::name).toList());
    }

    /** A relief amount outside the decimals the library supports. */
    static String reliefAmountUnsupported(BigDecimal amount) {
        return NumberLimits.message("relief amount", amount);
    }

    /** A relief amount of 0 or less. */
    static String reliefAmountNotPositive(BigDecimal amount) {
        return "relief amount is " + amount.toPlainString() + ", must be greater than 0";
    }

    /** A relief without a reason. */
    static String reliefReasonMissing() {
        return "relief reason is missing (blank)";
    }

    /** A relief without an approver. */
    static String reliefApproverMissing() {
        return "relief approver is missing (blank)";
    }

    /** A part of the period on a credit, which relieves the actual and has no part. */
    static String reliefPartOnCredit(DateRange part) {
        return "relief part " + part + " is given for a credit; only target relief applies to a part of the period";
    }

    /** A part of the period on relief of a rate target, which is not spread over the period. */
    static String reliefPartOfRate(DateRange part, String measureId) {
        return "relief part " + part + " is given, but the target of " + measureId
                + " is a rate, which is not spread over the period; give the relief without a part";
    }

    /** A relief's part of the period that is not inside the review period. */
    static String reliefPartOutsidePeriod(DateRange part, DateRange period) {
        return "relief part " + part + " is not inside the review period " + period;
    }

    /** Two reliefs' parts of the period that overlap without being the same range. */
    static String reliefPartsOverlap(DateRange part, DateRange other, int otherIndex) {
        return "relief part " + part + " overlaps part " + other + " of reliefs[" + otherIndex
                + "]; parts of one measure's reliefs are the same range or do not overlap";
    }

    /** A check-in actual outside the decimals the library supports. */
    static String checkInActualUnsupported(BigDecimal actual) {
        return NumberLimits.message("check-in actual", actual);
    }

    /** A check-in dated outside the review period. */
    static String checkInOutsidePeriod(LocalDate date, DateRange period) {
        return "check-in date " + date + " is outside the review period " + period;
    }

    /** Two check-ins on one day. */
    static String checkInTwice(LocalDate date) {
        return "two check-ins on " + date + "; give one actual to date per day";
    }

    /** An interim review's date outside the review period. */
    static String interimDateOutside(LocalDate asOf, DateRange period) {
        return "interim date " + asOf + " is outside the review period " + period;
    }

    /** A rating source below its anonymity threshold, under the REJECT policy: it names no count. */
    static String tooFewRaters(String source, int minRaters) {
        return missingUnderRejectPolicy("source " + source + " has fewer than " + minRaters
                + " raters, its anonymity threshold, so none of its ratings may be used");
    }

    /** A rating source with too few usable ratings, told as what is missing (under the REJECT policy). */
    static String tooFewRatings(String source, int usable, int needed) {
        return missingUnderRejectPolicy("source " + source + " has " + usable + " usable ratings, needs " + needed);
    }

    /** Target relief that removes the whole target of a measure whose curve has no cap. */
    static String reliefLeavesNoTarget(BigDecimal target, String unit) {
        return "target relief leaves no target (" + target.toPlainString() + " " + unit
                + ") and the curve is uncapped, so the points would have no bound; cap the curve or the relief";
    }

    /** A role that the rubric set does not know. */
    static String unknownRole(String role, Collection<String> roles) {
        return "no rubric for role '" + role + "'; roles are " + String.join(", ", roles);
    }

    /** Names sorted and joined for a message. */
    static String joined(Collection<String> items) {
        return items.stream().sorted().collect(Collectors.joining(", "));
    }

}
