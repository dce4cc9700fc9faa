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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;

/**
 * The checks of a quota measure's evidence: its actual, its reliefs and check-ins, and the parts of the
 * period its reliefs name. They run only on a record whose numbers are all within {@link NumberLimits}
 * ({@link EvidenceNumberChecks} has looked at them first), so they check signs and scales only.
 */
final class QuotaEvidenceChecks {

    private QuotaEvidenceChecks() {
    }

    static void actual(String id, QuotaMeasure q, BigDecimal actual, EvidenceProblemList out) {
        if (actual.signum() < 0) {
            out.add(id, Optional.empty(), "actual", EvidenceMessages.negativeActual(actual));
        } else if (q.target().kind() == QuantityKind.COUNT && actual.scale() > 0 && actual.stripTrailingZeros().scale() > 0) {
            out.add(id, Optional.empty(), "actual", EvidenceMessages.fractionalCount(actual, q.target().unit()));
        }
    }

    /** The parts of the actual's basis: none negative, and together exactly the actual. */
    static void basis(String measureId, QuotaActual a, EvidenceProblemList out) {
        if (a.basis().isEmpty() || a.basis().get().parts().isEmpty()) {
            return;
        }
        List<BasisPart> parts = a.basis().get().parts();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal amount = parts.get(i).amount();
            if (amount.signum() < 0) {
                out.add(measureId, Optional.empty(), "basis.parts[" + i + "].amount", EvidenceMessages.negativeBasisPart(amount));
            }
            sum = sum.add(amount);
        }
        if (sum.compareTo(a.actual()) != 0) {
            out.add(measureId, Optional.empty(), "basis.parts", EvidenceMessages.basisPartsDiffer(sum, a.actual()));
        }
    }

    static void reliefsAndCheckIns(String measureId, QuotaActual a, DateRange period, EvidenceProblemList out) {
        if (a.reliefs().isEmpty() && a.checkIns().isEmpty()) {
            return;
        }
        Optional<String> id = Optional.of(measureId);
        for (int i = 0; i < a.reliefs().size(); i++) {
            Relief r = a.reliefs().get(i);
            String field = "reliefs[" + i + "]";
            if (r.amount().signum() <= 0) {
                out.add(id, Optional.empty(), field + ".amount", EvidenceMessages.reliefAmountNotPositive(r.amount()));
            }
            if (r.reason().isBlank()) {
                out.add(id, Optional.empty(), field + ".reason", EvidenceMessages.reliefReasonMissing());
            }
            if (r.approver().isBlank()) {
                out.add(id, Optional.empty(), field + ".approver", EvidenceMessages.reliefApproverMissing());
            }
        }
        // the dates seen so far, to find one given twice in linear time
        Set<LocalDate> dates = a.checkIns().size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < a.checkIns().size(); i++) {
            CheckIn c = a.checkIns().get(i);
            String field = "checkIns[" + i + "]";
            if (c.actualToDate().signum() < 0) {
                out.add(id, Optional.empty(), field + ".actualToDate", EvidenceMessages.negativeActual(c.actualToDate()));
            }
            if (c.date().isBefore(period.start()) || c.date().isAfter(period.end())) {
                out.add(id, Optional.empty(), field + ".date", EvidenceMessages.checkInOutsidePeriod(c.date(), period));
            }
            if (dates != null && !dates.add(c.date()) && !out.dropped()) {
                out.add(id, Optional.empty(), field + ".date", EvidenceMessages.checkInTwice(c.date()));
            }
        }
    }

    /**
     * The parts of the period that target reliefs name: a target's only (not a credit's), of an amount or count
     * target (spread over the period; a rate is not), inside the review period, and each the same range as
     * another's or apart from it. Sorted by start, so the overlap check is one pass.
     */
    static void reliefParts(String measureId, QuotaMeasure q, List<Relief> reliefs, DateRange period, EvidenceProblemList out) {
        if (reliefs.isEmpty()) {
            return;
        }
        List<Integer> withPart = new ArrayList<>();
        for (int i = 0; i < reliefs.size(); i++) {
            Relief r = reliefs.get(i);
            if (r.part().isEmpty()) {
                continue;
            }
            DateRange part = r.part().get();
            String field = "reliefs[" + i + "].part";
            if (r.kind() == Relief.Kind.CREDIT) {
                out.add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOnCredit(part));
            } else if (q.target().kind() == QuantityKind.RATE) {
                out.add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOfRate(part, measureId));
            } else if (!period.encloses(part)) {
                out.add(Optional.of(measureId), Optional.empty(), field, EvidenceMessages.reliefPartOutsidePeriod(part, period));
            } else {
                withPart.add(i);
            }
        }
        if (withPart.size() < 2) {
            return;
        }
        withPart.sort(Comparator.comparing((Integer i) -> reliefs.get(i).part().orElseThrow().start())
                .thenComparing(i -> reliefs.get(i).part().orElseThrow().end()).thenComparing(i -> i));
        int widest = -1;
        for (int i : withPart) {
            DateRange part = reliefs.get(i).part().orElseThrow();
            if (widest >= 0) {
                DateRange before = reliefs.get(widest).part().orElseThrow();
                if (!part.equals(before) && !part.start().isAfter(before.end())) {
                    out.add(Optional.of(measureId), Optional.empty(), "reliefs[" + i + "].part",
                            EvidenceMessages.reliefPartsOverlap(part, before, widest));
                }
            }
            if (widest < 0 || part.end().isAfter(reliefs.get(widest).part().orElseThrow().end())) {
                widest = i;
            }
        }
    }
}
