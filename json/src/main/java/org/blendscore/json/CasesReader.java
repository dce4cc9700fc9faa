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

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blendscore.evidence.Evidence;

import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code "cases"} of a {@value JsonFormat#RUBRIC} document: each golden case's id, its
 * evidence (an evidence document, its {@code "format"} optional) and what it expects.
 */
final class CasesReader {

    private static final int MOST = 1_000;

    private CasesReader() {
    }

    static List<VerificationCase> cases(Cursor in) {
        List<VerificationCase> cases = in.list(MOST, "verification cases", CasesReader::verificationCase);
        if (!in.node().isArray() || in.size() > MOST) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        boolean repeated = false;
        for (int i = 0; i < in.size(); i++) {
            JsonNode id = in.node().get(i).get("id");
            if (id != null && id.isString() && !ids.add(id.stringValue())) {
                in.problems().add(in.pointer() + "/" + i + "/id", Messages.repeatedCase(id.stringValue()));
                repeated = true;
            }
        }
        return repeated ? null : cases;
    }

    private static VerificationCase verificationCase(Cursor in) {
        if (!in.object(Set.of("id", "evidence", "expected"))) {
            return null;
        }
        String id = in.required("id", Cursor::text);
        Evidence evidence = in.required("evidence", CasesReader::evidence);
        Cursor expected = in.required("expected");
        if (expected == null || !expected.object(Set.of("overall", "band", "contributions"))) {
            return null;
        }
        BigDecimal overall = expected.required("overall", Cursor::decimal);
        Optional<String> band = expected.required("band", CasesReader::band);
        Map<String, BigDecimal> contributions = expected.required("contributions", CasesReader::contributions);
        return Parts.build(in, () -> new VerificationCase(id, evidence, overall, band, contributions),
                id, evidence, overall, band, contributions);
    }

    private static Evidence evidence(Cursor in) {
        Cursor format = in.node().isObject() ? in.optional("format") : null;
        if (format != null) {
            String text = format.text();
            if (text != null && !text.equals(JsonFormat.EVIDENCE)) {
                format.problem(Messages.wrongFormat(text, JsonFormat.EVIDENCE));
                return null;
            }
        }
        return EvidenceReader.embedded(in);
    }

    /** A band label, or JSON {@code null} for a review without a band. */
    private static Optional<String> band(Cursor in) {
        if (in.node().isNull()) {
            return Optional.empty();
        }
        String label = in.text();
        return label == null ? null : Optional.of(label);
    }

    private static Map<String, BigDecimal> contributions(Cursor in) {
        Map<String, Cursor> members = in.members();
        if (members == null) {
            return null;
        }
        if (members.size() > in.limits().maxMeasures()) {
            in.problem(Messages.tooMany("contributions", members.size(), in.limits().maxMeasures()));
            return null;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        boolean bad = false;
        for (Map.Entry<String, Cursor> e : members.entrySet()) {
            BigDecimal value = e.getValue().decimal();
            bad |= value == null;
            out.put(e.getKey(), value);
        }
        return bad ? null : out;
    }
}
