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
import java.time.YearMonth;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.TierEdge;

/**
 * The texts that explain how a review's figures were found (the curve rule applied, the steps of the
 * target and the actual, the share of the period counted), one named factory each. The curve's texts
 * are made once per compiled curve; the others only where the target is adjusted.
 */
final class ExplanationText {

    private ExplanationText() {
    }

    /** A linear curve's segment between two breakpoints (made once per curve). */
    static String linearSegment(String from, String fromPoints, String to, String toPoints) {
        return "linear from " + from + " (" + fromPoints + ") to " + to + " (" + toPoints + ")";
    }

    /** Attainment below a linear curve's gate (made once per curve). */
    static String belowGate(String gate) {
        return "below the gate of " + gate + ": 0 points";
    }

    /** Attainment at a linear curve's first breakpoint (made once per curve). */
    static String atFirstBreakpoint(String at, String points) {
        return "at the first breakpoint " + at + ": " + points + " points";
    }

    /** Attainment below a linear curve's first breakpoint (made once per curve). */
    static String belowFirstBreakpoint(String at, String points) {
        return "below the first breakpoint " + at + ": " + points + " points";
    }

    /** Attainment at a capped curve's last breakpoint (made once per curve). */
    static String atCap(String at, String points) {
        return "at the cap " + at + ": " + points + " points";
    }

    /** Attainment beyond a capped curve's last breakpoint (made once per curve). */
    static String cappedAt(String at, String points) {
        return "capped at " + at + ": " + points + " points";
    }

    /** Attainment beyond an uncapped curve's last breakpoint, where the last slope continues (made once per curve). */
    static String beyondLast(String last, String before, String beforePoints, String lastPoints) {
        return "beyond " + last + ", the slope from " + before + " (" + beforePoints + ") to " + last + " (" + lastPoints
                + ") continues";
    }

    /** The tier an attainment fell in (made once per tier). */
    static String tier(String interval, String points) {
        return "tier " + interval + ": " + points + " points";
    }

    /** The tier an attainment on a tier edge fell in (made once per tier). */
    static String tierOnEdge(String tierText, TierEdge edge) {
        return tierText + " (on the edge; edges belong to the " + edge.name().toLowerCase(java.util.Locale.ROOT) + " tier)";
    }

    /** The first step of a target: the rubric's base target. */
    static String baseTarget() {
        return "base target";
    }

    /** The first step of an actual: the actual as reported. */
    static String reportedActual() {
        return "reported actual";
    }

    /** The step of a target prorated by the share of the period counted. */
    static String timeShare() {
        return "time share";
    }

    /** What a relief step rests on: its reason and approval, and the amount requested when it was limited (else null). */
    static String reliefDetail(Relief r, BigDecimal requestedWhenLimited) {
        return r.reason() + ", approved by " + r.approver() + " on " + r.approved()
                + (requestedWhenLimited != null ? " (" + requestedWhenLimited.toPlainString() + " requested)" : "");
    }

    /** Added to a relief step's detail: the part of the period it relieves and that part's share of the target. */
    static String reliefPart(DateRange part, BigDecimal partTarget) {
        return "; over " + part + ", whose share of the target is " + partTarget.toPlainString();
    }

    /** The share, at an interim review, of a part of the period that starts after the review's date. */
    static String partAfterInterimDate(DateRange part) {
        return "the part " + part + " starts after the interim date";
    }

    /** The share of a subject in the role for the whole effective period. */
    static String wholePeriod() {
        return "the whole period";
    }

    /** The share of a subject not in the role at all during a range. */
    static String notInRole(DateRange range) {
        return "not in the role during " + range;
    }

    /** The days a share counts, by the rubric's proration basis. */
    static String dayUnit(ProrationBasis basis) {
        return basis == ProrationBasis.CALENDAR_DAYS ? "calendar days" : "working days";
    }

    /** Added to the days counted when the rubric weighs its season parts (empty without seasonality). */
    static String seasonNote(boolean seasonal) {
        return seasonal ? " by season weights" : "";
    }

    /** Appends when the subject was in the role. */
    static StringBuilder inRole(StringBuilder b, LocalDate from, LocalDate to) {
        return b.append("in the role ").append(from).append("..").append(to);
    }

    /** Appends the leaves taken out of the time in the role. */
    static StringBuilder lessLeave(StringBuilder b, String leaves) {
        return b.append(", less leave ").append(leaves);
    }

    /** Appends the days counted of the days of the effective period. */
    static StringBuilder daysCounted(StringBuilder b, int counted, int ofDays, String unit, DateRange effective, String seasonNote) {
        return b.append(": ").append(counted).append(" of ").append(ofDays).append(' ').append(unit).append(" of ")
                .append(effective).append(seasonNote);
    }

    /** Appends the hire date and the ramp by tenure month. */
    static StringBuilder ramp(StringBuilder b, LocalDate hired, String ramp, YearMonth from) {
        return b.append("; hired ").append(hired).append(", ramp ").append(ramp).append(" by tenure month from ").append(from);
    }

    /** Appends the share as a sum a reviewer can recompute. */
    static StringBuilder shareFormula(StringBuilder b, String formula) {
        return b.append("; share = ").append(formula);
    }
}
