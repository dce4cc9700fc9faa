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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;

import java.util.Random;

import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.testkit.EvidenceGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The streaming fast path reads exactly what the tree reader reads: the same evidence for a good
 * document, and for a document it takes, never one the tree reader would refuse or read differently.
 */
class StreamedEvidenceTest {

    private static final DocumentParser PARSER = new DocumentParser(JsonLimits.defaults());

    private static boolean plain(Evidence e) {
        return e.participation().leaves().isEmpty() && e.measures().values().stream()
                .noneMatch(m -> m instanceof QuotaActual q && (!q.reliefs().isEmpty() || !q.checkIns().isEmpty()));
    }

    @Test
    void readsTheWritersDocumentsAsTheTreeDoes() {
        qt().withExamples(300).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            Evidence e = EvidenceGenerator.of(r).generate(seed);
            for (String json : new String[] {EvidenceJson.write(e), EvidenceJson.write(e).replace("\n", "")}) {
                Evidence streamed = StreamedEvidence.read(PARSER, json);
                if (plain(e)) {
                    assertNotNull(streamed, json);
                }
                if (streamed != null) {
                    assertEquals(e, streamed);
                }
            }
        });
    }

    @Test
    void whatItTakesFromDamagedDocumentsTheTreeReadsTheSame() {
        qt().withExamples(300).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            String json = EvidenceJson.write(EvidenceGenerator.of(r).generate(seed)).replace("\n", "");
            Random random = new Random(seed);
            String chars = "{}[]\",:0123456789.-nEe ab";
            for (int k = 0; k < 20; k++) {
                StringBuilder damaged = new StringBuilder(json);
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, chars.charAt(random.nextInt(chars.length())));
                    default -> damaged.setCharAt(at, chars.charAt(random.nextInt(chars.length())));
                }
                String text = damaged.toString();
                Evidence streamed = StreamedEvidence.read(PARSER, text);
                if (streamed != null) {
                    assertEquals(EvidenceReader.evidence(PARSER.parse(text, JsonFormat.EVIDENCE)), streamed, text);
                }
            }
        });
    }

    @Test
    void duplicateMembersAndCountsOverTheLimitAreLeftToTheTree() {
        String head = "{\"format\":\"blendscore.evidence/1\",\"subjectId\":\"s\",\"period\":{\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"},";
        assertNotNull(StreamedEvidence.read(PARSER, head + "\"measures\":{}}"));
        assertEquals(null, StreamedEvidence.read(PARSER, head + "\"measures\":{},\"measures\":{}}"));
        assertEquals(null, StreamedEvidence.read(PARSER, head + "\"measures\":{\"a\":{\"kind\":\"quota\",\"actual\":\"1\"},"
                + "\"a\":{\"kind\":\"quota\",\"actual\":\"1\"}}}"));
        assertEquals(null, StreamedEvidence.read(PARSER, head + "\"measures\":{\"a\":{\"kind\":\"quota\",\"actual\":1}}}"));
        assertEquals(null, StreamedEvidence.read(PARSER, head + "\"measures\":{}} {}"));
        DocumentParser small = new DocumentParser(JsonLimits.defaults().withMaxCounts(JsonLimits.defaults().maxSections(), JsonLimits.defaults().maxMeasures(), 1));
        String two = head + "\"measures\":{\"t\":{\"kind\":\"ratings\",\"ratings\":[{\"raterId\":\"a\",\"source\":\"p\",\"value\":\"3\"},"
                + "{\"raterId\":\"b\",\"source\":\"p\",\"value\":\"n/a\"}]}}}";
        assertNotNull(StreamedEvidence.read(PARSER, two));
        assertEquals(null, StreamedEvidence.read(small, two));
    }
}
