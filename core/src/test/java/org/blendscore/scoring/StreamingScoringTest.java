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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.review.Review;
import org.junit.jupiter.api.Test;

/**
 * Streaming batches: results handed on as they come, in the records' order, rejected records in
 * place, and the parallel run giving exactly the sequential results within a bounded read-ahead.
 */
class StreamingScoringTest {

    private static final Scorer SCORER = Scorer.of(ReferenceRubric.rubric());

    /** Varied, valid evidence for the reference rubric: every curve segment, milestone set and rating mix. */
    private static Evidence good(int i) {
        List<String> milestones = new ArrayList<>();
        String[] ids = {"discovery-complete", "executive-alignment", "referral-secured", "customer-success-milestone"};
        for (int b = 0; b < ids.length; b++) {
            if ((i >> b & 1) == 1) {
                milestones.add(ids[b]);
            }
        }
        List<String> trust = List.of("customer:c1=" + (i % 5 + 1), "customer:c2=" + (i / 5 % 5 + 1), "manager:m1=" + (i / 25 % 5 + 1));
        List<String> knowledge = List.of(i % 11 == 0 ? "manager:m1=N/A" : "manager:m1=" + (i / 7 % 5 + 1));
        return ReferenceRubric.evidence("s" + i, Integer.toString(300_000 + i * 1_379 % 1_400_000), milestones, trust, knowledge);
    }

    /** Every 37th record has a rating off the scale, every 53rd a negative actual, every 101st is null. */
    private static Evidence mixed(int i) {
        if (i % 101 == 100) {
            return null;
        }
        if (i % 37 == 36) {
            return ReferenceRubric.evidence("s" + i, "900000", List.of(), List.of("customer:c1=6", "manager:m1=3"), List.of());
        }
        if (i % 53 == 52) {
            return ReferenceRubric.evidence("s" + i, "-1", List.of(), List.of("manager:m1=3"), List.of());
        }
        return good(i);
    }

    private static List<Evidence> batch(int n) {
        List<Evidence> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(mixed(i));
        }
        return list;
    }

    /** Counts what was pulled, to see how far a run reads ahead of what it has handed on. */
    private static final class CountingIterator implements Iterator<Evidence> {
        private final Iterator<Evidence> inner;
        int pulled;

        CountingIterator(List<Evidence> list) {
            this.inner = list.iterator();
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public Evidence next() {
            pulled++;
            return inner.next();
        }
    }

    /** Records both kinds of result in one sequence, as "review s12" or "rejected 36 s36". */
    private static final class Recorder {
        final List<String> events = new ArrayList<>();
        final List<Review> reviews = new ArrayList<>();
        final List<RejectedRecord> rejected = new ArrayList<>();

        void review(Review r) {
            events.add("review " + r.subjectId());
            reviews.add(r);
        }

        void reject(RejectedRecord r) {
            events.add("rejected " + r.index() + " " + r.subjectId());
            rejected.add(r);
        }
    }

    @Test
    void handsEachResultOnBeforePullingTheNextRecord() {
        List<Evidence> batch = batch(300);
        CountingIterator records = new CountingIterator(batch);
        List<Integer> pulledAtDelivery = new ArrayList<>();
        BatchCounts counts = SCORER.scoreAll(() -> records, r -> pulledAtDelivery.add(records.pulled),
                r -> pulledAtDelivery.add(records.pulled));
        assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), pulledAtDelivery);
        assertEquals(300, counts.total());
    }

    @Test
    void resultsComeInTheRecordsOrderWithRejectedRecordsInPlace() {
        List<Evidence> batch = batch(400);
        Recorder recorder = new Recorder();
        BatchCounts counts = SCORER.scoreAll(batch.stream()::iterator, recorder::review, recorder::reject);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Evidence e = batch.get(i);
            boolean bad = e == null || i % 37 == 36 || i % 53 == 52;
            expected.add(bad ? "rejected " + i + " " + (e == null ? "" : e.subjectId()) : "review s" + i);
        }
        assertEquals(expected, recorder.events);
        assertEquals(new BatchCounts(recorder.reviews.size(), recorder.rejected.size()), counts);
        assertEquals(3 + 10 + 7, counts.rejected());
    }

    @Test
    void aRejectedRecordNamesItsProblem() {
        Recorder recorder = new Recorder();
        SCORER.scoreAll(batch(101), recorder::review, recorder::reject);
        RejectedRecord offScale = recorder.rejected.get(0);
        assertEquals(36, offScale.index());
        assertEquals("s36", offScale.subjectId());
        EvidenceProblem p = offScale.problems().get(0);
        assertEquals(java.util.Optional.of("customer-trust"), p.measureId());
        assertEquals(java.util.Optional.of("c1"), p.raterId());
        assertEquals("value", p.field());
        RejectedRecord negative = recorder.rejected.get(1);
        assertEquals(52, negative.index());
        assertEquals("actual", negative.problems().get(0).field());
        RejectedRecord nothing = recorder.rejected.get(3);
        assertEquals(100, nothing.index());
        assertEquals("", nothing.subjectId());
        assertEquals("record", nothing.problems().get(0).field());
    }

    @Test
    void streamIteratorIterableAndTheCollectingBatchAgree() {
        List<Evidence> batch = batch(250);
        BatchResult collected = SCORER.scoreAll(batch);
        Recorder fromIterable = new Recorder();
        SCORER.scoreAll(batch, fromIterable::review, fromIterable::reject);
        Recorder fromIterator = new Recorder();
        SCORER.scoreAll(() -> batch.iterator(), fromIterator::review, fromIterator::reject);
        Recorder fromStream = new Recorder();
        SCORER.scoreAll(batch.stream()::iterator, fromStream::review, fromStream::reject);
        for (Recorder r : List.of(fromIterable, fromIterator, fromStream)) {
            assertEquals(collected.reviews(), r.reviews);
            assertEquals(collected.rejected(), r.rejected);
        }
    }

    @Test
    void parallelGivesExactlyTheSequentialResultsInTheSameOrder() {
        // many chunks of 512, so that chunks the workers scored and chunks the calling thread scored alternate
        List<Evidence> batch = batch(12_000);
        Recorder sequential = new Recorder();
        SCORER.scoreAll(batch, sequential::review, sequential::reject);
        for (int threads : new int[] {1, 2, 3, 8}) {
            Recorder parallel = new Recorder();
            BatchCounts counts = SCORER.scoreAllParallel(batch, threads, parallel::review, parallel::reject);
            assertEquals(sequential.events, parallel.events, threads + " threads");
            assertEquals(sequential.reviews, parallel.reviews, threads + " threads");
            assertEquals(sequential.rejected, parallel.rejected, threads + " threads");
            assertEquals(12_000, counts.total());
        }
        Recorder allCores = new Recorder();
        SCORER.scoreAllParallel(batch.stream()::iterator, allCores::review, allCores::reject);
        assertEquals(sequential.events, allCores.events);
        Recorder iterable = new Recorder();
        SCORER.scoreAllParallel(batch, iterable::review, iterable::reject);
        assertEquals(sequential.reviews, iterable.reviews);
    }

    @Test
    void aConsumerThatScoresWithTheSameScorerMidBatchDisturbsNothing() {
        // a batch holds one workspace for many records, and calls its consumers between records; a consumer scoring then,
        // one record or a whole nested batch, on the same thread, must neither disturb the batch nor be disturbed by it
        List<Evidence> batch = batch(2_000);
        Recorder plain = new Recorder();
        SCORER.scoreAll(batch, plain::review, plain::reject);
        List<Evidence> inner = batch(40);
        BatchResult innerAlone = SCORER.scoreAll(inner);
        Review oneAlone = SCORER.score(good(7));
        for (int threads : new int[] {0, 1, 2}) {
            Recorder outer = new Recorder();
            List<String> wrong = new ArrayList<>();
            java.util.function.Consumer<Review> nested = r -> {
                outer.review(r);
                if (outer.reviews.size() % 97 == 0) {
                    if (!SCORER.score(good(7)).equals(oneAlone)) {
                        wrong.add("single review at " + outer.reviews.size());
                    }
                    BatchResult again = SCORER.scoreAll(inner);
                    if (!again.reviews().equals(innerAlone.reviews()) || !again.rejected().equals(innerAlone.rejected())) {
                        wrong.add("nested batch at " + outer.reviews.size());
                    }
                }
            };
            if (threads == 0) {
                SCORER.scoreAll(batch, nested, outer::reject);
            } else {
                SCORER.scoreAllParallel(batch, threads, nested, outer::reject);
            }
            assertEquals(List.of(), wrong, threads + " threads");
            assertEquals(plain.events, outer.events, threads + " threads");
            assertEquals(plain.reviews, outer.reviews, threads + " threads");
            assertEquals(plain.rejected, outer.rejected, threads + " threads");
        }
    }

    @Test
    void parallelReadsABoundedWindowAheadAndCallsConsumersOnTheCallingThread() {
        // several times the window of 3 threads x 2 chunks x 512 records
        List<Evidence> batch = batch(20_000);
        CountingIterator records = new CountingIterator(batch);
        int threads = 3;
        int[] delivered = {0};
        int[] furthestAhead = {0};
        Thread caller = Thread.currentThread();
        List<String> wrongThread = new ArrayList<>();
        SCORER.scoreAllParallel(() -> records, threads, r -> {
            delivered[0]++;
            furthestAhead[0] = Math.max(furthestAhead[0], records.pulled - delivered[0]);
            if (Thread.currentThread() != caller) {
                wrongThread.add(Thread.currentThread().getName());
            }
        }, r -> delivered[0]++);
        assertEquals(20_000, delivered[0]);
        assertEquals(List.of(), wrongThread);
        int window = threads * ParallelScoring.CHUNKS_PER_THREAD * ParallelScoring.CHUNK;
        assertTrue(furthestAhead[0] <= window, "read " + furthestAhead[0] + " records ahead, more than " + window);
    }

    @Test
    void anExceptionFromAConsumerStopsTheParallelRunAndPropagates() {
        IllegalStateException boom = new IllegalStateException("consumer failed");
        int[] delivered = {0};
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SCORER.scoreAllParallel(
                batch(3_000), 2, r -> {
                    if (++delivered[0] == 500) {
                        throw boom;
                    }
                }, r -> { }));
        assertSame(boom, thrown);
        assertEquals(500, delivered[0]);
    }

    @Test
    void anInterruptOfTheCallingThreadStopsTheParallelRunWithTheFlagKept() {
        // on one thread the calling thread never waits, it only scores: the run must stop all the same
        for (int threads : new int[] {1, 2}) {
            int[] delivered = {0};
            java.util.concurrent.CancellationException e = assertThrows(java.util.concurrent.CancellationException.class,
                    () -> SCORER.scoreAllParallel(batch(6_000), threads, r -> {
                        if (++delivered[0] == 600) {
                            Thread.currentThread().interrupt();
                        }
                    }, r -> delivered[0]++));
            boolean flag = Thread.interrupted(); // reads and clears the flag, so that later tests run clean
            assertTrue(flag, threads + " threads: the interrupt flag is kept");
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(delivered[0] < 6_000, threads + " threads: delivered " + delivered[0]);
        }
    }

    @Test
    void anExceptionFromTheSourceStopsTheRunAndPropagates() {
        Stream<Evidence> failing = IntStream.range(0, 1_000).mapToObj(i -> {
            if (i == 700) {
                throw new IllegalArgumentException("source failed at 700");
            }
            return good(i);
        });
        int[] delivered = {0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SCORER.scoreAllParallel(failing::iterator, r -> delivered[0]++, r -> { }));
        assertEquals("source failed at 700", e.getMessage());
        assertTrue(delivered[0] < 700, "delivered " + delivered[0]);
    }

    @Test
    void rejectsAThreadCountBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SCORER.scoreAllParallel(List.<Evidence>of(), 0, r -> { }, r -> { }));
        assertEquals("threads must be at least 1, not 0", e.getMessage());
    }

    @Test
    void anEmptySourceGivesNoResults() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals(new BatchCounts(0, 0), SCORER.scoreAll(Stream.<Evidence>empty()::iterator, r -> calls.incrementAndGet(),
                r -> calls.incrementAndGet()));
        assertEquals(new BatchCounts(0, 0), SCORER.scoreAllParallel(Stream.<Evidence>empty()::iterator, r -> calls.incrementAndGet(),
                r -> calls.incrementAndGet()));
        assertEquals(0, calls.get());
    }
}
