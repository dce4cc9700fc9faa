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
package org.blendscore.revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.blendscore.rubric.DateRange;

/** The messages of revisions and their rules, each a small named factory. */
final class RevisionMessages {

    private RevisionMessages() {
    }

    /** A change whose values do not fit its kind. */
    static String changeValuesDoNotFit(ChangeKind kind, String path, boolean before, boolean after) {
        return "a change " + kind + " at " + path + " has " + (before ? "a" : "no") + " value before and " + (after ? "a" : "no")
                + " value after";
    }

    /** A revision's text field that is blank. */
    static String blank(String field) {
        return "a revision's " + field + " must not be blank";
    }

    /** A revision dated outside the running period it names. */
    static String dateOutsideRunningPeriod(LocalDate date, DateRange period) {
        return "a revision dated " + date + " cannot be inside the running period " + period;
    }

    /** Checks a percentage limit of a rule. */
    static void requirePercent(String what, BigDecimal value, boolean atMostHundred) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || atMostHundred && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(what + " must lie between 0 and 100, found " + value.toPlainString());
        }
    }

    /** Checks a rule's inputs, naming the one that is null. */
    static void requireInputs(Figures before, Figures after, Revision revision) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(revision, "revision");
    }

    /** Two rules of one kind. */
    static String duplicateRule(int index, String kind) {
        return "rules[" + index + "]: a rubric family declares at most one " + kind + " rule";
    }

    /** A family named by a blank rubric id. */
    static String blankFamily() {
        return "family: the rubric id of a family must not be blank";
    }

    /** The qualitative share falls below its floor. */
    static String qualitativeShareTooLow(String rule, String before, String after, String floor) {
        return "rule '" + rule + "' broken: the qualitative share goes from " + before + " to " + after + ", below " + floor + "%";
    }

    /** A measure's nominal share moves too far. */
    static String shareMovedTooFar(String rule, String measureId, String before, String after, String move) {
        return "rule '" + rule + "' broken: the nominal share of measures[" + measureId + "] goes from " + before + " to " + after
                + " (" + move + " points)";
    }

    /** A revision inside a running period without a reason or an approver; missing names what it lacks. */
    static String missingInRunningPeriod(String rule, Revision revision, List<String> missing) {
        return "rule '" + rule + "' broken: the revision by " + revision.author() + " on " + revision.date()
                + " inside the running period " + revision.runningPeriod().orElseThrow() + " has no " + String.join(" and no ", missing);
    }

    /** The rule {@code MinQualitativeShare} in words. */
    static String minQualitativeShareRule(String percent) {
        return "qualitative share at least " + percent + "%";
    }

    /** The rule {@code MaxShareMove} in words. */
    static String maxShareMoveRule(String points) {
        return "no measure's nominal share moves by more than " + points + " points";
    }

    /** The rule {@code ReasonAndApproverInRunningPeriod} in words. */
    static String reasonAndApproverRule() {
        return "a revision inside a running period needs a reason and an approver";
    }

    /** The rule {@code WithholdingMayNotGrow} in words. */
    static String withholdingRule() {
        return "the withholding exposure may not grow";
    }

    /** The withholding exposure grows. */
    static String withholdingGrew(String rule, String before, String after) {
        return "rule '" + rule + "' broken: the withholding exposure goes from " + before + " to " + after + " points";
    }

    /** A rejected revision, listing every rule broken. */
    static String rejected(String rubricId, String version, List<RuleViolation> violations) {
        StringBuilder out = new StringBuilder("revision ").append(version).append(" of rubric ").append(rubricId).append(" rejected, ")
                .append(violations.size()).append(violations.size() == 1 ? " rule broken:" : " rules broken:");
        violations.forEach(v -> out.append("\n  ").append(v.message()));
        return out.toString();
    }
}
