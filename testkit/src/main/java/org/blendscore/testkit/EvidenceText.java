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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;

/** Renders evidence compactly, one fact per line, in a stable order except for ratings, whose order is kept. */
final class EvidenceText {

    private EvidenceText() {
    }

    static List<String> lines(Evidence e) {
        List<String> out = new ArrayList<>();
        out.add("subject " + e.subjectId() + ", period " + e.period());
        Map<String, MeasureEvidence> measures = new TreeMap<>(e.measures());
        if (measures.isEmpty()) {
            out.add("  (no measure has evidence)");
        }
        measures.forEach((id, m) -> out.add("  " + id + ": " + measure(m)));
        if (!e.factors().isEmpty()) {
            out.add("  factors: " + new TreeMap<>(e.factors()).entrySet().stream()
                    .map(f -> f.getKey() + " " + Decimals.plain(f.getValue())).collect(Collectors.joining(", ")));
        }
        if (!e.participation().isFull()) {
            out.add("  participation: " + participation(e.participation()));
        }
        if (!e.attributes().isEmpty()) {
            out.add("  attributes: " + new TreeMap<>(e.attributes()).entrySet().stream()
                    .map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(", ")));
        }
        return out;
    }

    static String measure(MeasureEvidence m) {
        if (m instanceof QuotaActual q) {
            StringBuilder b = new StringBuilder("actual ").append(Decimals.grouped(q.actual()));
            for (Relief r : q.reliefs()) {
                b.append(", relief ").append(r.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                        .append(Decimals.grouped(r.amount()));
            }
            if (!q.checkIns().isEmpty()) {
                b.append(", ").append(q.checkIns().size()).append(" check-ins");
            }
            return b.toString();
        }
        if (m instanceof MilestonesReached r) {
            List<String> parts = new ArrayList<>();
            r.reached().stream().sorted().forEach(parts::add);
            new TreeMap<>(r.counts()).forEach((k, v) -> parts.add(k + " x" + v));
            return parts.isEmpty() ? "no milestone reached" : "reached " + String.join(", ", parts);
        }
        List<Rating> ratings = ((Ratings) m).ratings();
        if (ratings.isEmpty()) {
            return "no ratings";
        }
        return "ratings " + ratings.stream().map(EvidenceText::rating).collect(Collectors.joining(", "));
    }

    static String rating(Rating r) {
        return r.source() + "/" + r.raterId() + " " + r.value().map(EvidenceText::value).orElse("N/A");
    }

    private static String value(BigDecimal v) {
        return Decimals.plain(v);
    }

    private static String participation(Participation p) {
        List<String> parts = new ArrayList<>();
        p.start().ifPresent(s -> parts.add("from " + s));
        p.end().ifPresent(s -> parts.add("until " + s));
        p.hired().ifPresent(s -> parts.add("hired " + s));
        p.leaves().forEach(l -> parts.add("leave " + l));
        return String.join(", ", parts);
    }
}
