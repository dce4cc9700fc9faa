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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Review;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On every record of the bench batch, the hand-written baseline, the library and an independent exact
 * computation give the same overall score, band and contributions: the benchmark compares like with
 * like, and neither side takes a shortcut that an exact computation would catch.
 */
class HandWrittenAgreesWithLibraryTest {

    private static List<Evidence> batch;

    @BeforeAll
    static void generate() {
        batch = BenchBatch.generate();
    }

    @Test
    void theBatchHasTheShapeTheRubricDocumentDescribes() {
        assertEquals(100_000, batch.size());
        assertEquals(batch.get(12_345), BenchBatch.record(BenchBatch.SEED, 12_345));
        assertEquals(batch.subList(0, 50), BenchBatch.stream(BenchBatch.SEED, 50).toList());
        int onStep = 0;
        int gated = 0;
        int capped = 0;
        int single = 0;
        int none = 0;
        for (Evidence e : batch) {
            org.blendscore.evidence.QuotaActual a = (org.blendscore.evidence.QuotaActual) e.measures().get("new-arr");
            long cents = a.actual().movePointRight(2).longValueExact();
            onStep += cents % 5_000_000 == 0 ? 1 : 0;
            gated += cents < 50_000_000 ? 1 : 0;
            capped += cents >= 150_000_000 ? 1 : 0;
            long customers = ((org.blendscore.evidence.Ratings) e.measures().get("customer-trust")).ratings().stream()
                    .filter(r -> r.source().equals("customer")).count();
            single += customers == 1 ? 1 : 0;
            none += customers == 0 ? 1 : 0;
        }
        assertBetween(onStep, 9_000, 11_000, "actuals on a 5% step");
        assertBetween(gated, 17_000, 21_000, "actuals below the gate");
        assertBetween(capped, 17_000, 21_000, "actuals at or above the cap");
        assertBetween(single, 9_000, 11_000, "sources with a single rating");
        assertBetween(none, 1_500, 2_500, "sources with no rating");
    }

    @Test
    void handWrittenLibraryAndExactComputationAgreeOnEveryRecord() {
        Scorer scorer = Scorer.of(BenchRubric.build());
        HandWrittenScorer hand = new HandWrittenScorer();
        // the library through its parallel streaming API; results come back in the batch's order
        List<ExactBench.Outcome> library = new ArrayList<>(batch.size());
        AtomicInteger guarded = new AtomicInteger();
        AtomicInteger leftOut = new AtomicInteger();
        List<RejectedRecord> rejected = new ArrayList<>();
        scorer.scoreAllParallel(batch, review -> {
            library.add(fromLibrary(review));
            guarded.addAndGet(review.bandBeforeGuards().isPresent() ? 1 : 0);
            leftOut.addAndGet(review.measures().stream().anyMatch(m -> m.status() != MeasureStatus.SCORED) ? 1 : 0);
        }, rejected::add);
        assertEquals(List.of(), rejected);
        assertEquals(batch.size(), library.size());

        List<String> mismatches = IntStream.range(0, batch.size()).parallel().mapToObj(i -> {
            ExactBench.Outcome exact = ExactBench.score(batch.get(i));
            ExactBench.Outcome handWritten = fromHand(hand.score(batch.get(i)));
            return exact.equals(library.get(i)) && exact.equals(handWritten) ? null
                    : "exact " + exact + "\n  library " + library.get(i) + "\n  hand-written " + handWritten;
        }).filter(Objects::nonNull).toList();
        assertEquals(List.of(), mismatches.subList(0, Math.min(5, mismatches.size())), mismatches.size() + " records differ");
        assertTrue(guarded.get() > 100, "the guard applies on some records: " + guarded);
        assertTrue(leftOut.get() > 100, "some records leave a measure out: " + leftOut);
    }

    @Test
    void theParallelControlScoresEveryRecordInItsPlaceAsTheSequentialScorerDoes() throws InterruptedException {
        HandWrittenScorer hand = new HandWrittenScorer();
        for (int threads : new int[] {1, 2, 3}) {
            HandWrittenScorer.Result[][] byChunk = hand.scoreInParallel(batch, threads);
            assertEquals((batch.size() + HandWrittenScorer.PARALLEL_CHUNK - 1) / HandWrittenScorer.PARALLEL_CHUNK, byChunk.length);
            List<String> mismatches = new ArrayList<>();
            int i = 0;
            for (HandWrittenScorer.Result[] chunk : byChunk) {
                for (HandWrittenScorer.Result r : chunk) {
                    if (!fromHand(hand.score(batch.get(i))).equals(fromHand(r))) {
                        mismatches.add("record " + i + ": " + fromHand(r));
                    }
                    i++;
                }
            }
            assertEquals(batch.size(), i, threads + " threads");
            assertEquals(List.of(), mismatches.subList(0, Math.min(5, mismatches.size())), threads + " threads");
        }
    }

    private static ExactBench.Outcome fromLibrary(Review r) {
        List<String> contributions = new ArrayList<>();
        for (MeasureResult m : r.measures()) {
            if (m.status() == MeasureStatus.SCORED) {
                contributions.add(m.id() + "=" + m.contribution().toPlainString());
            }
        }
        return new ExactBench.Outcome(r.subjectId(), r.overall(), r.band().orElse(HandWrittenScorer.NO_BAND), contributions);
    }

    private static ExactBench.Outcome fromHand(HandWrittenScorer.Result r) {
        return new ExactBench.Outcome(r.subjectId(), r.overall(), r.band(), r.contributions());
    }

    private static void assertBetween(int actual, int low, int high, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in " + low + ".." + high);
    }
}
