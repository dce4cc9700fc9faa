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
package org.blendscore.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.json.DocumentProblem;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.EvidenceLine;
import org.blendscore.json.EvidenceLines;
import org.blendscore.json.InvalidDocumentException;
import org.blendscore.json.JsonLimits;
import org.junit.jupiter.api.Test;

/** The JSON benchmarks measure what they say: the batch reads back as the bench batch, the floor writes the very review lines, each hostile document is refused for its limit. */
class JsonBenchmarkInputsTest {

    @Test
    void theJsonLinesBatchReadsBackAsTheBenchBatch() {
        JsonBenchmark bench = new JsonBenchmark();
        bench.setUp();
        List<Evidence> read = new ArrayList<>();
        for (EvidenceLine line : EvidenceLines.read(new ByteArrayInputStream(bench.lines()))) {
            read.add(line.evidence().orElseThrow());
        }
        assertEquals(BenchBatch.generate(BenchBatch.SEED, JsonBenchmark.RECORDS), read);
        assertEquals(BenchRubric.build(), org.blendscore.json.RubricJson.read(org.blendscore.json.RubricJson.write(BenchRubric.build())));
    }

    @Test
    void theFloorWritesTheReviewLinesByteForByte() {
        JsonFloorBenchmark floor = new JsonFloorBenchmark();
        floor.setUp();
        int size = floor.tokensWrite();
        assertEquals(floor.reviewLines().length, size, floor.sizes());
        assertArrayEquals(floor.reviewLines(), floor.written());
    }

    @Test
    void eachHostileDocumentIsRefusedForItsLimit() {
        List<String> expected = List.of("string", "number", "depth", "ratings", "long");
        JsonLimitsBenchmark.Kind[] kinds = JsonLimitsBenchmark.Kind.values();
        for (int k = 0; k < kinds.length; k++) {
            String doc = JsonLimitsBenchmark.document(kinds[k], 600_000);
            assertTrue(doc.length() >= 600_000 && doc.length() < 601_000, kinds[k] + ": " + doc.length());
            JsonLimits limits = kinds[k] == JsonLimitsBenchmark.Kind.LONG_DOCUMENT
                    ? JsonLimits.defaults().withMaxDocumentLength(65_536) : JsonLimits.defaults();
            InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> EvidenceJson.withLimits(limits).readEvidence(doc));
            DocumentProblem p = e.problems().get(0);
            assertTrue(p.toString().toLowerCase().contains(expected.get(k)), kinds[k] + ": " + e.getMessage());
        }
    }
}
