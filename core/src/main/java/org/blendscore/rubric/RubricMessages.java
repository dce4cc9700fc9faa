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

    /** A date range that ends before it starts. */
    static String dateRangeBackwards(java.time.LocalDate start, java.time.LocalDate end) {
        return "date range ends (" + end + ") before it starts (" + start + ")";
    }

    /** The first line of an invalid rubric's exception message. */
    static String invalidRubric(String rubricId, int problems) {
        return "rubric '" + rubricId + "' is invalid (" + problems + (problems == 1 ? " problem" : " problems") + "):";
    }

    /** A decimal (shown shortened) outside the digits the library supports. */
    static String outsideSupportedRange(String field, String shown, int integerDigits, int fractionDigits) {
        return field + " " + shown + " is outside the supported range: at most " + integerDigits
                + " digits before the decimal point and " + fractionDigits + " after it";
    }

    /** An effective period longer than the library allows. */
    static String effectiveTooLong(DateRange effective, int maxYears) {
        return "effective period " + effective + " is longer than " + maxYears + " years; publish a rubric per period";
    }

    /** A rubric set without roles. */
    static String noRoles() {
        return "a rubric set needs at least one role";
    }

    /** A rubric set whose role has no rubric (null). */
    static String rubricOfRole(String role) {
        return "rubric of role " + role;
    }

    /** A rubric set with a blank role. */
    static String roleNameBlank() {
        return "a role name is missing (blank)";
    }

    /** A role given twice to a rubric set. */
    static String roleTwice(String role) {
        return "role '" + role + "' given twice";
    }

    /** A role a rubric set does not know. */
    static String unknownRole(String role, java.util.Collection<String> roles) {
        return "no rubric for role '" + role + "'; roles are " + String.join(", ", roles);
    }
}
