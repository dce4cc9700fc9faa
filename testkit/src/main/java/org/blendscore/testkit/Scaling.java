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
package org.blendscore.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/**
 * Changes the unit of every quota measure: targets, actuals, relief and check-ins all multiplied by
 * one positive constant. Counts stay whole, so a rubric with count targets is only scaled by whole
 * numbers.
 */
final class Scaling {

    private static final List<BigDecimal> ANY = List.of(new BigDecimal("1000"), new BigDecimal("100"), new BigDecimal("7"),
            new BigDecimal("0.01"), new BigDecimal("0.001"), new BigDecimal("12.5"));
    private static final List<BigDecimal> WHOLE = List.of(new BigDecimal("1000"), new BigDecimal("10"), new BigDecimal("7"));

    private Scaling() {
    }

    /** The constants a rubric can be scaled by. */
    static List<BigDecimal> constants(Rubric rubric) {
        boolean counts = rubric.measures().stream()
                .anyMatch(m -> m instanceof QuotaMeasure q && q.target().kind() == QuantityKind.COUNT);
        return counts ? WHOLE : ANY;
    }

    static Rubric rubric(Rubric r, BigDecimal k) {
        List<Section> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            List<Measure> measures = new ArrayList<>();
            for (Measure m : s.measures()) {
                if (m instanceof QuotaMeasure q) {
                    Target t = q.target();
                    measures.add(new QuotaMeasure(q.id(), q.weight(), new Target(t.value().multiply(k), t.unit(), t.kind()),
                            q.direction(), q.curve(), q.factors()));
                } else {
                    measures.add(m);
                }
            }
            sections.add(new Section(s.name(), s.weight(), measures));
        }
        return new Rubric(r.id(), r.version(), r.effective(), sections, r.bands(), r.guards(), r.missingEvidence(), r.scale(),
                r.targets(), r.fairness());
    }

    static Evidence evidence(Evidence e, BigDecimal k) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        e.measures().forEach((id, m) -> {
            if (m instanceof QuotaActual q) {
                List<Relief> reliefs = q.reliefs().stream().map(r -> new Relief(r.kind(), r.amount().multiply(k), r.reason(),
                        r.approver(), r.approved(), r.part())).toList();
                List<CheckIn> checkIns = q.checkIns().stream().map(c -> new CheckIn(c.date(), c.actualToDate().multiply(k))).toList();
                measures.put(id, new QuotaActual(q.actual().multiply(k), reliefs, checkIns));
            } else {
                measures.put(id, m);
            }
        });
        return Edits.withMeasures(e, measures);
    }
}
