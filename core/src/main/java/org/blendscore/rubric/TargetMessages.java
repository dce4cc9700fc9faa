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

import java.math.BigDecimal;
import java.time.LocalDate;

/** The messages of problems in a rubric's target rules (factors, calendar, ramp, seasonality, relief, pacing), one named factory each. */
final class TargetMessages {

    private TargetMessages() {
    }

    /** A target factor without a name. */
    static String factorNameBlank() {
        return RubricMessages.blank("factor name");
    }

    /** A target factor whose minimum is 0 or less. */
    static String factorMinimumNotPositive(BigDecimal min) {
        return RubricMessages.notPositive("factor minimum", min);
    }

    /** A target factor whose maximum is below its minimum. */
    static String factorMaximumBelowMinimum(BigDecimal max, BigDecimal min) {
        return "factor maximum " + max.toPlainString() + " is below its minimum " + min.toPlainString();
    }

    /** A quota measure naming a factor the target rules do not declare. */
    static String unknownFactor(String name) {
        return "no factor named '" + name + "' in targets.factors";
    }

    /** A work calendar without a working day. */
    static String noWorkingDay() {
        return RubricMessages.empty("a calendar needs a working day");
    }

    /** A relief cap outside 0..100%. */
    static String reliefCapOutOfRange(BigDecimal cap) {
        return "relief cap is " + cap.toPlainString() + "%, allowed 0 to 100";
    }

    /** A pacing alert after fewer than one check-in. */
    static String pacingAlertOutOfRange(int after) {
        return RubricMessages.outOfRange("pacing alert after", after, "1 or more check-ins");
    }

    /** A ramp without months. */
    static String noRampMonths() {
        return RubricMessages.empty("a ramp needs at least one month");
    }

    /** A ramp month's percentage outside (0, 100]. */
    static String rampMonthOutOfRange(int month, BigDecimal percent) {
        return "ramp month " + month + " is " + percent.toPlainString() + "%, allowed more than 0 and at most 100";
    }

    /** A ramp month's percentage below the month before it. */
    static String rampMonthFalls(int month, BigDecimal percent, BigDecimal previous) {
        return "ramp month " + month + " is " + percent.toPlainString() + "%, below the previous month's "
                + previous.toPlainString() + "%; a later month never has a lower share";
    }

    /** A ramp's cut-off day outside 1..31. */
    static String cutoffDayOutOfRange(int day) {
        return RubricMessages.outOfRange("cut-off day", day, "1..31");
    }

    /** A seasonality without parts. */
    static String noSeasonParts() {
        return RubricMessages.empty("a seasonality needs at least one part");
    }

    /** Two season parts with one name. */
    static String duplicateSeasonPart(String name) {
        return RubricMessages.duplicate("season part", name);
    }

    /** A season part without a working day, whose share of the target could never fall to anyone. */
    static String seasonPartWithoutWorkingDay(DateRange range, BigDecimal weight) {
        return "part " + range + " has no working day, so its " + weight.toPlainString() + "% of the target could never fall to anyone";
    }

    /** A season part that does not start the day after the previous one (or on the effective period's start). */
    static String seasonPartStart(LocalDate start, LocalDate expected, DateRange effective) {
        return "part starts on " + start + ", expected " + expected + ": the parts must cover the effective period " + effective
                + " without gaps or overlaps";
    }

    /** The last season part ending elsewhere than the effective period. */
    static String seasonPartsEnd(LocalDate lastEnd, LocalDate effectiveEnd) {
        return "the last part ends on " + lastEnd + ", but the effective period ends on " + effectiveEnd;
    }

    /** Season weights that do not add up to 100%. */
    static String seasonWeightsDoNotAddUp(BigDecimal sum) {
        return RubricMessages.weightsDoNotAddUp("season weights", sum);
    }

    /** Seasonal quarters asked for in a year outside the supported dates. */
    static String seasonYearOutsideSupportedRange(int year, int firstYear, int lastYear) {
        return "seasonality year " + year + " is outside the supported dates: years " + firstYear + " to " + lastYear;
    }
}
