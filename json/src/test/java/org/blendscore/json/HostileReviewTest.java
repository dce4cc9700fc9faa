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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hostile review documents: each gets a precise problem at its pointer, and nothing hangs. */
class HostileReviewTest {

    private static final String REVIEW = ReviewJson.write(Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.ana()));

    private static InvalidDocumentException refused(String json) {
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InvalidDocumentException.class, () -> ReviewJson.read(json)));
    }

    private static void at(String json, String pointer, String text) {
        InvalidDocumentException e = refused(json);
        assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals(pointer) && p.message().contains(text)), e.getMessage());
    }

    @Test
    void unknownKindOfInputIsRefusedByName() {
        at(REVIEW.replace("\"kind\" : \"quota\"", "\"kind\" : \"java.lang.Runtime\""), "/sections/0/measures/0/input/kind",
                "expected one of quota, milestones, ratings, none");
    }

    @Test
    void hugeNumbersAndBadSharesAreRefusedAtOnce() {
        at(REVIEW.replaceFirst("\"overall\" : \"[0-9.]+\"", "\"overall\" : \"3." + "0".repeat(1_000) + "\""), "/overall",
                "longer than the limit of 64");
        at(REVIEW.replaceFirst("\"overall\" : \"[0-9.]+\"", "\"overall\" : \"3." + "0".repeat(100_000) + "\""), "/overall",
                "exceeds the maximum allowed (20000");
        at(REVIEW.replaceFirst("\"leastForBand\" : \"[0-9/]+\"", "\"leastForBand\" : \"1/0\""), "/coverage/leastForBand",
                "is not a share");
        at(REVIEW.replaceFirst("\"overall\" : \"[0-9/]+\"", "\"overall\" : \"" + "9".repeat(70) + "/1\""), "/coverage/overall",
                "longer than the limit");
    }

    @Test
    void wrongTypesDuplicatesAndUnknownMembersAreNamed() {
        at(REVIEW.replaceFirst("\"overall\" : \"([0-9.]+)\"", "\"overall\" : $1"), "/overall", "decimal written as a JSON string");
        at(REVIEW.replace("\"countedAsZero\" : false", "\"countedAsZero\" : \"no\""), "/reasons/0/countedAsZero", "true or false");
        at(REVIEW.replace("\"view\" : \"audit\",", "\"view\" : \"audit\", \"owner\" : \"x\","), "/owner", "unknown member");
        InvalidDocumentException dup = refused(REVIEW.replace("\"view\" : \"audit\",", "\"view\" : \"audit\", \"view\" : \"audit\","));
        assertTrue(dup.getMessage().contains("Duplicate"), dup.getMessage());
        at(REVIEW.replace("\"view\" : \"audit\"", "\"view\" : \"hr\""), "/view", "expected one of subject, audit");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String bad = REVIEW.replace("\"countedAsZero\" : false", "\"countedAsZero\" : 0").replace("\"format\" : \"blendscore.review/1\",",
                "\"format\" : \"blendscore.review/1\", \"extra\" : 1,");
        InvalidDocumentException e = refused(bad);
        assertTrue(e.problems().size() >= 2, e.getMessage());
    }

    @Test
    void deepNestingAndLongStringsHitTheLimits() {
        InvalidDocumentException deep = refused("{\"format\":\"blendscore.review/1\",\"x\":" + "[".repeat(10_000)
                + "]".repeat(10_000) + "}");
        assertTrue(deep.problems().get(0).pointer().startsWith("/x/0/0")
                && deep.problems().get(0).message().contains("nesting depth (33) exceeds the maximum allowed (32"), deep.getMessage());
        InvalidDocumentException e = refused(REVIEW.replace("\"subjectId\" : \"ana\"", "\"subjectId\" : \"" + "a".repeat(30_000) + "\""));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("over a limit"), e.getMessage());
    }
}
