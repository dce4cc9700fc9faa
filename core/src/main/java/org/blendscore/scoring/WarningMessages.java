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
import java.util.List;
import org.blendscore.evidence.Relief;
import org.blendscore.number.Fraction;
import org.blendscore.review.Coverage;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScoreCondition;

/**
 * The warnings of a review (kind, path and text) and the reasons a measure had no input, one named
 * factory each. Most are made once per rubric or cached per reason, never per review on the common path.
 */
final class WarningMessages {

    private WarningMessages() {
    }

    /** A section none of whose measures had usable evidence (made once per section when compiling). */
    static Warning sectionLeftOut(String section) {
        return new Warning(Warning.Kind.SECTION_LEFT_OUT, "sections[" + section + "]",
                "section " + section + ": no measure had usable evidence; left out, and the other sections renormalised");
    }

    /** A section none of whose measures had usable evidence, counted as zero under its policy (made once per section). */
    static Warning sectionCountedAsZero(String section) {
        return new Warning(Warning.Kind.COUNTED_AS_ZERO, "sections[" + section + "]",
                "section " + section + ": no measure had usable evidence; counted as 0 points under the section's policy");
    }

    /** A fail-open band guard whose section or measure was left out: skipped (made once per guard when compiling). */
    static Warning guardNotEvaluated(int index, ScoreCondition condition, String capAt) {
        return new Warning(Warning.Kind.GUARD_NOT_EVALUATED, "guards[" + index + "]",
                "band guard '" + condition + " caps at " + capAt + "' could not be evaluated: its "
                        + condition.scope().name().toLowerCase(java.util.Locale.ROOT)
                        + " was left out for missing evidence; the guard fails open and was skipped");
    }

    /** A band guard whose section or measure was left out, failing closed (made once per guard when compiling). */
    static Warning guardFailedClosed(int index, ScoreCondition condition, String capAt) {
        return new Warning(Warning.Kind.GUARD_FAILED_CLOSED, "guards[" + index + "]",
                "band guard '" + condition + " caps at " + capAt + "' could not be evaluated: its "
                        + condition.scope().name().toLowerCase(java.util.Locale.ROOT)
                        + " was left out for missing evidence, so the band is capped at " + capAt + " as if the condition held");
    }

    /** A review whose evidence covered less than the rubric's least coverage. */
    static Warning incomplete(Coverage coverage, boolean provisional) {
        return new Warning(Warning.Kind.INCOMPLETE, "coverage",
                "incomplete review: evidence covered " + coverage.overallPercent().toPlainString()
                        + "% of the rubric's weight, below its least coverage of "
                        + coverage.leastForBand().multiply(Fraction.HUNDRED).toBigDecimal(2).toPlainString()
                        + "% for a banded review" + (provisional ? "; the band is provisional" : "; no band is given"));
    }

    /** A band guard that lowered the band the overall alone gives. */
    static Warning bandCapped(int index, String capAt, ScoreCondition condition, BigDecimal score, String uncappedBand) {
        return new Warning(Warning.Kind.BAND_CAPPED, "guards[" + index + "]",
                "band capped at " + capAt + ": " + condition + " holds (" + score.toPlainString() + "); the overall alone gives "
                        + uncappedBand);
    }

    /** A measure without points counted as zero under the COUNT_AS_ZERO policy (cached per reason). */
    static Warning measureCountedAsZero(String path, String measureId, String reason) {
        return new Warning(Warning.Kind.COUNTED_AS_ZERO, path, measureId + ": " + reason + "; counted as 0 points");
    }

    /** A measure without points left out, its section's other measures renormalised (cached per reason). */
    static Warning measureLeftOut(String path, String measureId, String reason, String section) {
        return new Warning(Warning.Kind.MEASURE_LEFT_OUT, path, measureId + ": " + reason + "; left out, and the other measures of "
                + section + " renormalised");
    }

    /** A rating source below its minimum count, counted as zero under the COUNT_AS_ZERO policy. */
    static Warning sourceCountedAsZero(String measureId, RatingSource source, int usable) {
        return new Warning(Warning.Kind.COUNTED_AS_ZERO, sourcePath(measureId, source),
                sourceShortfall(measureId, source, usable) + "; counted as 0 points");
    }

    /** A rating source below its minimum count, left out and the other sources renormalised. */
    static Warning sourceLeftOut(String measureId, RatingSource source, int usable) {
        return new Warning(Warning.Kind.SOURCE_LEFT_OUT, sourcePath(measureId, source),
                sourceShortfall(measureId, source, usable) + "; left out, and the other sources' weights renormalised");
    }

    /**
     * A rating source below its anonymity threshold: withheld, then left out or counted as 0. It names
     * no count of raters or ratings, only the threshold.
     */
    static Warning sourceWithheld(String measureId, RatingSource source, int minRaters, boolean countedAsZero) {
        return countedAsZero
                ? new Warning(Warning.Kind.COUNTED_AS_ZERO, sourcePath(measureId, source),
                        measureId + ": " + sourceWithheldCount(source.name(), minRaters) + "; counted as 0 points")
                : new Warning(Warning.Kind.SOURCE_LEFT_OUT, sourcePath(measureId, source),
                        measureId + ": " + sourceWithheldCount(source.name(), minRaters)
                                + "; left out, and the other sources' weights renormalised");
    }

    /** A source below its anonymity threshold, as one line: {@code peer: fewer than 3 raters, not shown}. */
    static String sourceWithheldCount(String source, int minRaters) {
        return source + ": " + withheldReason(minRaters);
    }

    /** Why a source below its anonymity threshold is missing: {@code fewer than 3 raters, not shown}. */
    static String withheldReason(int minRaters) {
        return "fewer than " + minRaters + " raters, not shown";
    }

    private static String sourcePath(String measureId, RatingSource source) {
        return "measures[" + measureId + "].sources[" + source.name() + "]";
    }

    private static String sourceShortfall(String measureId, RatingSource source, int usable) {
        return measureId + ": source " + source.name() + " has " + usable + " usable rating"
                + (usable == 1 ? "" : "s") + ", needs " + source.minRatings();
    }

    /** Relief above what the rubric's cap (or, for a credit, the actual) allows, limited to it. */
    static Warning reliefCapped(String measureId, BigDecimal requested, String unit, String limit, BigDecimal granted) {
        return new Warning(Warning.Kind.RELIEF_CAPPED, "measures[" + measureId + "].reliefs",
                measureId + ": relief of " + requested.toPlainString() + " " + unit + " exceeds " + limit
                        + "; limited to " + granted.toPlainString());
    }

    /** Relief over a part of the period above what is left of that part's share of the target, limited to it. */
    static Warning reliefPartCapped(String measureId, DateRange part, BigDecimal requested, String unit, BigDecimal partTarget,
                                    BigDecimal left) {
        return new Warning(Warning.Kind.RELIEF_CAPPED, "measures[" + measureId + "].reliefs",
                measureId + ": relief of " + requested.toPlainString() + " " + unit + " over " + part
                        + " exceeds what is left of that part's share of the target (" + partTarget.toPlainString()
                        + "), which relief cannot take below 0; limited to " + left.toPlainString());
    }

    /** At an interim review, relief approved after the review's date: not applied. */
    static Warning reliefNotYetApproved(String measureId, Relief r, String unit, LocalDate asOf) {
        return new Warning(Warning.Kind.RELIEF_NOT_YET_APPROVED, "measures[" + measureId + "].reliefs",
                measureId + ": " + (r.kind() == Relief.Kind.CREDIT ? "credit" : "target relief") + " of "
                        + r.amount().toPlainString() + " " + unit + " (" + r.reason() + ") approved on " + r.approved()
                        + ", after this interim review's date " + asOf + ": not applied");
    }

    /** The rubric's relief cap, as the limit that relief exceeded. */
    static String reliefCapLimit(BigDecimal capPercent, BigDecimal capAmount) {
        return "the cap of " + Fingerprint.decimal(capPercent) + "% of the target (" + capAmount.toPlainString() + ")";
    }

    /** The limit that relief exceeded, with the actual (below which a credit cannot go) added. */
    static String creditLimitedByActual(String limit) {
        return limit.isEmpty() ? "the actual, which a credit cannot take below 0" : limit + " and the actual, which a credit cannot take below 0";
    }

    /** At an interim review, behind the expected target at the declared number of consecutive check-ins. */
    static Warning pacingGap(String measureId, int behind, List<LocalDate> dates, BigDecimal gap, String unit) {
        return new Warning(Warning.Kind.PACING_GAP, "measures[" + measureId + "]",
                measureId + ": behind the target expected to date at " + behind + " consecutive check-ins ("
                        + String.join(", ", dates.stream().map(LocalDate::toString).toList()) + "); gap now "
                        + gap.toPlainString() + " " + unit);
    }

    /** Why a quota measure had no input: no actual given (one constant input). */
    static String noActual() {
        return "no actual given";
    }

    /** Why a rating source's share of its measure was not covered: too few usable ratings. */
    static String sourceShort(int usable, int needed) {
        return usable + " usable rating" + (usable == 1 ? "" : "s") + ", needs " + needed;
    }

    /** Why a measure had no points, when its scorer gave no reason. */
    static String noUsableEvidence() {
        return "no usable evidence";
    }

    /** Why a milestone measure had no input: no record given (one constant input). */
    static String noMilestoneRecord() {
        return "no milestone record given";
    }

    /** Why a quota measure had no input: its adjusted target is 0. */
    static String noTarget(String why) {
        return "no target: " + why;
    }

    /** Why a rating measure had no input (built once per combination of counts while they are few). */
    static String noSourceEnough(String shortfall) {
        return "no source had enough usable ratings (" + shortfall + ")";
    }

    /** One source's part of {@link #noSourceEnough}: how many usable ratings of how many needed. */
    static String sourceCount(String source, int usable, int needed) {
        return source + " " + usable + " of " + needed + " needed";
    }
}
