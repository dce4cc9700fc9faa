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
package org.blendscore.impact;

import java.math.BigDecimal;
import java.util.List;

/** The messages of adverse-impact input errors and the outcomes in words, one named factory each, so wording stays consistent. */
final class ImpactMessages {

    private ImpactMessages() {
    }

    /** An outcome naming a band the rubric does not have. */
    static String unknownBand(String label, String rubricId, List<String> bands) {
        return "no band labelled '" + label + "' in rubric '" + rubricId + "'; bands are " + String.join(", ", bands);
    }

    /** A top percent outside (0, 100]. */
    static String percentOutOfRange(BigDecimal percent) {
        return "top percent is " + percent.toPlainString() + ", allowed more than 0 and at most 100";
    }

    /** A minimum group size below 1. */
    static String minimumGroupSize(int size) {
        return "minimum group size is " + size + ", allowed 1 or more";
    }

    /** No reviews to analyse. */
    static String noReviews() {
        return "no reviews to analyse; adverse impact needs at least one review";
    }

    /** Reviewed subjects without a group label. */
    static String missingGroups(List<String> subjects) {
        return (subjects.size() == 1 ? "subject " : "subjects ") + String.join(", ", subjects.stream().map(s -> "'" + s + "'").toList())
                + (subjects.size() == 1 ? " has" : " have") + " no group label; every reviewed subject needs one";
    }

    /** A subject whose group label is blank. */
    static String blankGroup(String subject) {
        return "subject '" + subject + "' has a blank group label";
    }

    /** A subject with more than one review. */
    static String duplicateSubject(String subject, int count) {
        return "subject '" + subject + "' has " + count + " reviews; adverse impact counts each subject once, "
                + "so analyse one review per subject (one period at a time)";
    }

    /** A review scored with another rubric than the outcome names. */
    static String blankGroupCount() {
        return "a group count has a blank group label";
    }

    static String groupCountOutOfRange(String group, int count, int selected) {
        return "group '" + group + "' has " + selected + " selected of " + count
                + " reviews; a group has at least 1 review and 0 to that many selected";
    }

    static String duplicateGroup(String group) {
        return "group '" + group + "' is counted twice; give one count per group";
    }

    static String cutoffForOutcome(Outcome outcome, java.util.Optional<BigDecimal> cutoff) {
        return cutoff.isPresent()
                ? "a cutoff (" + cutoff.get().toPlainString() + ") was given for " + outcome.describe() + "; only a top-percent outcome has one"
                : "no cutoff was given for " + outcome.describe() + "; a top-percent outcome needs the lowest selected overall score";
    }

    static String otherRubric(String subject, String reviewRubric, String outcomeRubric) {
        return "the review of subject '" + subject + "' is of rubric '" + reviewRubric + "', but the outcome's bands are those of rubric '"
                + outcomeRubric + "'";
    }

    /** A review whose band the outcome's rubric does not have. */
    static String unknownReviewBand(String subject, String band, String rubricId, List<String> bands) {
        return "the review of subject '" + subject + "' has band '" + band + "', which rubric '" + rubricId
                + "' does not have; bands are " + String.join(", ", bands);
    }

    /** The outcome "band at least", in words. */
    static String bandAtLeast(String label, String rubricId) {
        return "band at least " + label + " (rubric " + rubricId + ")";
    }

    /** The outcome "overall at least", in words. */
    static String overallAtLeast(BigDecimal threshold) {
        return "overall at least " + threshold.toPlainString();
    }

    /** The outcome "top percent of overall scores", in words. */
    static String topPercent(BigDecimal percent) {
        return "top " + percent.toPlainString() + "% of overall scores (ties at the cutoff included)";
    }

    /** A negative cell of a 2x2 table. */
    static String negativeCell(String cell, long value) {
        return "2x2 table cell " + cell + " is " + value + ", allowed 0 or more";
    }

    /** A row of a 2x2 table with no members. */
    static String emptyRow(String row) {
        return "2x2 table row " + row + " has no members (both its cells are 0); each group needs at least one member";
    }

    /** A 2x2 table whose total does not fit in a long. */
    static String tableTooLarge() {
        return "2x2 table total exceeds " + Long.MAX_VALUE + " members";
    }

    /** A group given by its size with more selected than members. */
    static String selectedAboveSize(String group, long selected, long size) {
        return group + " group has " + selected + " selected of " + size + " members; selected must be between 0 and the size";
    }

    /** A 2x2 table with more possible tables than Fisher's exact test enumerates. */
    static String tooManyTables(long tables, long limit) {
        return "Fisher's exact test on this 2x2 table would sum " + tables + " tables, more than the limit of " + limit
                + "; use the two-proportion z test for tables this large";
    }

    static String nullArgument(String name) {
        return name + " is null; a value is required";
    }

    static String unknownReferenceGroup(String reference, List<String> groups) {
        return "reference group '" + reference + "' is not one of the groups " + String.join(", ", groups);
    }

    static String otherReferenceGroup(String group, String named, String reference) {
        return "group '" + group + "' is compared with '" + named + "', not with the reference group '" + reference + "'";
    }

    static String comparedWithoutReference(String group, String named) {
        return "group '" + group + "' is compared with '" + named + "', but there is no reference group";
    }
}
