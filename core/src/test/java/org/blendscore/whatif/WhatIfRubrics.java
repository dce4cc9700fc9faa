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
package org.blendscore.whatif;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
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

/**
 * Two versions of a small rubric, sales and margin against targets of 100 (points = attainment x 100,
 * capped at 100): 2026.1 weighs them 70/30 and leaves missing evidence out, 2026.2 weighs them 50/50
 * and rejects missing evidence. Bands Top 80, Pass 50, Below 0.
 */
final class WhatIfRubrics {

    static final DateRange YEAR = DateRange.year(2026);
    static final Rubric V1 = rubric("2026.1", 70, 30, MissingEvidencePolicy.LEAVE_OUT);
    static final Rubric V2 = rubric("2026.2", 50, 50, MissingEvidencePolicy.REJECT);

    private WhatIfRubrics() {
    }

    static Rubric rubric(String version, int sales, int margin, MissingEvidencePolicy missing) {
        return new Rubric("sales-rep", version, YEAR,
                List.of(new Section("Sales", BigDecimal.valueOf(100), List.of(measure("sales", sales), measure("margin", margin)))),
                List.of(new Band("Top", new BigDecimal("80")), new Band("Pass", new BigDecimal("50")), new Band("Below", BigDecimal.ZERO)),
                List.of(), missing, 2);
    }

    private static QuotaMeasure measure(String id, int weight) {
        return new QuotaMeasure(id, BigDecimal.valueOf(weight), Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER,
                new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true));
    }

    static Evidence evidence(String subject, long sales, long margin) {
        return Evidence.of(subject, YEAR, Map.of("sales", QuotaActual.of(Long.toString(sales)), "margin", QuotaActual.of(Long.toString(margin))));
    }

    static Evidence evidence(String subject, Map<String, Long> actuals) {
        Map<String, QuotaActual> m = new LinkedHashMap<>();
        actuals.forEach((k, v) -> m.put(k, QuotaActual.of(Long.toString(v))));
        return Evidence.of(subject, YEAR, Map.copyOf(m));
    }
}
