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
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The messages of rubric problems, one named factory each, so wording stays consistent. */
final class RubricMessages {

    private RubricMessages() {
    }

    /** Something required that is missing (blank). */
    static String blank(String what) {
        return what + " is missing (blank)";
    }

    /** A list that needs at least one entry and has none. */
    static String empty(String rule) {
        return rule + ", found none";
    }

    /** An id or name given twice where ids are unique. */
    static String duplicate(String what, String id) {
        return "duplicate " + what + " '" + id + "'; ids must be unique";
    }

    /** A whole number outside its allowed range. */
    static String outOfRange(String what, long value, String allowed) {
        return what + " is " + value + ", allowed " + allowed;
    }

    /** The least coverage, named in an error about its size. */
    static String leastCoverageField() {
        return "least coverage";
    }

    /** A least coverage outside 0..100%. */
    static String leastCoverageOutOfRange(BigDecimal percent) {
        return "least coverage is " + percent.toPlainString() + "%, allowed 0 to 100";
    }

    /** A weight outside (0, 100]%. */
    static String weightOutOfRange(BigDecimal weight) {
        return "weight is " + weight.toPlainString() + "%, allowed more than 0 and at most 100";
    }

    /** Weights at one level that do not add up to 100%. */
    static String weightsDoNotAddUp(String level, BigDecimal sum) {
        return level + " add up to " + sum.stripTrailingZeros().toPlainString() + "%, not 100%";
    }

    /** A decimal that must be greater than 0 and is not. */
    static String notPositive(String what, BigDecimal value) {
        return what + " is " + value.toPlainString() + ", must be greater than 0";
    }

    /** A decimal that must not be negative and is. */
    static String negative(String what, BigDecimal value) {
        return what + " is " + value.toPlainString() + ", must not be negative";
    }

    /** A list with fewer entries than it needs. */
    static String tooFew(String what, int found, int needed) {
        return "needs at least " + needed + " " + what + ", found " + found;
    }

    /** A breakpoint whose attainment does not increase on the one before. */
    static String notIncreasing(BigDecimal previous, BigDecimal value) {
        return "attainment " + value.toPlainString() + " does not increase on the previous breakpoint's " + previous.toPlainString();
    }

    /** An uncapped curve whose last segment falls, so points would drop below 0. */
    static String uncappedCurveFalls(BigDecimal before, BigDecimal last) {
        return "the last segment falls from " + before.toPlainString() + " to " + last.toPlainString()
                + " points, so uncapped the points would drop below 0 as attainment grows; cap the curve";
    }

    /** A lower-is-better measure with an uncapped curve. */
    static String lowerIsBetterNeedsCap() {
        return "a lower-is-better measure needs a capped curve: an actual of 0 means attainment without bound";
    }

    /** Attainments that fall in no tier. */
    static String tierGap(String interval) {
        return "attainments in " + interval + " fall in no tier (gap)";
    }

    /** Two tiers that overlap. */
    static String tierOverlap(Tier first, Tier second) {
        return "tiers " + first + " and " + second + " overlap";
    }

    /** A tier whose upper edge is not above its lower edge. */
    static String emptyTier(Tier tier) {
        return "tier " + tier + " is empty: its upper edge is not above its lower edge";
    }

    /** An open-ended tier that is not the last. */
    static String openTierNotLast() {
        return "only the last tier may be open-ended";
    }

    /** A stage worth fewer points than the stage before. */
    static String stageLowersPoints(BigDecimal previous, BigDecimal points) {
        return "stage points " + points.toPlainString() + " are below the previous stage's " + previous.toPlainString()
                + "; reaching a later stage must never lower the points";
    }

    /** A rating scale whose max is not above its min. */
    static String scaleEmpty(BigDecimal min, BigDecimal max) {
        return "scale max " + max.toPlainString() + " must be above min " + min.toPlainString();
    }

    /** A rating scale whose step does not divide its range. */
    static String stepDoesNotDivide(BigDecimal step, BigDecimal min, BigDecimal max) {
        return "step " + step.toPlainString() + " does not divide the scale " + min.toPlainString() + ".." + max.toPlainString();
    }

    /** A rating scale with another number of described levels than it has. */
    static String levelCount(BigInteger expected, int found, RatingScale scale) {
        return "scale " + scale + " in steps of " + scale.step().toPlainString() + " has " + expected
                + " levels, but " + found + " are described; describe each level with a label and an anchor";
    }

    /** A rating scale level whose value is not the next in ascending order. */
    static String levelValue(BigDecimal expected, BigDecimal found) {
        return "level value is " + found.toPlainString() + ", expected " + expected.toPlainString() + " (levels in ascending order)";
    }

    /** Bands not listed highest first. */
    static String bandsNotDescending(Band previous, Band band) {
        return "band '" + band.label() + "' starts at " + band.lowerBound().toPlainString() + ", not below '"
                + previous.label() + "' at " + previous.lowerBound().toPlainString() + "; list bands highest first";
    }

    /** A lowest band that does not start at 0. */
    static String lowestBandNotZero(BigDecimal bound) {
        return "the lowest band starts at " + bound.toPlainString() + "; it must start at 0 so that every score has a band";
    }

    /** A band guard naming a section or measure the rubric does not have. */
    static String unknownRef(ScoreCondition.Scope scope, String ref) {
        return "no " + scope.name().toLowerCase(Locale.ROOT) + " named '" + ref + "' in the rubric";
    }

    /** A band guard capping at a band the rubric does not have. */
    static String unknownBand(String label, List<Band> bands) {
        return "no band labelled '" + label + "'; bands are "
                + bands.stream().map(Band::label).collect(Collectors.joining(", "));
    }

    static String curveWithoutPoints(String parts) {
        return "a curve without " + parts + " gives no points (a rubric rejects such a curve)";
    }

    /** A rubric without an id. */
    static String rubricIdBlank() {
        return blank("rubric id");
    }

    /** A rubric without a version. */
    static String rubricVersionBlank() {
        return blank("rubric version");
    }

    /** A rubric without sections. */
    static String noSections() {
        return empty("a rubric needs at least one section");
    }

    /** A section without a name. */
    static String sectionNameBlank() {
        return blank("section name");
    }

    /** The weights that must add up to 100% across a rubric's sections. */
    static String sectionWeights() {
        return "section weights";
    }

    /** A section without measures. */
    static String noMeasures() {
        return empty("a section needs at least one measure");
    }

    /** A measure without an id. */
    static String measureIdBlank() {
        return blank("measure id");
    }

    /** The weights that must add up to 100% within a section. */
    static String measureWeightsIn(String sectionPath) {
        return "measure weights in " + sectionPath;
    }

    /** A quota target without a unit. */
    static String targetUnitBlank() {
        return blank("target unit");
    }

    /** A tier curve without tiers. */
    static String noTiers() {
        return empty("a tier curve needs at least one tier");
    }

    /** A milestone measure without milestones. */
    static String noMilestones() {
        return empty("a milestone measure needs at least one milestone");
    }

    /** A milestone without an id. */
    static String milestoneIdBlank() {
        return blank("milestone id");
    }

    /** A counted milestone whose target count is below 1. */
    static String targetCountOutOfRange(int target) {
        return outOfRange("target count", target, "1 or more");
    }

    /** A stage ladder without stages. */
    static String noStages() {
        return empty("a stage ladder needs at least one stage");
    }

    /** A stage without an id. */
    static String stageIdBlank() {
        return blank("stage id");
    }

    /** A stage id that a milestone or another stage of the measure already has. */
    static String duplicateMilestoneOrStage(String id) {
        return duplicate("milestone or stage", id);
    }

    /** A rating scale level without a label. */
    static String levelLabelBlank() {
        return blank("level label");
    }

    /** A rating scale level without a behavioural anchor. */
    static String anchorBlank() {
        return blank("behavioural anchor");
    }

    /** A rating measure without sources. */
    static String noSources() {
        return empty("a rating measure needs at least one source");
    }

    /** A rating source without a name. */
    static String sourceNameBlank() {
        return blank("source name");
    }

    /** A rating source whose minimum number of ratings is below 1. */
    static String minRatingsOutOfRange(int minRatings) {
        return outOfRange("minimum number of ratings", minRatings, "1 or more");
    }

    /** An anonymity threshold below 2 distinct raters, which would protect nobody. */
    static String minRatersOutOfRange(int minRaters) {
        return outOfRange("anonymity threshold (distinct raters)", minRaters,
                "2 or more, since one rater's aggregate is that rater's own rating");
    }

    /** The weights that must add up to 100% across a rating measure's sources. */
    static String sourceWeightsIn(String measurePath) {
        return "source weights in " + measurePath;
    }

    /** A rubric without bands. */
    static String noBands() {
        return empty("a rubric needs at least one band");
    }

    /** A band without a label. */
    static String bandLabelBlank() {
        return blank("band label");
    }
}
