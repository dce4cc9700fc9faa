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
package org.blendscore.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The texts of the analysis, one named factory each: its argument errors, the places it names (drops,
 * cliffs, overlaps), why a band cannot be reached, and the findings of the declared rules' checks.
 * The report that puts them together is {@link AnalysisText}.
 */
final class AnalysisMessages {

    private AnalysisMessages() {
    }

    /** A linear curve with fewer than two breakpoints. */
    static String tooFewBreakpoints(int found) {
        return "a linear curve needs at least 2 breakpoints, found " + found;
    }

    /** A breakpoint whose attainment does not increase on the one before. */
    static String breakpointNotIncreasing(int index, BigDecimal attainment, BigDecimal previous) {
        return "breakpoints[" + index + "] attainment " + attainment.toPlainString()
                + " does not increase on the previous breakpoint's " + previous.toPlainString();
    }

    /** A tier curve without tiers. */
    static String noTiers() {
        return "a tier curve needs at least 1 tier, found none";
    }

    /** An interval without an upper bound whose upper bound is said to be closed. */
    static String openIntervalClosed(BigDecimal low) {
        return "the interval from " + low.toPlainString() + " has no upper bound, so its upper bound cannot be closed";
    }

    /** Where a linear curve falls: between two breakpoints, and on beyond the last one when it is uncapped. */
    static String dropBetweenBreakpoints(int from, BigDecimal fromAttainment, int to, BigDecimal toAttainment, boolean uncappedTail) {
        return "breakpoints[" + from + "] (" + fromAttainment.toPlainString() + ") to breakpoints[" + to + "] ("
                + toAttainment.toPlainString() + ")" + (uncappedTail ? ", and on without bound beyond the last breakpoint (uncapped)" : "");
    }

    /** Where a linear curve falls at its gate. */
    static String dropAtGate(BigDecimal at) {
        return "the gate (" + at.toPlainString() + ")";
    }

    /** Where a tier curve falls: from one tier to the next. */
    static String dropBetweenTiers(int from, Interval fromTier, int to, Interval toTier) {
        return "tiers[" + from + "] " + fromTier + " to tiers[" + to + "] " + toTier;
    }

    /** A curve's drop in words. */
    static String drop(String where, Object pointsBefore, Object pointsAfter) {
        return where + ": points fall from " + pointsBefore + " to " + pointsAfter;
    }

    /** Two overlapping tiers in words. */
    static String overlap(int first, int second, Interval overlap) {
        return "tiers[" + first + "] and tiers[" + second + "] overlap on " + overlap;
    }

    /** Where a curve's cliff is: at an attainment. */
    static String cliffAtAttainment(BigDecimal attainment) {
        return "attainment " + attainment.toPlainString();
    }

    /** Where a milestone measure's step is: a milestone. */
    static String cliffAtMilestone(String id) {
        return "milestone " + id;
    }

    /** Where a milestone measure's step is: a stage of a ladder. */
    static String cliffAtStage(String stage, String ladder) {
        return "stage " + stage + " of " + ladder;
    }

    /** Where a milestone measure's step is: each count of a counted milestone. */
    static String cliffAtCount(String id, int target) {
        return "each " + id + " up to " + target;
    }

    /** A band that starts above the highest reachable overall. */
    static String bandAboveHighest(BigDecimal lowerBound, BigDecimal highest) {
        return "it starts at " + lowerBound.toPlainString() + ", above the highest reachable overall " + highest.toPlainString();
    }

    /** A band that ends below the lowest reachable overall. */
    static String bandBelowLowest(BigDecimal end, BigDecimal lowest) {
        return "it ends below " + end.toPlainString() + ", and the lowest reachable overall is " + lowest.toPlainString();
    }

    /** A band that a guard which always holds caps away. */
    static String bandCappedByGuard(int index, Object condition, String capAt) {
        return "guards[" + index + "] (" + condition + ") always holds and caps the band at " + capAt;
    }

    /** A curve's drop as a finding of the non-decreasing rule. */
    static String curveFalls(String measureId, String fall, String where, String before, String after) {
        return "measures[" + measureId + "] curve falls by " + fall + " points from " + where + " (" + before + " to " + after + ")";
    }

    /** The finding of the non-decreasing rule. */
    static String curvesFinding(List<String> drops) {
        return drops.isEmpty() ? "every curve is non-decreasing" : String.join("; ", drops) + "; more attainment must never earn fewer points";
    }

    /** A tier table's gap as a finding. */
    static String tierGapFinding(String at, Interval gap) {
        return at + "gap: attainments in " + gap + " fall in no tier";
    }

    /** A tier table's overlap as a finding. */
    static String overlapFinding(String at, TierOverlap overlap) {
        return at + "overlap: " + overlap;
    }

    /** A tier table's empty tier as a finding. */
    static String emptyTierFinding(String at, int index, Interval tier) {
        return at + "empty: tiers[" + index + "] " + tier + " holds no attainment";
    }

    /** The finding of the no-gaps rule. */
    static String tierTablesFinding(List<String> findings) {
        return findings.isEmpty() ? "every tier table gives one tier to every attainment" : String.join("; ", findings);
    }

    /** The finding of the least qualitative share rule. */
    static String qualitativeShareFinding(String share, String limit) {
        return "qualitative measures (milestones, ratings) carry " + share + " of the overall by nominal weight, limit at least "
                + limit + "%";
    }

    /** A valid rubric always has a measure (an internal invariant). */
    static String rubricHasMeasures() {
        return "a rubric has measures";
    }

    /** The finding of the largest measure share rule. */
    static StringBuilder measureShareFinding(String share, String measureId, String limit) {
        return new StringBuilder("largest measure share is ").append(share).append(" of the overall at measures[").append(measureId)
                .append("] by nominal weight, limit ").append(limit).append('%');
    }

    /** Added to the largest measure share's finding when several measures are above the limit. */
    static String measuresAboveLimit(List<String> above) {
        return " (" + above.size() + " measures above the limit: " + String.join(", ", above) + ')';
    }

    /** The finding of the largest cliff rule when no curve has a cliff. */
    static String noCliff(String limit) {
        return "no curve has a cliff, limit " + limit;
    }

    /** The finding of the largest cliff rule. */
    static StringBuilder cliffFinding(String jump, String measureId, String kind, String at, String limit) {
        return new StringBuilder("largest cliff is ").append(jump).append(" overall points at measures[").append(measureId)
                .append("] ").append(kind).append(" at ").append(at).append(", limit ").append(limit);
    }

    /** Added to the largest cliff's finding when several cliffs are above the limit. */
    static String cliffsAboveLimit(int above) {
        return " (" + above + " cliffs above the limit)";
    }

    /** The finding of the withholding rule when withholding never pays. */
    static String noWithholdingGain(String limit) {
        return "withholding evidence never raises the overall, limit " + limit;
    }

    /** The finding of the withholding rule: the largest exposure, where, and the limit. */
    static StringBuilder withholdingFinding(java.util.Optional<String> gain, String path, String limit) {
        return new StringBuilder("largest withholding gain is ").append(gain.map(g -> g + " overall points").orElse("unbounded"))
                .append(" at ").append(path).append(", limit ").append(limit);
    }

    /** How many measures and sections exceed the withholding limit. */
    static String withholdingAboveLimit(int above) {
        return " (" + above + " measures and sections above the limit)";
    }

    /** The first line of a tier table's rendering. */
    static String tiersHead(String edge) {
        return "tiers (edges belong to the " + edge + " tier):";
    }

    /** A tier table without gaps or overlaps, in its rendering. */
    static String noGapsNoOverlaps() {
        return "; no gaps, no overlaps";
    }

    /** A gap, in a tier table's rendering. */
    static String gapLine(Interval gap) {
        return "\ngap: attainments in " + gap + " fall in no tier";
    }

    /** An overlap, in a tier table's rendering. */
    static String overlapLine(TierOverlap overlap) {
        return "\noverlap: " + overlap;
    }

    /** An empty tier, in a tier table's rendering. */
    static String emptyTierLine(int index, Interval tier) {
        return "\nempty: tiers[" + index + "] " + tier + " holds no attainment";
    }
}
