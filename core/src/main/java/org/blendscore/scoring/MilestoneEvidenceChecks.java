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
package org.blendscore.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;

/**
 * The checks of a milestone measure's evidence, with what they need of the measure, prepared when the
 * scorer is compiled: its plain ids (milestones and ladder stages), counted ones, all known ones sorted,
 * the plain ones as a list, and when every rule is a plain milestone (at most 62 of them), their ids in
 * rule order (else null), whose reached ones the checks tally as bits for scoring.
 */
record MilestoneEvidenceChecks(Set<String> plain, Set<String> counted, List<String> known, List<String> plainList,
                               String[] ruleIds) {

    static MilestoneEvidenceChecks of(MilestoneMeasure m) {
        Set<String> plain = new HashSet<>();
        Set<String> counted = new HashSet<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof CountedMilestone) {
                counted.add(rule.id());
            } else if (rule instanceof StageLadder ladder) {
                ladder.stages().stream().map(Stage::id).forEach(plain::add);
            } else {
                plain.add(rule.id());
            }
        }
        Set<String> known = new HashSet<>(plain);
        known.addAll(counted);
        boolean allMilestones = m.rules().size() < PatternCache.MAX_PARTS && m.rules().stream().allMatch(r -> r instanceof Milestone);
        String[] ruleIds = allMilestones ? m.rules().stream().map(MilestoneRule::id).toArray(String[]::new) : null;
        return new MilestoneEvidenceChecks(Set.copyOf(plain), Set.copyOf(counted), sorted(known), List.copyOf(plain), ruleIds);
    }

    void check(String measureId, MilestonesReached r, EvidenceProblemList out) {
        if (r.counts().isEmpty() && ruleIds() != null) {
            // every rule a plain milestone: all is well when as many of them were reached as were given
            Set<String> reached = r.reached();
            String[] ruleIds = ruleIds();
            int found = 0;
            for (int k = 0; k < ruleIds.length; k++) {
                if (reached.contains(ruleIds[k])) {
                    found++;
                }
            }
            if (found == reached.size()) {
                return;
            }
        } else if (r.counts().isEmpty() && allPlain(r.reached())) {
            return;
        }
        Optional<String> id = Optional.of(measureId);
        Set<String> plain = plain();
        Set<String> counted = counted();
        r.reached().stream().sorted().forEach(reached -> {
            if (counted.contains(reached)) {
                out.add(id, Optional.empty(), "reached", EvidenceMessages.countedAsReached(reached));
            } else if (!plain.contains(reached)) {
                out.add(id, Optional.empty(), "reached", EvidenceMessages.unknownMilestone(reached, known()));
            }
        });
        r.counts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c -> {
            if (plain.contains(c.getKey())) {
                out.add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.countNotCounted(c.getKey()));
            } else if (!counted.contains(c.getKey())) {
                out.add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.unknownMilestone(c.getKey(), known()));
            } else if (c.getValue() < 0) {
                out.add(id, Optional.empty(), "counts[" + c.getKey() + "]", EvidenceMessages.negativeCount(c.getValue()));
            }
        });
    }

    private boolean allPlain(Set<String> reached) {
        if (counted().isEmpty() && reached.size() <= plainList().size()) {
            // every reached id is a known plain one when as many known ones were reached
            int found = 0;
            for (String id : plainList()) {
                if (reached.contains(id)) {
                    found++;
                }
            }
            return found == reached.size();
        }
        for (String id : reached) {
            if (!plain().contains(id) || counted().contains(id)) {
                return false;
            }
        }
        return true;
    }

    /** The items, sorted. */
    private static List<String> sorted(Set<String> items) {
        return items.stream().sorted().toList();
    }
}
