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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendscore.number.Fraction;

/**
 * A rule that every revision of a rubric family must keep: a closed set of kinds. Each reads the
 * figures of the versions before and after ({@link Figures}) or the revision itself, exactly.
 */
public sealed interface RevisionRule {

    /**
     * The rule in words, as violations name it.
     *
     * @return the rule in words
     */
    String describe();

    /**
     * What a revision breaks of this rule.
     *
     * @param before the figures before the revision
     * @param after the figures after it
     * @param revision the revision
     * @return the violations, empty if the rule is kept
     */
    List<RuleViolation> check(Figures before, Figures after, Revision revision);

    /**
     * The qualitative share (of the rating measures in the nominal weight) may not fall below a
     * floor after the revision.
     *
     * @param percent the floor, 0 to 100
     */
    record MinQualitativeShare(BigDecimal percent) implements RevisionRule {

        /**
         * Checks the floor.
         *
         * @param percent the floor, 0 to 100
         * @throws IllegalArgumentException if it is outside 0 to 100
         */
        public MinQualitativeShare {
            RevisionMessages.requirePercent("MinQualitativeShare.percent", percent, true);
        }

        @Override
        public String describe() {
            return RevisionMessages.minQualitativeShareRule(ValueText.plain(percent));
        }

        @Override
        public List<RuleViolation> check(Figures before, Figures after, Revision revision) {
            RevisionMessages.requireInputs(before, after, revision);
            if (after.qualitativeShare().compareTo(percent) >= 0) {
                return List.of();
            }
            String b = Figures.number(before.qualitativeShare()) + "%";
            String a = Figures.number(after.qualitativeShare()) + "%";
            return List.of(new RuleViolation(describe(), Optional.of(b), Optional.of(a),
                    RevisionMessages.qualitativeShareTooLow(describe(), b, a, ValueText.plain(percent))));
        }
    }

    /**
     * No measure's nominal share may move by more than a number of percentage points in one
     * revision; a measure added or removed moves from or to 0.
     *
     * @param points the most a share may move, in percentage points
     */
    record MaxShareMove(BigDecimal points) implements RevisionRule {

        /**
         * Checks the limit.
         *
         * @param points the most a share may move, 0 to 100
         * @throws IllegalArgumentException if it is outside 0 to 100
         */
        public MaxShareMove {
            RevisionMessages.requirePercent("MaxShareMove.points", points, true);
        }

        @Override
        public String describe() {
            return RevisionMessages.maxShareMoveRule(ValueText.plain(points));
        }

        @Override
        public List<RuleViolation> check(Figures before, Figures after, Revision revision) {
            RevisionMessages.requireInputs(before, after, revision);
            Set<String> ids = new LinkedHashSet<>(after.nominalShares().keySet());
            ids.addAll(before.nominalShares().keySet());
            List<RuleViolation> out = new ArrayList<>();
            for (String id : ids) {
                Fraction b = before.share(id);
                Fraction a = after.share(id);
                Fraction move = a.subtract(b);
                if (move.abs().compareTo(points) > 0) {
                    String bt = Figures.number(b) + "%";
                    String at = Figures.number(a) + "%";
                    out.add(new RuleViolation(describe(), Optional.of(bt), Optional.of(at),
                            RevisionMessages.shareMovedTooFar(describe(), id, bt, at, (move.signum() > 0 ? "+" : "") + Figures.number(move))));
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * A revision made inside a running period needs a reason and an approver.
     */
    record ReasonAndApproverInRunningPeriod() implements RevisionRule {

        @Override
        public String describe() {
            return RevisionMessages.reasonAndApproverRule();
        }

        @Override
        public List<RuleViolation> check(Figures before, Figures after, Revision revision) {
            RevisionMessages.requireInputs(before, after, revision);
            if (revision.runningPeriod().isEmpty() || revision.reason().isPresent() && revision.approver().isPresent()) {
                return List.of();
            }
            List<String> missing = new ArrayList<>();
            revision.reason().ifPresentOrElse(r -> { }, () -> missing.add("reason"));
            revision.approver().ifPresentOrElse(r -> { }, () -> missing.add("approver"));
            return List.of(new RuleViolation(describe(), Optional.empty(), Optional.empty(),
                    RevisionMessages.missingInRunningPeriod(describe(), revision, missing)));
        }
    }

    /**
     * The withholding exposure (what leaving evidence out can gain) may not grow; a bounded exposure
     * that becomes unbounded grows.
     */
    record WithholdingMayNotGrow() implements RevisionRule {

        @Override
        public String describe() {
            return RevisionMessages.withholdingRule();
        }

        @Override
        public List<RuleViolation> check(Figures before, Figures after, Revision revision) {
            RevisionMessages.requireInputs(before, after, revision);
            Optional<Fraction> b = before.withholdingExposure();
            Optional<Fraction> a = after.withholdingExposure();
            boolean grows = b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) > 0);
            if (!grows) {
                return List.of();
            }
            return List.of(new RuleViolation(describe(), Optional.of(before.withholdingText()), Optional.of(after.withholdingText()),
                    RevisionMessages.withholdingGrew(describe(), before.withholdingText(), after.withholdingText())));
        }
    }
}
