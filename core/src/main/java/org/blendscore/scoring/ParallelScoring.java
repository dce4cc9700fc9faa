package org.blendscore.scoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
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
 * The bounded, ordered parallel run behind {@link Scorer#scoreAllParallel(Iterator, int, Consumer, Consumer)}:
 * the calling thread pulls chunks of records and submits each to a fixed pool made for the run; a
 * FIFO of at most {@link #CHUNKS_PER_THREAD} chunks per thread is in flight, and the calling thread
 * delivers the oldest chunk's results, in order, before it pulls another chunk when the FIFO is full.
 */
final class ParallelScoring {

    /**
     * Records per chunk: large enough that handing a chunk over (a queue, and a wake-up of the calling
     * thread) costs little next to scoring it, small enough to bound memory and to leave little idle at
     * the end of a batch.
     */
    static final int CHUNK = 512;

    /** Chunks in flight per worker thread: one being scored and one waiting, so no worker idles while results are delivered. */
    static final int CHUNKS_PER_THREAD = 2;

    private ParallelScoring() {
    }

    static BatchCounts run(Scorer scorer, Iterator<? extends Evidence> records, int threads, Consumer<? super Review> reviews,
                           Consumer<? super RejectedRecord> rejected) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        Deque<Future<Object[]>> inFlight = new ArrayDeque<>();
        long[] counts = new long[2];
        long index = 0;
        try {
            while (records.hasNext()) {
                Evidence[] chunk = new Evidence[CHUNK];
                int n = 0;
                while (n < CHUNK && records.hasNext()) {
                    chunk[n++] = records.next();
                }
                long first = index;
                int size = n;
                index += n;
                inFlight.addLast(pool.submit(() -> score(scorer, chunk, size, first)));
                if (inFlight.size() >= threads * CHUNKS_PER_THREAD) {
                    deliver(await(inFlight.removeFirst()), reviews, rejected, counts);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(await(inFlight.removeFirst()), reviews, rejected, counts);
            }
            return new BatchCounts(counts[0], counts[1]);
        } finally {
            for (Future<Object[]> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static Object[] score(Scorer scorer, Evidence[] chunk, int size, long first) {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = scorer.outcome(chunk[i], first + i);
        }
        return out;
    }

    private static void deliver(Object[] outcomes, Consumer<? super Review> reviews, Consumer<? super RejectedRecord> rejected,
                                long[] counts) {
        for (Object o : outcomes) {
            if (o instanceof Review review) {
                counts[0]++;
                reviews.accept(review);
            } else {
                counts[1]++;
                rejected.accept((RejectedRecord) o);
            }
        }
    }

    private static Object[] await(Future<Object[]> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("interrupted while waiting for a chunk of records to be scored");
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
