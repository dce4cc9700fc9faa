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
package org.blendscore.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRejectedException;
import org.blendscore.revision.RevisionRules;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;

/**
 * The {@link RevisionCheck} that holds each rubric family (a rubric id) to its declared
 * {@link RevisionRules}: registering a revision checks the rules against the version it replaces and
 * throws {@link RevisionRejectedException} naming every rule broken with the figures before and
 * after. A family's first version, and a family that declares no rules, pass unchecked.
 *
 * <p>The registry's {@link Revision} becomes the rules' {@link org.blendscore.revision.Revision} with
 * the same reason, author, approver and date; its running period is the replaced version's review
 * period ({@link Rubric#effective()}) when the revision's date falls inside it, and none otherwise
 * (a revision made between two periods).
 *
 * <pre>{@code
 * RubricRegistry registry = JdbcRubricRegistry.open(dataSource, RulesCheck.of(Map.of("hunter-ae", hunterRules)));
 * // or with the rules kept as data, blendscore.revision-rules/1 documents (module blendscore-json)
 * RubricRegistry same = JdbcRubricRegistry.open(dataSource, RulesCheck.of(RevisionRulesJson.read(hunterRulesJson)));
 * }</pre>
 *
 * @param families the revision rules by rubric id
 */
public record RulesCheck(Map<String, RevisionRules> families) implements RevisionCheck {

    /**
     * Copies the families.
     *
     * @param families the revision rules by rubric id
     * @throws NullPointerException if the map, an id or its rules are null
     */
    public RulesCheck {
        families = Map.copyOf(Objects.requireNonNull(families, "families"));
    }

    /**
     * A check of the families' rules.
     *
     * @param families the revision rules by rubric id
     * @return the check
     */
    public static RulesCheck of(Map<String, RevisionRules> families) {
        return new RulesCheck(families);
    }

    /**
     * A check of families' rules, each named by its family's rubric id, as a
     * {@code blendscore.revision-rules/1} document gives them.
     *
     * @param families the families' rules
     * @return the check
     * @throws NullPointerException if the array or a family is null
     * @throws IllegalArgumentException if two name the same family
     */
    public static RulesCheck of(FamilyRules... families) {
        Map<String, RevisionRules> byId = new LinkedHashMap<>();
        for (FamilyRules family : Objects.requireNonNull(families, "families")) {
            Objects.requireNonNull(family, "family");
            if (byId.putIfAbsent(family.family(), family.rules()) != null) {
                throw new IllegalArgumentException(RegistryMessages.familyTwice(family.family()));
            }
        }
        return new RulesCheck(byId);
    }

    /**
     * Checks a revision against its family's rules.
     *
     * @param previous the version that the proposed one revises; empty for the first of its id and role
     * @param proposed the version to register
     * @throws RevisionRejectedException naming every rule broken, with the figures before and after
     */
    @Override
    public void check(Optional<RegisteredRubric> previous, RegisteredRubric proposed) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(proposed, "proposed");
        RevisionRules rules = families.get(proposed.id());
        if (rules == null || previous.isEmpty()) {
            return;
        }
        Rubric before = previous.get().rubric();
        rules.requireKept(before, proposed.rubric(), asRulesRevision(proposed.revision(), before.effective()));
    }

    private static org.blendscore.revision.Revision asRulesRevision(Revision revision, DateRange reviewPeriod) {
        boolean inside = !revision.date().isBefore(reviewPeriod.start()) && !revision.date().isAfter(reviewPeriod.end());
        return new org.blendscore.revision.Revision(revision.reason(), revision.author(), revision.approver(), revision.date(),
                inside ? Optional.of(reviewPeriod) : Optional.empty());
    }
}
