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
package org.blendscore.hostile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.Breakpoint;

/** Rubrics and evidence of the hostile tests, straight from core's records. */
final class HostileFixtures {

    static final DateRange YEAR = DateRange.year(2026);

    /** Exceeds 90, Meets 70, Below 0. */
    static final List<Band> BANDS = List.of(new Band("Exceeds", new BigDecimal("90")), new Band("Meets", new BigDecimal("70")),
            new Band("Below", BigDecimal.ZERO));

    private HostileFixtures() {
    }

    /** A rubric of one section, Revenue, of one quota measure, new-arr, with a target of 100 USD, under the default fairness rules. */
    static Rubric quotaRubric(Curve curve, List<BandGuard> guards) {
        QuotaMeasure arr = new QuotaMeasure("new-arr", new BigDecimal("100"), Target.amount("100", "USD"),
                Direction.HIGHER_IS_BETTER, curve);
        return new Rubric("hostile", "1", YEAR, List.of(new Section("Revenue", new BigDecimal("100"), List.of(arr))), BANDS,
                guards, MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    /** The straight line (0, 0) to (1, 100), capped: an actual against the target of 100 scores itself, up to 100. */
    static LinearCurve straight() {
        return new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true);
    }

    /** Evidence of one actual of new-arr for the year. */
    static Evidence actual(String subject, String actual) {
        return evidence(subject, QuotaActual.of(actual));
    }

    static Evidence evidence(String subject, MeasureEvidence arr) {
        return new Evidence(subject, YEAR, Map.of("new-arr", arr), Map.of());
    }
}
