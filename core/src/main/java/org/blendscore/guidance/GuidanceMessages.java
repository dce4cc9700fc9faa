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
package org.blendscore.guidance;

import java.math.BigDecimal;

/** The words of the path to the next band: its notes and the errors of its entry point. */
final class GuidanceMessages {

    private GuidanceMessages() {
    }

    static String otherSubject(String reviewSubject, String evidenceSubject) {
        return "the review is subject '" + reviewSubject + "''s but the evidence is subject '" + evidenceSubject + "''s";
    }

    static String notThisReview(String subject, BigDecimal reviewOverall, BigDecimal rescored) {
        return "the evidence of subject '" + subject + "' scores " + rescored.toPlainString() + " with this scorer, but the review says "
                + reviewOverall.toPlainString() + ": pass the evidence the review was scored from, and the scorer that scored it";
    }

    static String unknownBand(String band, String rubricId) {
        return "the review's band '" + band + "' is not a band of rubric '" + rubricId + "'";
    }

    static String incomplete(String subject) {
        return "the review of subject '" + subject + "' is incomplete (too little coverage for a band): no path to a next band";
    }

    static String topBand(String band) {
        return "the review is in the top band, " + band + ": there is no next band";
    }

    static String noEvidence(String measureId) {
        return measureId + " has no evidence, so the review leaves it out; evidence for it would change the weights of its section";
    }

    static String cannotAlone(String measureId, String band) {
        return measureId + " cannot lift the review to " + band + " alone: even at its cap or the top of its scale it falls short";
    }

    static String nothingToRaise(String measureId) {
        return measureId + " has nothing left to raise: every usable rating is at the top of the scale, or every milestone is reached";
    }

    static String notVerified(String measureId) {
        return measureId + ": the step found did not pass the check by scoring again, so it is not proposed";
    }

    static String guardHolds(String path, String message) {
        return "a guard holds the band down (" + path + "): " + message;
    }

    static String noPair(String band) {
        return "no single measure and no pair of measures lifts the review to " + band;
    }

    static String pathHeading() {
        return "Path to the next band";
    }

    static String quotaUp(String amount, String unit, String measureId) {
        return "+" + amount + " " + unit + " of " + measureId;
    }

    static String quotaDown(String amount, String unit, String measureId) {
        return "-" + amount + " " + unit + " of " + measureId;
    }

    static String rating(String measureId, String source, String to, String from) {
        return measureId + " from the " + source + " at " + to + " instead of " + from;
    }

    static String anonymousRating(String measureId, String source, long levels) {
        return measureId + ": one " + source + " rating " + levels + (levels == 1 ? " level" : " levels") + " higher";
    }

    static String milestone(String id) {
        return "the " + id + " milestone";
    }

    static String stage(String stage, String ladder) {
        return "the " + stage + " stage of " + ladder;
    }

    static String counted(long more, String id) {
        return "+" + more + " " + id;
    }

    static String paceHeading() {
        return "Weekly pace to the next band by the end of the period";
    }

    static String pace(WeeklyPace p) {
        StringBuilder out = new StringBuilder(p.measureId()).append(": ").append(Ladders.amount(p.perWeek())).append(' ')
                .append(p.unit()).append(" a week for the ").append(p.daysLeft()).append(p.daysLeft() == 1 ? " day" : " days")
                .append(" to ").append(p.periodEnd()).append(" (").append(Ladders.amount(p.remaining())).append(" more, ")
                .append(Ladders.amount(p.neededByEnd())).append(" by the end; expected to date ")
                .append(Ladders.amount(p.expectedToDate())).append(", actual ").append(Ladders.amount(p.actualToDate())).append(')');
        if (!p.activities().isEmpty()) {
            out.append("; a week: ");
            for (int i = 0; i < p.activities().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(p.activities().get(i).perWeek()).append(' ').append(p.activities().get(i).activity());
            }
        }
        return out.toString();
    }

    static String noPace(String measureId) {
        return measureId + ": no actual at the end of the period reaches the next band with everything else as it is";
    }

    static String periodOver(String asOf) {
        return "the interim review is as of " + asOf + ", the last day of the period: no weeks are left to pace";
    }
}
