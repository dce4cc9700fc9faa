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

import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.scoring.RejectedRecord;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@value JsonFormat#REJECTED} document: the record's index in the batch, its line when it came
 * from JSON Lines, its subject when known, and every problem: a problem of the JSON document with its
 * {@code "pointer"}, a problem the scorer found with its {@code "measureId"}, {@code "raterId"} and
 * {@code "field"}, each with its {@code "message"}.
 */
final class RejectedWriter {

    private RejectedWriter() {
    }

    static ObjectNode rejected(RejectedRecord r) {
        ObjectNode out = Out.document(JsonFormat.REJECTED).put("index", r.index()).put("subjectId", r.subjectId());
        ArrayNode problems = out.putArray("problems");
        for (EvidenceProblem p : r.problems()) {
            ObjectNode node = problems.addObject();
            p.measureId().ifPresent(m -> node.put("measureId", m));
            p.raterId().ifPresent(m -> node.put("raterId", m));
            node.put("field", p.field()).put("message", p.message());
        }
        out.put("omittedProblems", r.omittedProblems());
        return out;
    }

    static ObjectNode rejected(EvidenceLine line) {
        ObjectNode out = Out.document(JsonFormat.REJECTED).put("index", line.index()).put("line", line.line());
        line.subjectId().ifPresent(s -> out.put("subjectId", s));
        ArrayNode problems = out.putArray("problems");
        for (DocumentProblem p : line.problems()) {
            problems.addObject().put("pointer", p.pointer()).put("message", p.message());
        }
        out.put("omittedProblems", line.omittedProblems());
        return out;
    }
}
