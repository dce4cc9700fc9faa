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

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * The parallel speed-up read in pairs, next to its control: in every round, one pass over the bench
 * batch of each of five kinds, each timed with the process's CPU time over it:
 *
 * <ol>
 *   <li>the library on one thread, a review at a time ({@code Scorer.score} in a loop, as the
 *       {@code blendscore} benchmark);
 *   <li>the library's batch on one thread ({@code Scorer.scoreAll}, as {@code blendscoreBatch});
 *   <li>the library's batch on every core ({@code Scorer.scoreAllParallel}, reviews delivered in order);
 *   <li>the hand-written scorer on one thread;
 *   <li>the hand-written scorer on every core ({@link HandWrittenScorer#scoreInParallel}, no order).
 * </ol>
 *
 * <p>On a shared virtual machine, what the cores deliver changes from one minute to the next, so a
 * speed-up made of passes run minutes apart (as JMH runs one benchmark after another) reads the
 * machine as much as the code. Here a round's five passes run within about two seconds, each round
 * starting with the next kind (so that no kind always follows the same one and inherits its garbage),
 * and the figures are taken round by round: the library's speed-up over its batch on one thread and
 * over its review loop, the hand-written scorer's speed-up (what the machine gives plain parallel code
 * of this kind), the library's as a share of the hand-written one, and the ratio of the single-thread
 * times of the review loop and the hand-written scorer. It prints the medians over the rounds. A
 * diagnostic to read next to the JMH figures, not a benchmark of its own.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.blendscore.benchmarks.ParallelUseRun 30
 * }</pre>
 *
 * <p>Argument: the number of timed rounds (default 30, at least 1), after 5 of warm-up.
 */
public final class ParallelUseRun {

    private static final String[] KINDS = {
        "library, one thread, score()", "library, one thread, scoreAll", "library, parallel",
        "hand-written, one thread", "hand-written, parallel"};
    private static final int LOOP = 0;
    private static final int BATCH = 1;
    private static final int PARALLEL = 2;
    private static final int HAND = 3;
    private static final int HAND_PARALLEL = 4;

    private static long sink;

    private ParallelUseRun() {
    }

    /**
     * Runs the rounds and prints each kind's median time per record and CPU use, then the medians of the
     * round-by-round ratios.
     *
     * @param args the number of timed rounds
     * @throws InterruptedException if interrupted while a hand-written parallel pass waits for its threads
     */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, not " + rounds);
        }
        List<Evidence> batch = BenchBatch.generate();
        Scorer scorer = Scorer.of(BenchRubric.build());
        HandWrittenScorer handWritten = new HandWrittenScorer();
        int threads = Runtime.getRuntime().availableProcessors();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] nsPerRecord = new double[KINDS.length][rounds];
        long[] wall = new long[KINDS.length];
        long[] cpu = new long[KINDS.length];
        for (int round = -5; round < rounds; round++) {
            for (int k = 0; k < KINDS.length; k++) {
                int kind = Math.floorMod(round + k, KINDS.length);
                long cpuBefore = os.getProcessCpuTime();
                long start = System.nanoTime();
                pass(kind, scorer, handWritten, batch, threads);
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    nsPerRecord[kind][round] = (double) took / batch.size();
                    wall[kind] += took;
                    cpu[kind] += os.getProcessCpuTime() - cpuBefore;
                }
            }
        }
        System.out.printf("%d rounds of %,d records, %d threads in parallel%n", rounds, batch.size(), threads);
        for (int kind = 0; kind < KINDS.length; kind++) {
            double[] sorted = nsPerRecord[kind].clone();
            Arrays.sort(sorted);
            System.out.printf("%-30s median %,6.0f ns/record (fastest %,6.0f, slowest %,6.0f), CPU use %3.0f%%%n", KINDS[kind],
                    median(nsPerRecord[kind]), sorted[0], sorted[rounds - 1], 100.0 * cpu[kind] / wall[kind]);
        }
        System.out.printf("medians of the round-by-round ratios:%n");
        System.out.printf("  library's speed-up over its batch on one thread %.2fx, over its review loop %.2fx%n",
                median(ratios(nsPerRecord[BATCH], nsPerRecord[PARALLEL])), median(ratios(nsPerRecord[LOOP], nsPerRecord[PARALLEL])));
        double[] control = ratios(nsPerRecord[HAND], nsPerRecord[HAND_PARALLEL]);
        System.out.printf("  hand-written speed-up %.2fx; the library's (over its batch) as a share of it %.0f%%%n",
                median(control), 100 * median(ratios(ratios(nsPerRecord[BATCH], nsPerRecord[PARALLEL]), control)));
        System.out.printf("  one thread: the review loop takes %.2fx the hand-written scorer's time%n",
                median(ratios(nsPerRecord[LOOP], nsPerRecord[HAND])));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void pass(int kind, Scorer scorer, HandWrittenScorer handWritten, List<Evidence> batch, int threads)
            throws InterruptedException {
        switch (kind) {
            case LOOP -> {
                for (Evidence e : batch) {
                    keep(scorer.score(e));
                }
            }
            case BATCH -> scorer.scoreAll(batch, ParallelUseRun::keep, r -> sink++);
            case PARALLEL -> scorer.scoreAllParallel(batch, ParallelUseRun::keep, r -> sink++);
            case HAND -> {
                for (Evidence e : batch) {
                    sink += System.identityHashCode(handWritten.score(e)) & 1;
                }
            }
            default -> {
                for (HandWrittenScorer.Result[] chunk : handWritten.scoreInParallel(batch, threads)) {
                    for (HandWrittenScorer.Result r : chunk) {
                        sink += System.identityHashCode(r) & 1;
                    }
                }
            }
        }
    }

    private static void keep(Review r) {
        sink += System.identityHashCode(r) & 1;
    }

    /** Element by element, a[i] / b[i]. */
    private static double[] ratios(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] / b[i];
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
