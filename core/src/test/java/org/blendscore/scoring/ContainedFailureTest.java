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
package org.blendscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.junit.jupiter.api.Test;

/**
 * What a batch makes of a record whose scoring fails ({@link Scorer#contain}): the batch's inputs at
 * the edges are tested in {@code org.blendscore.hostile.HostileBatchTest}; here the failures are
 * thrown on purpose, as no input should still cause one.
 */
class ContainedFailureTest {

    private static RecordOutcome contain(Supplier<Review> scoring) {
        return Scorer.contain(41, "sam", scoring);
    }

    private static RejectedRecord rejected(RecordOutcome outcome) {
        RejectedRecord[] got = new RejectedRecord[1];
        assertFalse(outcome.deliver(r -> { throw new AssertionError("reviewed"); }, r -> got[0] = r));
        return got[0];
    }

    @Test
    void aRuntimeExceptionWhileScoringRejectsTheRecordByNameAndDropsItsWorkspace() {
        RecordOutcome outcome = contain(() -> { throw new ArithmeticException("Overflow"); });
        assertTrue(outcome.spoilsRun());
        RejectedRecord r = rejected(outcome);
        assertEquals(41, r.index());
        assertEquals("sam", r.subjectId());
        EvidenceProblem p = r.problems().get(0);
        assertEquals("record", p.field());
        assertTrue(p.message().startsWith("the record could not be scored: java.lang.ArithmeticException: Overflow"), p.message());
    }

    @Test
    void aStackOverflowWhileScoringRejectsTheRecord() {
        RecordOutcome outcome = contain(() -> { throw new StackOverflowError(); });
        assertTrue(outcome.spoilsRun());
        assertTrue(rejected(outcome).problems().get(0).message().contains("java.lang.StackOverflowError"));
    }

    @Test
    void aLongFailureMessageIsShortened() {
        String longMessage = "x".repeat(10_000);
        RecordOutcome outcome = contain(() -> { throw new IllegalStateException(longMessage); });
        assertTrue(rejected(outcome).problems().get(0).message().length() < 400);
    }

    @Test
    void badEvidenceIsRejectedWithItsProblemsAndKeepsTheWorkspace() {
        EvidenceProblem problem = new EvidenceProblem("sam", Optional.of("m"), Optional.empty(), "actual", "negative");
        RecordOutcome outcome = contain(() -> { throw new InvalidEvidenceException(List.of(problem), 5); });
        assertFalse(outcome.spoilsRun());
        RejectedRecord r = rejected(outcome);
        assertEquals(List.of(problem), r.problems());
        assertEquals(5, r.omittedProblems());
    }

    @Test
    void otherErrorsStopTheBatch() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> contain(() -> { throw oom; })));
        AssertionError assertion = new AssertionError("broken invariant");
        assertSame(assertion, assertThrows(AssertionError.class, () -> contain(() -> { throw assertion; })));
    }
}
