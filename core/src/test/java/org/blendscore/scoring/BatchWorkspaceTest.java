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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.junit.jupiter.api.Test;

/**
 * A batch scores many records in one workspace (one for a sequential run, one per chunk of a parallel
 * run): nothing of a record, scored or rejected, may reach the next one, and the workspace is the
 * batch's alone until the batch gives it back, when it ends or fails.
 */
class BatchWorkspaceTest {

    /** Rejected by the checks (a negative actual), with ratings that scoring would have tallied. */
    private static Evidence rejectedAfterTally(String id) {
        return ReferenceRubric.evidence(id, "-1", List.of("discovery-complete"),
                List.of("customer:c1=5", "customer:c2=5", "manager:m1=5"), List.of("manager:m1=5"));
    }

    /** No customer-trust evidence: the checks tally nothing for it. */
    private static Evidence noTrust(String id) {
        return ReferenceRubric.evidence(id, "500000", List.of(), null, List.of("manager:m1=2"));
    }

    /** A record scored on its own by a fresh scorer, as a batch reports it. */
    private static Object alone(Scorer scorer, Evidence e, int index) {
        if (e == null) {
            return "rejected " + index;
        }
        try {
            return scorer.score(e);
        } catch (InvalidEvidenceException ex) {
            return "rejected " + index + " " + ex.problems();
        }
    }

    @Test
    void aRejectedRecordLeavesNothingForTheNextRecordOfTheBatch() {
        for (MissingEvidencePolicy policy : MissingEvidencePolicy.values()) {
            List<Evidence> batch = Arrays.asList(rejectedAfterTally("r0"), noTrust("n1"), null, rejectedAfterTally("r3"),
                    noTrust("n4"), ReferenceRubric.ana(), noTrust("n6"), ReferenceRubric.eve(), noTrust("n8"));
            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                expected.add(alone(Scorer.of(ReferenceRubric.rubric(policy)), batch.get(i), i));
            }
            for (int threads : new int[] {0, 1, 2}) {
                Scorer scorer = Scorer.of(ReferenceRubric.rubric(policy));
                List<Object> got = new ArrayList<>();
                Consumer<Review> reviews = got::add;
                Consumer<RejectedRecord> rejected = r -> got.add("rejected " + r.index()
                        + (r.subjectId().isEmpty() ? "" : " " + r.problems()));
                if (threads == 0) {
                    scorer.scoreAll(batch, reviews, rejected);
                } else {
                    scorer.scoreAllParallel(batch, threads, reviews, rejected);
                }
                assertEquals(expected, got, policy + ", " + (threads == 0 ? "sequential" : threads + " threads"));
            }
        }
    }

    @Test
    void aBatchHoldsItsWorkspaceAloneUntilItEndsAndThenGivesItBack() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        ScoringRun seeded = scorer.takeRun();
        // idle in this thread's slot: the batch takes it
        scorer.giveBack(seeded);
        List<ScoringRun> seenMidBatch = new ArrayList<>();
        scorer.scoreAll(List.of(ReferenceRubric.ana(), ReferenceRubric.cara()), r -> {
            ScoringRun other = scorer.takeRun();
            seenMidBatch.add(other);
            scorer.giveBack(other);
        }, r -> { });
        assertEquals(2, seenMidBatch.size());
        for (ScoringRun r : seenMidBatch) {
            assertNotSame(seeded, r, "a consumer was handed the workspace the batch holds");
        }
        ScoringRun a = scorer.takeRun();
        ScoringRun b = scorer.takeRun();
        assertTrue(a == seeded || b == seeded, "the batch's workspace was not given back");
        scorer.giveBack(b);
        scorer.giveBack(a);

        assertThrows(IllegalStateException.class, () -> scorer.scoreAll(List.of(ReferenceRubric.ana()),
                r -> {
                    throw new IllegalStateException("consumer");
                }, r -> { }));
        ScoringRun c = scorer.takeRun();
        ScoringRun d = scorer.takeRun();
        assertTrue(c == seeded || d == seeded, "the batch's workspace was not given back after a consumer threw");
    }
}
