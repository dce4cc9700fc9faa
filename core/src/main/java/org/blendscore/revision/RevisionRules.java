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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.blendscore.rubric.Rubric;

/**
 * The rules a rubric family declares that every revision must keep, at most one of each kind.
 *
 * <pre>{@code
 * RevisionRules rules = RevisionRules.of(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(30)),
 *         new RevisionRule.MaxShareMove(BigDecimal.valueOf(5)), new RevisionRule.ReasonAndApproverInRunningPeriod(),
 *         new RevisionRule.WithholdingMayNotGrow());
 * RubricDiff diff = rules.requireKept(before, after, revision); // or check(...) for the violations
 * }</pre>
 *
 * @param rules the rules, in declaration order
 */
public record RevisionRules(List<RevisionRule> rules) {

    /**
     * Copies the rules and rejects a kind declared twice.
     *
     * @param rules the rules
     * @throws IllegalArgumentException if a kind of rule is declared twice
     */
    public RevisionRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<Class<?>> kinds = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!kinds.add(rules.get(i).getClass())) {
                throw new IllegalArgumentException(RevisionMessages.duplicateRule(i, rules.get(i).getClass().getSimpleName()));
            }
        }
    }

    /**
     * Rules of a rubric family.
     *
     * @param rules the rules
     * @return the rules
     */
    public static RevisionRules of(RevisionRule... rules) {
        return new RevisionRules(List.of(Objects.requireNonNull(rules, "rules")));
    }

    /**
     * What a revision breaks, with the diff's figures.
     *
     * @param diff the diff between the versions before and after
     * @param revision the revision
     * @return every violation, in the order of the rules
     */
    public List<RuleViolation> check(RubricDiff diff, Revision revision) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(revision, "revision");
        List<RuleViolation> out = new ArrayList<>();
        for (RevisionRule rule : rules) {
            out.addAll(rule.check(diff.beforeFigures(), diff.afterFigures(), revision));
        }
        return List.copyOf(out);
    }

    /**
     * What a revision from one version to the next breaks.
     *
     * @param before the version in force
     * @param after the revised version
     * @param revision the revision
     * @return every violation, in the order of the rules
     */
    public List<RuleViolation> check(Rubric before, Rubric after, Revision revision) {
        return check(RubricDiff.between(before, after), revision);
    }

    /**
     * Accepts a revision that keeps every rule, and gives its diff.
     *
     * @param before the version in force
     * @param after the revised version
     * @param revision the revision
     * @return the diff between the versions
     * @throws RevisionRejectedException naming every rule broken, with the figures before and after
     */
    public RubricDiff requireKept(Rubric before, Rubric after, Revision revision) {
        RubricDiff diff = RubricDiff.between(before, after);
        List<RuleViolation> violations = check(diff, revision);
        if (!violations.isEmpty()) {
            throw new RevisionRejectedException(before.id(), after.version(), violations);
        }
        return diff;
    }
}
