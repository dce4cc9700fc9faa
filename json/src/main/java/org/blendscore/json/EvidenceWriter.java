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
package org.blendscore.json;

import java.util.Map;
import java.util.TreeMap;

import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes evidence as a {@value JsonFormat#EVIDENCE} document, maps and sets in sorted order. */
final class EvidenceWriter {

    private EvidenceWriter() {
    }

    static ObjectNode evidence(Evidence e) {
        ObjectNode out = Out.document(JsonFormat.EVIDENCE);
        out.put("subjectId", e.subjectId());
        out.set("period", RubricWriter.range(e.period()));
        ObjectNode measures = out.putObject("measures");
        new TreeMap<>(e.measures()).forEach((id, m) -> measures.set(id, measure(m)));
        ObjectNode attributes = out.putObject("attributes");
        new TreeMap<>(e.attributes()).forEach(attributes::put);
        out.set("participation", participation(e.participation()));
        ObjectNode factors = out.putObject("factors");
        new TreeMap<>(e.factors()).forEach((name, v) -> Out.decimal(factors, name, v));
        return out;
    }

    private static ObjectNode measure(MeasureEvidence evidence) {
        ObjectNode out = Out.object();
        if (evidence instanceof QuotaActual q) {
            out.put("kind", "quota");
            Out.decimal(out, "actual", q.actual());
            ArrayNode reliefs = out.putArray("reliefs");
            for (Relief r : q.reliefs()) {
                ObjectNode relief = reliefs.addObject();
                Out.name(relief, "kind", r.kind());
                Out.decimal(relief, "amount", r.amount());
                relief.put("reason", r.reason()).put("approver", r.approver()).put("approved", r.approved().toString());
                r.part().ifPresent(p -> relief.set("part", RubricWriter.range(p)));
            }
            ArrayNode checkIns = out.putArray("checkIns");
            for (CheckIn c : q.checkIns()) {
                Out.decimal(checkIns.addObject().put("date", c.date().toString()), "actualToDate", c.actualToDate());
            }
            // only when given, so that evidence without a basis is written as before
            q.basis().ifPresent(b -> out.set("basis", basis(b)));
        } else if (evidence instanceof MilestonesReached m) {
            out.put("kind", "milestones");
            ArrayNode reached = out.putArray("reached");
            m.reached().stream().sorted().forEach(reached::add);
            ObjectNode counts = out.putObject("counts");
            for (Map.Entry<String, Integer> c : new TreeMap<>(m.counts()).entrySet()) {
                counts.put(c.getKey(), c.getValue().intValue());
            }
        } else if (evidence instanceof Ratings r) {
            out.put("kind", "ratings");
            ArrayNode ratings = out.putArray("ratings");
            for (Rating rating : r.ratings()) {
                ObjectNode node = ratings.addObject().put("raterId", rating.raterId()).put("source", rating.source());
                node.put("value", rating.value().map(Decimals::write).orElse("n/a"));
                rating.comment().ifPresent(c -> node.put("comment", c));
            }
        }
        return out;
    }

    private static ObjectNode basis(ActualBasis b) {
        ObjectNode out = Out.object();
        out.put("text", b.text());
        ArrayNode parts = out.putArray("parts");
        for (BasisPart p : b.parts()) {
            ObjectNode part = parts.addObject().put("label", p.label());
            Out.decimal(part, "amount", p.amount());
            part.put("detail", p.detail());
        }
        return out;
    }

    private static ObjectNode participation(Participation p) {
        ObjectNode out = Out.object();
        p.start().ifPresent(d -> out.put("start", d.toString()));
        p.end().ifPresent(d -> out.put("end", d.toString()));
        ArrayNode leaves = out.putArray("leaves");
        p.leaves().forEach(l -> leaves.add(RubricWriter.range(l)));
        p.hired().ifPresent(d -> out.put("hired", d.toString()));
        return out;
    }
}
