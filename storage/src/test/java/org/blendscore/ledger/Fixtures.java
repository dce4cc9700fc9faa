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
package org.blendscore.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.blendscore.json.EvidenceJson;
import org.blendscore.json.RubricJson;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/** The example rubric and evidence of the JSON format (ana's), scored for any subject. */
public final class Fixtures {

    /** A fixed instant, the day the reviews were computed. */
    public static final Instant COMPUTED = Instant.parse("2027-01-15T09:00:00Z");

    private static final Scorer SCORER = Scorer.of(RubricJson.read(resource("rubric.json")));
    private static final String EVIDENCE = resource("evidence.json");

    private Fixtures() {
    }

    /**
     * Ana's review, for another subject.
     *
     * @param subjectId the subject
     * @return the computed review
     */
    public static Review review(String subjectId) {
        return SCORER.score(EvidenceJson.read(EVIDENCE.replace("\"subjectId\": \"ana\"", "\"subjectId\": \"" + subjectId + "\"")));
    }

    /**
     * A computed review event.
     *
     * @param subjectId the subject
     * @return the event
     */
    public static ComputedReview computed(String subjectId) {
        return new ComputedReview(review(subjectId), COMPUTED);
    }

    /**
     * An instant on a day of January 2027.
     *
     * @param day the day
     * @return the instant at noon
     */
    public static Instant jan(int day) {
        return Instant.parse(String.format("2027-01-%02dT12:00:00Z", day));
    }

    private static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
