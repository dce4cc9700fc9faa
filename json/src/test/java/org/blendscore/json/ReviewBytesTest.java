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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact bytes of written reviews, against golden files: the committed example rubric and
 * evidence, the reference reviews (final and interim) and anonymous sources with comments, in both views, indented and as JSON Lines.
 * The writers' speed-ups (pre-encoded names, index loops) must not change one byte.
 *
 * <p>When the scorer's output changes on purpose, run this test with
 * {@code -Dblendscore.golden.write=true} to write the files again, and review their diff.
 */
class ReviewBytesTest {

    /** In the module's sources (the tests run in the module's directory), so that they can be written again. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"AUDIT, false", "SUBJECT, false", "AUDIT, true", "SUBJECT, true"})
    void writtenBytesMatchTheGoldenFile(View view, boolean lines) throws IOException {
        String file = "reviews-" + view.name().toLowerCase(java.util.Locale.ROOT) + (lines ? ".jsonl" : ".json");
        byte[] written = written(view, lines);
        if (Boolean.getBoolean("blendscore.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.write(GOLDEN.resolve(file), written);
        }
        assertEquals(golden(file), new String(written, StandardCharsets.UTF_8), file);
    }

    private static byte[] written(View view, boolean lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lines) {
            try (ReviewLines writer = ReviewLines.writer(out, view)) {
                sample().forEach(writer::review);
            }
        } else {
            for (Review r : sample()) {
                ReviewJson.write(r, view, out);
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** The committed example's review, the reference reviews, an interim one with pacing, and anonymous sources with comments. */
    private static List<Review> sample() {
        List<Review> reviews = new ArrayList<>();
        Rubric example = RubricJson.read(resource("examples/rubric.json"));
        reviews.add(Scorer.of(example).score(EvidenceJson.read(resource("examples/evidence.json"))));
        Scorer reference = Scorer.of(ReferenceRubric.rubric());
        for (var e : List.of(ReferenceRubric.ana(), ReferenceRubric.ben(), ReferenceRubric.cara(), ReferenceRubric.eve())) {
            reviews.add(reference.score(e));
        }
        reviews.add(reference.scoreInterim(ReferenceRubric.ana(), LocalDate.parse("2026-06-30")));
        reviews.add(Scorer.of(ReviewJsonTest.anonymous()).score(ReviewJsonTest.anonymousEvidence()));
        return reviews;
    }

    private static String golden(String file) throws IOException {
        return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = ReviewBytesTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
