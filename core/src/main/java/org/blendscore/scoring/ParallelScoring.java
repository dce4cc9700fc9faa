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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;

/**
 * The bounded, ordered parallel run behind {@link Scorer#scoreAllParallel(Iterable, int, Consumer, Consumer)},
 * on {@code threads} threads: the calling thread and {@code threads - 1} workers of a pool made for the
 * run. The calling thread pulls chunks of records and hands each to the pool while the pool has fewer
 * than {@link #CHUNKS_PER_THREAD} per worker in hand; otherwise it scores the chunk itself. It keeps
 * every chunk, handed over or scored, in one FIFO in the order pulled, delivers the results at its head
 * as soon as they are ready, and waits for the head only when the FIFO holds
 * {@code threads x CHUNKS_PER_THREAD} chunks. So no more records than that are ever pulled and not yet
 * delivered, the results come in the records' order, and the calling thread scores instead of waiting:
 * on two cores, two threads score and none is woken for each chunk.
 */
final class ParallelScoring {

    /**
     * Records per chunk: large enough that handing a chunk over (a queue, and a wake-up of the calling
     * thread) costs little next to scoring it, small enough to bound memory and to leave little idle at
     * the end of a batch.
     */
    static final int CHUNK = 512;

    /** Chunks in flight per thread: one being scored and one waiting, so no worker idles while results are delivered. */
    static final int CHUNKS_PER_THREAD = 2;

    private ParallelScoring() {
    }

    static BatchCounts run(Scorer scorer, Iterator<? extends Evidence> records, int threads, Consumer<? super Review> reviews,
                           Consumer<? super RejectedRecord> rejected) {
        int workers = threads - 1;
        ExecutorService pool = workers > 0 ? Executors.newFixedThreadPool(workers, workers()) : null;
        // each entry a chunk handed to the pool, or one the calling thread scored (a completed future)
        Deque<Future<RecordOutcome[]>> inFlight = new ArrayDeque<>();
        int window = threads * CHUNKS_PER_THREAD;
        int[] handedOver = {0};
        long[] counts = new long[2];
        long index = 0;
        try {
            while (records.hasNext()) {
                if (Thread.currentThread().isInterrupted()) {
                    // the calling thread may be scoring rather than waiting: it stops before the next chunk
                    throw new CancellationException(ScoringMessages.recordsAbandoned());
                }
                Evidence[] chunk = new Evidence[CHUNK];
                int n = 0;
                while (n < CHUNK && records.hasNext()) {
                    chunk[n++] = records.next();
                }
                long first = index;
                int size = n;
                index += n;
                if (pool != null && handedOver[0] < workers * CHUNKS_PER_THREAD) {
                    inFlight.addLast(pool.submit(() -> score(scorer, chunk, size, first)));
                    handedOver[0]++;
                } else {
                    inFlight.addLast(CompletableFuture.completedFuture(score(scorer, chunk, size, first)));
                }
                // deliver what is ready at the head; wait for the head only when the window is full
                while (!inFlight.isEmpty() && (inFlight.peekFirst().isDone() || inFlight.size() >= window)) {
                    deliver(take(inFlight, handedOver), reviews, rejected, counts);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(take(inFlight, handedOver), reviews, rejected, counts);
            }
            return new BatchCounts(counts[0], counts[1]);
        } finally {
            for (Future<RecordOutcome[]> f : inFlight) {
                f.cancel(true);
            }
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The results of the FIFO's head, waiting for them if it is a task still running. */
    private static RecordOutcome[] take(Deque<Future<RecordOutcome[]>> inFlight, int[] handedOver) {
        Future<RecordOutcome[]> head = inFlight.removeFirst();
        if (!(head instanceof CompletableFuture<?>)) {
            handedOver[0]--;
        }
        return await(head);
    }

    private static RecordOutcome[] score(Scorer scorer, Evidence[] chunk, int size, long first) {
        RecordOutcome[] out = new RecordOutcome[size];
        ScoringRun run = scorer.takeRun();
        try {
            for (int i = 0; i < size; i++) {
                out[i] = scorer.outcome(chunk[i], first + i, run);
                if (out[i].spoilsRun()) {
                    // a record failed half-way: its workspace may hold anything, so the next records get a new one
                    run = scorer.takeRun();
                }
            }
        } finally {
            scorer.giveBack(run);
        }
        return out;
    }

    private static void deliver(RecordOutcome[] outcomes, Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected,
                                long[] counts) {
        for (RecordOutcome o : outcomes) {
            counts[o.deliver(reviews, rejected) ? 0 : 1]++;
        }
    }

    private static RecordOutcome[] await(Future<RecordOutcome[]> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException(ScoringMessages.interruptedWaiting());
            c.initCause(e);
            throw c;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("scoring a chunk of records failed", cause);
        }
    }

    /** Daemon threads named after the run, so that an abandoned run can never keep a JVM alive. */
    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "blendscore-scoring-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
