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

    static String blank(String what) {
        return what + " is missing (blank)";
    }

    static String empty(String rule) {
        return rule + ", found none";
    }

    static String duplicate(String what, String id) {
        return "duplicate " + what + " '" + id + "'; ids must be unique";
    }

    static String outOfRange(String what, long value, String allowed) {
        return what + " is " + value + ", allowed " + allowed;
    }

    static String weightOutOfRange(BigDecimal weight) {
        return "weight is " + weight.toPlainString() + "%, allowed more than 0 and at most 100";
    }

    static String weightsDoNotAddUp(String level, BigDecimal sum) {
        return level + " add up to " + sum.stripTrailingZeros().toPlainString() + "%, not 100%";
    }

    static String notPositive(String what, BigDecimal value) {
        return what + " is " + value.toPlainString() + ", must be greater than 0";
    }

    static String negative(String what, BigDecimal value) {
        return what + " is " + value.toPlainString() + ", must not be negative";
    }

    static String tooFew(String what, int found, int needed) {
        return "needs at least " + needed + " " + what + ", found " + found;
    }

    static String notIncreasing(BigDecimal previous, BigDecimal value) {
        return "attainment " + value.toPlainString() + " does not increase on the previous breakpoint's " + previous.toPlainString();
    }

    static String uncappedCurveFalls(BigDecimal before, BigDecimal last) {
        return "the last segment falls from " + before.toPlainString() + " to " + last.toPlainString()
                + " points, so uncapped the points would drop below 0 as attainment grows; cap the curve";
    }

    static String lowerIsBetterNeedsCap() {
        return "a lower-is-better measure needs a capped curve: an actual of 0 means attainment without bound";
    }

    static String tierGap(String interval) {
        return "attainments in " + interval + " fall in no tier (gap)";
    }

    static String tierOverlap(Tier first, Tier second) {
        return "tiers " + first + " and " + second + " overlap";
    }

    static String emptyTier(Tier tier) {
        return "tier " + tier + " is empty: its upper edge is not above its lower edge";
    }

    static String openTierNotLast() {
        return "only the last tier may be open-ended";
    }

    static String stageLowersPoints(BigDecimal previous, BigDecimal points) {
        return "stage points " + points.toPlainString() + " are below the previous stage's " + previous.toPlainString()
                + "; reaching a later stage must never lower the points";
    }

    static String scaleEmpty(BigDecimal min, BigDecimal max) {
        return "scale max " + max.toPlainString() + " must be above min " + min.toPlainString();
    }

    static String stepDoesNotDivide(BigDecimal step, BigDecimal min, BigDecimal max) {
        return "step " + step.toPlainString() + " does not divide the scale " + min.toPlainString() + ".." + max.toPlainString();
    }

    static String levelCount(BigInteger expected, int found, RatingScale scale) {
        return "scale " + scale + " in steps of " + scale.step().toPlainString() + " has " + expected
                + " levels, but " + found + " are described; describe each level with a label and an anchor";
    }

    static String levelValue(BigDecimal expected, BigDecimal found) {
        return "level value is " + found.toPlainString() + ", expected " + expected.toPlainString() + " (levels in ascending order)";
    }

    static String bandsNotDescending(Band previous, Band band) {
        return "band '" + band.label() + "' starts at " + band.lowerBound().toPlainString() + ", not below '"
                + previous.label() + "' at " + previous.lowerBound().toPlainString() + "; list bands highest first";
    }

    static String lowestBandNotZero(BigDecimal bound) {
        return "the lowest band starts at " + bound.toPlainString() + "; it must start at 0 so that every score has a band";
    }

    static String unknownRef(ScoreCondition.Scope scope, String ref) {
        return "no " + scope.name().toLowerCase(Locale.ROOT) + " named '" + ref + "' in the rubric";
    }

    static String unknownBand(String label, List<Band> bands) {
        return "no band labelled '" + label + "'; bands are "
                + bands.stream().map(Band::label).collect(Collectors.joining(", "));
    }

    static String curveWithoutPoints(String parts) {
        return "a curve without " + parts + " gives no points (a rubric rejects such a curve)";
    }
}
