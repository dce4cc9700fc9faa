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
package org.blendscore.funnel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The texts of the activity funnel: its argument errors and its plan's table, one named factory each. */
final class FunnelMessages {

    private FunnelMessages() {
    }

    /** An average deal size of 0 or less. */
    static String dealSizeNotPositive(BigDecimal size) {
        return "average deal size is " + size.toPlainString() + ", must be greater than 0";
    }

    /** A funnel without stages. */
    static String noStages() {
        return "a funnel needs at least one stage";
    }

    /** A funnel naming one activity twice. */
    static String activitiesNotDistinct(List<String> activities) {
        return "funnel activities must be distinct: " + activities;
    }

    /** A negative quota to plan for. */
    static String negativeQuota(BigDecimal quota) {
        return "quota is " + quota.toPlainString() + ", must not be negative";
    }

    /** A plan over fewer than one week. */
    static String tooFewWeeks(int weeks) {
        return "weeks is " + weeks + ", must be at least 1";
    }

    /** A negative number of planned top-of-funnel activities. */
    static String negativePlanned(String activity, long planned) {
        return "planned " + activity + " is " + planned + ", must not be negative";
    }

    /** An activity the plan does not hold. */
    static String unknownActivity(String activity, List<String> activities) {
        return "no activity '" + activity + "' in the funnel; activities are " + String.join(", ", activities);
    }

    /** The first line of a plan's table: the quota, the deals it takes and the weeks. */
    static StringBuilder planHeader(BigDecimal quota, BigDecimal averageDealSize, long deals, int weeks) {
        return new StringBuilder("quota ").append(quota.toPlainString()).append(" / average deal ")
                .append(averageDealSize.toPlainString()).append(" = ").append(deals).append(" deals over ").append(weeks)
                .append(" weeks\n");
    }

    /** One activity's line of a plan's table. */
    static String planLine(String activity, long perPeriod, long perWeek) {
        return String.format(java.util.Locale.ROOT, "  %-14s %8d per period %6d per week%n", activity, perPeriod, perWeek);
    }

    /** A conversion history without activities or records. */
    static String emptyHistory() {
        return "a conversion history needs activities and at least one record";
    }

    /** A record of a conversion history with a missing or negative count. */
    static String badCount(int record, String activity, Long count) {
        return "record " + record + ": count of '" + activity + "' is " + count + ", must be 0 or more";
    }

    /** An activity no record has, so its conversion cannot be measured. */
    static String unknownConversion(String activity) {
        return "no record has any " + activity + ", so its conversion is unknown";
    }

    /** A performer tier that converts none of an activity. */
    static String noConversion(String tier, String activity) {
        return "the " + tier + " performers convert no " + activity + ", so no activity count can reach a quota";
    }

    /** A funnel stage without an activity. */
    static String activityBlank() {
        return "funnel activity is missing (blank)";
    }

    /** A conversion outside (0, 1], as a fraction. */
    static String conversionOutOfRange(String activity, BigInteger numerator, BigInteger denominator) {
        return "conversion of " + activity + " is " + numerator + "/" + denominator + ", allowed more than 0 and at most 1";
    }

    /** A conversion given as text that is not a decimal. */
    static String conversionNotDecimal(String activity, String conversion) {
        return "conversion of " + activity + " is '" + conversion + "', not a decimal";
    }

    /** A conversion outside (0, 1], as a decimal. */
    static String conversionOutOfRange(String activity, BigDecimal conversion) {
        return "conversion of " + activity + " is " + conversion.toPlainString() + ", allowed more than 0 and at most 1";
    }

    /** A plan whose counts do not fit a long. */
    static String planTooLarge(BigDecimal quota, java.math.BigInteger count) {
        return "quota " + quota.toPlainString() + " needs " + count.bitLength() + "-bit counts of deals or activities; at most "
                + Long.MAX_VALUE + " are supported";
    }

    /** A null where a funnel needs a value: a list, one of its elements, or a key. */
    static String nullPart(String field) {
        return field + " is null; a value is required";
    }

    /**
     * An immutable copy of a list, naming a null list or element.
     *
     * @throws NullPointerException naming the list or the position of a null element
     */
    static <T> java.util.List<T> copyOf(java.util.List<T> list, String field) {
        if (list == null) {
            throw new NullPointerException(nullPart(field));
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(nullPart(field + "[" + i + "]"));
            }
        }
        return java.util.List.copyOf(list);
    }
}
