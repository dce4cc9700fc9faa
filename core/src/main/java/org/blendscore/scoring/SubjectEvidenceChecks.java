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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Participation;
import org.blendscore.rubric.DateLimits;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.TargetFactor;

/** The checks of what a record says of its subject as a whole: the participation's dates and the target factors. */
final class SubjectEvidenceChecks {

    private SubjectEvidenceChecks() {
    }

    static void participation(Evidence evidence, EvidenceProblemList out) {
        Participation p = evidence.participation();
        if (p.isFull()) {
            return;
        }
        if (!participationDates(p, out)) {
            // a date past the supported years has no day or month after it to compute with
            return;
        }
        if (p.start().isPresent() && p.end().isPresent() && p.end().get().isBefore(p.start().get())) {
            out.add(Optional.empty(), Optional.empty(), "participation.end",
                    EvidenceMessages.leavesBeforeStarting(p.end().get(), p.start().get()));
        }
        if (p.hired().isPresent() && p.start().isPresent() && p.start().get().isBefore(p.hired().get())) {
            out.add(Optional.empty(), Optional.empty(), "participation.hired",
                    EvidenceMessages.startsBeforeHired(p.start().get(), p.hired().get()));
        }
        if (p.leaves().size() < 2) {
            return;
        }
        List<DateRange> leaves = p.leaves().stream()
                .sorted(Comparator.comparing(DateRange::start)).toList();
        for (int i = 1; i < leaves.size(); i++) {
            if (!leaves.get(i).start().isAfter(leaves.get(i - 1).end())) {
                out.add(Optional.empty(), Optional.empty(), "participation.leaves",
                        EvidenceMessages.leavesOverlap(leaves.get(i - 1), leaves.get(i)));
            }
        }
    }

    /** Whether every date of the participation is within {@link DateLimits}; adds a problem for each that is not. */
    private static boolean participationDates(Participation p, EvidenceProblemList out) {
        int before = out.size();
        p.start().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                out.add(Optional.empty(), Optional.empty(), "participation.start", DateLimits.message("start", d)));
        p.end().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                out.add(Optional.empty(), Optional.empty(), "participation.end", DateLimits.message("end", d)));
        p.hired().filter(d -> !DateLimits.allows(d)).ifPresent(d ->
                out.add(Optional.empty(), Optional.empty(), "participation.hired", DateLimits.message("hired", d)));
        for (int i = 0; i < p.leaves().size(); i++) {
            DateRange leave = p.leaves().get(i);
            if (!DateLimits.allows(leave)) {
                LocalDate outside = DateLimits.allows(leave.start()) ? leave.end() : leave.start();
                out.add(Optional.empty(), Optional.empty(), "participation.leaves[" + i + "]", DateLimits.message("leave", outside));
            }
        }
        return out.size() == before;
    }

    static void factors(Rubric rubric, Collection<Measure> measures, Evidence evidence, EvidenceProblemList out) {
        if (rubric.targets().factors().isEmpty() && evidence.factors().isEmpty()) {
            return;
        }
        Set<String> needed = new TreeSet<>();
        for (Measure m : measures) {
            if (m instanceof QuotaMeasure q && evidence.measures().containsKey(q.id())) {
                needed.addAll(q.factors());
            }
        }
        // every factor is within the number limits: EvidenceNumberChecks has looked at them first
        for (String name : needed) {
            BigDecimal value = evidence.factors().get(name);
            TargetFactor f = rubric.targets().factor(name).orElseThrow();
            if (value == null) {
                out.add(Optional.empty(), Optional.empty(), "factors[" + name + "]", EvidenceMessages.factorMissing(name, f));
            } else if (!f.allows(value)) {
                out.add(Optional.empty(), Optional.empty(), "factors[" + name + "]", EvidenceMessages.factorOutOfRange(name, value, f));
            }
        }
        evidence.factors().keySet().stream().filter(n -> rubric.targets().factor(n).isEmpty()).sorted().forEach(n ->
                out.add(Optional.empty(), Optional.empty(), "factors[" + n + "]", EvidenceMessages.unknownFactor(n, rubric.targets().factors())));
    }
}
