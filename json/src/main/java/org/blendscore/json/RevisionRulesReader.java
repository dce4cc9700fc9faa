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
package org.blendscore.json;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;

/**
 * Reads a {@value JsonFormat#REVISION_RULES} document: the family's rubric id and its rules, each
 * taken by its {@code "kind"} from a closed set, at most one of each kind.
 */
final class RevisionRulesReader {

    /** The kinds, as the document names them. */
    static final String MIN_QUALITATIVE_SHARE = "min-qualitative-share";
    static final String MAX_SHARE_MOVE = "max-share-move";
    static final String REASON_AND_APPROVER = "reason-and-approver-in-running-period";
    static final String WITHHOLDING = "withholding-may-not-grow";

    private static final Map<String, String> KINDS = Names.closed(MIN_QUALITATIVE_SHARE, MAX_SHARE_MOVE, REASON_AND_APPROVER,
            WITHHOLDING);
    private static final Set<String> MEMBERS = Set.of("format", "family", "rules");
    /** Four kinds, one of each: a longer list is refused before any element is read. */
    private static final int MOST = 4;

    private RevisionRulesReader() {
    }

    static FamilyRules document(Cursor in) {
        in.object(MEMBERS);
        Cursor at = in.required("family");
        String family = at == null ? null : at.text();
        // the core's check of the family's id, reported at its member whatever the rules hold
        Parts.build(at, () -> new FamilyRules(family, RevisionRules.of()), family);
        List<RevisionRule> rules = in.required("rules", RevisionRulesReader::rules);
        in.problems().throwIfAny();
        return new FamilyRules(family, new RevisionRules(rules));
    }

    private static List<RevisionRule> rules(Cursor in) {
        List<Cursor> elements = in.elements(MOST, "revision rules (one of each kind)");
        if (elements == null) {
            return null;
        }
        Set<String> kinds = new HashSet<>();
        RevisionRule[] read = new RevisionRule[elements.size()];
        boolean bad = false;
        for (int i = 0; i < read.length; i++) {
            Cursor element = elements.get(i);
            String kind = element.isObject() ? element.required("kind", c -> c.oneOf(KINDS)) : null;
            if (kind != null && !kinds.add(kind)) {
                element.required("kind").problem(Messages.repeatedRule(kind));
                kind = null;
            }
            read[i] = kind == null ? null : rule(element, kind);
            bad |= read[i] == null;
        }
        return bad ? null : List.of(read);
    }

    private static RevisionRule rule(Cursor in, String kind) {
        return switch (kind) {
            case MIN_QUALITATIVE_SHARE -> bounded(in, "percent", RevisionRule.MinQualitativeShare::new);
            case MAX_SHARE_MOVE -> bounded(in, "points", RevisionRule.MaxShareMove::new);
            case REASON_AND_APPROVER -> in.object(Set.of("kind")) ? new RevisionRule.ReasonAndApproverInRunningPeriod() : null;
            default -> in.object(Set.of("kind")) ? new RevisionRule.WithholdingMayNotGrow() : null;
        };
    }

    /** A rule of one decimal member; the core's bounds (0 to 100) are reported at that member. */
    private static RevisionRule bounded(Cursor in, String member, Function<BigDecimal, RevisionRule> rule) {
        boolean known = in.object(Set.of("kind", member));
        Cursor at = in.required(member);
        BigDecimal value = at == null ? null : at.decimal();
        return known ? Parts.build(at, () -> rule.apply(value), value) : null;
    }
}
