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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static String line(Evidence e) {
        return EvidenceJson.write(e).replace("\n", "");
    }

    private static List<EvidenceLine> read(String text, JsonLimits limits) {
        List<EvidenceLine> out = new ArrayList<>();
        EvidenceLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits).forEach(out::add);
        return out;
    }

    @Test
    void badLinesAreReportedWithLineNumberAndPointerAndNeverStopTheStream() {
        String text = line(ReferenceRubric.ana()) + "\n"
                + "\n"
                + "{not json\r\n"
                + line(ReferenceRubric.ben()).replace("\"subjectId\" : \"ben\"", "\"subjectId\" : 7") + "\n"
                + "x".repeat(5_000) + "\n"
                + line(ReferenceRubric.cara());
        List<EvidenceLine> lines = read(text, new JsonLimits(4_000, 32, 20_000, 64, 100, 1_000, 10_000));
        assertEquals(5, lines.size());
        assertEquals(ReferenceRubric.ana(), lines.get(0).evidence().orElseThrow());
        assertEquals(3, lines.get(1).line());
        assertEquals(1, lines.get(1).index());
        assertFalse(lines.get(1).ok());
        assertEquals(4, lines.get(2).line());
        assertEquals("/subjectId", lines.get(2).problems().get(0).pointer());
        assertEquals(5, lines.get(3).line());
        assertTrue(lines.get(3).problems().get(0).message().contains("longer than the limit of 4000"), lines.get(3).toString());
        assertEquals(ReferenceRubric.cara(), lines.get(4).evidence().orElseThrow());
        assertEquals(6, lines.get(4).line());
    }

    @Test
    void readOnce() {
        EvidenceLines lines = EvidenceLines.read(new ByteArrayInputStream(new byte[0]));
        assertFalse(lines.iterator().hasNext());
        assertThrows(IllegalStateException.class, lines::iterator);
    }

    @Test
    void reviewsAndRejectedRecordsOnePerLine() {
        String text = line(ReferenceRubric.ana()) + "\n[1]\n" + line(ReferenceRubric.ben()) + "\n";
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Review> reviews = new ArrayList<>();
        try (ReviewLines writer = ReviewLines.writer(out)) {
            for (EvidenceLine l : EvidenceLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                if (l.ok()) {
                    Review r = scorer.score(l.evidence().get());
                    reviews.add(r);
                    writer.review(r);
                } else {
                    writer.rejected(l);
                }
            }
        }
        String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, written.length);
        assertEquals(reviews.get(0), ReviewJson.read(written[0]));
        assertTrue(written[1].startsWith("{\"format\":\"blendscore.rejected/1\",\"index\":1,\"line\":2,\"problems\":[{\"pointer\":\"\""),
                written[1]);
        assertEquals(reviews.get(1), ReviewJson.read(written[2]));
    }
}
