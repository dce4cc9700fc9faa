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

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a rubric document's {@code "cases"}: each case's evidence without its {@code "format"}, and what it expects. */
final class CasesWriter {

    private CasesWriter() {
    }

    static void cases(ObjectNode document, List<VerificationCase> cases) {
        if (cases.isEmpty()) {
            return;
        }
        ArrayNode out = document.putArray("cases");
        for (VerificationCase c : cases) {
            ObjectNode node = out.addObject().put("id", c.id());
            ObjectNode evidence = EvidenceWriter.evidence(c.evidence());
            evidence.remove("format");
            node.set("evidence", evidence);
            ObjectNode expected = node.putObject("expected");
            Out.decimal(expected, "overall", c.overall());
            c.band().ifPresentOrElse(b -> expected.put("band", b), () -> expected.putNull("band"));
            ObjectNode contributions = expected.putObject("contributions");
            c.contributions().forEach((measure, value) -> Out.decimal(contributions, measure, value));
        }
    }
}
