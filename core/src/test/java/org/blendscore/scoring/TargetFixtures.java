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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetRules;

/** A one-measure rubric (new-arr, 1,000,000 USD, the reference curve) with chosen target rules. */
final class TargetFixtures {

    static final DateRange YEAR = DateRange.year(2026);

    private TargetFixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LinearCurve arrCurve() {
        return new LinearCurve(List.of(Breakpoint.of("0.50", "0"), Breakpoint.of("1.00", "100"), Breakpoint.of("1.50", "130")),
                Optional.of(d("0.50")), true);
    }

    static Rubric rubric(TargetRules rules, String... factors) {
        QuotaMeasure arr = new QuotaMeasure("new-arr", d("100"), Target.amount("1000000", "USD"), Direction.HIGHER_IS_BETTER,
                arrCurve(), List.of(factors));
        return new Rubric("targets", "1", YEAR, List.of(new Section("Revenue", d("100"), List.of(arr))),
                List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT, 2,
                rules);
    }

    static TargetRules rules() {
        return TargetRules.none();
    }

    static Evidence evidence(String actual, Participation p, Map<String, BigDecimal> factors, List<Relief> reliefs) {
        Map<String, MeasureEvidence> m = Map.of("new-arr", new QuotaActual(d(actual), reliefs, List.of()));
        return new Evidence("sam", YEAR, m, Map.of(), p, factors);
    }

    static Evidence evidence(String actual, Participation p) {
        return evidence(actual, p, Map.of(), List.of());
    }

    static Participation startedOn(String iso) {
        return new Participation(Optional.of(day(iso)), Optional.empty(), List.of());
    }
}
