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
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;

/** Copies of evidence with one part changed; evidence is immutable, so every edit is a new record. */
final class Edits {

    private Edits() {
    }

    static Evidence withMeasures(Evidence e, Map<String, MeasureEvidence> measures) {
        return new Evidence(e.subjectId(), e.period(), measures, e.attributes(), e.participation(), e.factors());
    }

    static Evidence withMeasure(Evidence e, String id, MeasureEvidence m) {
        Map<String, MeasureEvidence> next = new LinkedHashMap<>(e.measures());
        next.put(id, m);
        return withMeasures(e, next);
    }

    static Evidence withoutMeasure(Evidence e, String id) {
        Map<String, MeasureEvidence> next = new LinkedHashMap<>(e.measures());
        next.remove(id);
        return withMeasures(e, next);
    }

    static Evidence withPeriod(Evidence e, DateRange period) {
        return new Evidence(e.subjectId(), period, e.measures(), e.attributes(), e.participation(), e.factors());
    }

    static Evidence withActual(Evidence e, String id, BigDecimal actual) {
        QuotaActual q = (QuotaActual) e.measures().get(id);
        return withMeasure(e, id, new QuotaActual(actual, q.reliefs(), q.checkIns()));
    }

    /** A copy made of new collections holding the same values: equal, but not the same objects. */
    static Evidence copy(Evidence e) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        e.measures().forEach((id, m) -> measures.put(id, copy(m)));
        Participation p = e.participation();
        return new Evidence(new String(e.subjectId().toCharArray()), new DateRange(e.period().start(), e.period().end()), measures,
                new LinkedHashMap<>(e.attributes()),
                new Participation(p.start(), p.end(), new ArrayList<>(p.leaves()), p.hired()), new LinkedHashMap<>(e.factors()));
    }

    private static MeasureEvidence copy(MeasureEvidence m) {
        if (m instanceof QuotaActual q) {
            return new QuotaActual(new BigDecimal(q.actual().unscaledValue(), q.actual().scale()), new ArrayList<Relief>(q.reliefs()),
                    new ArrayList<CheckIn>(q.checkIns()));
        }
        if (m instanceof MilestonesReached r) {
            return new MilestonesReached(new java.util.TreeSet<>(r.reached()), new java.util.TreeMap<>(r.counts()));
        }
        return new Ratings(new ArrayList<>(((Ratings) m).ratings()));
    }

    /** The measures in reverse insertion order, for a copy whose maps were filled the other way round. */
    static <V> Map<String, V> reversed(Map<String, V> map) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(map.entrySet());
        Map<String, V> out = new LinkedHashMap<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            out.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return out;
    }
}
