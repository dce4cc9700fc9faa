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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.NumberLimits;

/**
 * Checks every number of a record against {@link NumberLimits}, after its counts and lengths and
 * before anything else of it: a record with one digit too many is rejected at the cost of reading its
 * numbers once, not after the checks that look at its parts together (duplicate raters, check-in
 * dates). Each number is looked at in constant time. A record whose numbers are all within the limits
 * is looked at once, in its maps' own order; one with a number outside is looked at again, its maps'
 * keys sorted, so that its problems are listed in the same order on every run. The problems are the
 * ones the checks of each part would give for the same number.
 */
final class EvidenceNumberChecks {

    private static final Optional<String> NONE = Optional.empty();

    /** Where problems go, or null while only looking whether there is any. */
    private final EvidenceSizeChecks.Problems problems;
    private boolean found;

    private EvidenceNumberChecks(EvidenceSizeChecks.Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks the numbers of a record whose counts and lengths are within the limits.
     *
     * @return whether all are within the limits; if not, the problems were added
     */
    static boolean check(Evidence evidence, EvidenceSizeChecks.Problems problems) {
        if (new EvidenceNumberChecks(null).run(evidence, false)) {
            return true;
        }
        new EvidenceNumberChecks(problems).run(evidence, true);
        return false;
    }

    private static <K> Iterable<K> keys(Map<K, ?> map, boolean sorted) {
        return sorted && map.size() > 1 ? map.keySet().stream().sorted().toList() : map.keySet();
    }

    private void add(Optional<String> measure, Optional<String> rater, String field, BigDecimal value, Message message) {
        if (NumberLimits.allows(value)) {
            return;
        }
        found = true;
        if (problems != null) {
            problems.add(measure, rater, field, message.of(value));
        }
    }

    /** The message for a number outside the limits, made only when a problem is kept. */
    private interface Message {
        String of(BigDecimal value);
    }

    private boolean run(Evidence e, boolean sorted) {
        for (String name : keys(e.factors(), sorted)) {
            add(NONE, NONE, "factors[" + name + "]", e.factors().get(name), v -> EvidenceMessages.factorUnsupported(name, v));
        }
        for (String key : keys(e.measures(), sorted)) {
            Optional<String> id = Optional.of(key);
            MeasureEvidence me = e.measures().get(key);
            if (me instanceof QuotaActual a) {
                quota(id, a);
            } else if (me instanceof Ratings r) {
                ratings(id, r.ratings());
            }
        }
        return !found;
    }

    private void quota(Optional<String> id, QuotaActual a) {
        add(id, NONE, "actual", a.actual(), v -> NumberLimits.message("actual", v));
        List<Relief> reliefs = a.reliefs();
        for (int i = 0; i < reliefs.size(); i++) {
            add(id, NONE, "reliefs[" + i + "].amount", reliefs.get(i).amount(), EvidenceMessages::reliefAmountUnsupported);
        }
        List<CheckIn> checkIns = a.checkIns();
        for (int i = 0; i < checkIns.size(); i++) {
            add(id, NONE, "checkIns[" + i + "].actualToDate", checkIns.get(i).actualToDate(), EvidenceMessages::checkInActualUnsupported);
        }
        if (a.basis().isPresent()) {
            List<BasisPart> parts = a.basis().get().parts();
            for (int i = 0; i < parts.size(); i++) {
                add(id, NONE, "basis.parts[" + i + "].amount", parts.get(i).amount(), EvidenceMessages::basisPartUnsupported);
            }
        }
    }

    private void ratings(Optional<String> id, List<Rating> ratings) {
        for (int i = 0; i < ratings.size(); i++) { // by index: the evidence's list is an immutable copy, no iterator
            Rating r = ratings.get(i);
            if (r.value().isPresent()) {
                BigDecimal v = r.value().get();
                if (v.scale() != 0 || v.precision() > 12) {
                    // a whole number of at most 12 digits is within the limits: the usual rating is not looked into
                    add(id, r.raterId().isBlank() ? NONE : Optional.of(r.raterId()), "value", v, x -> NumberLimits.message("rating", x));
                }
            }
        }
    }
}
