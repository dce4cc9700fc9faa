package org.blendscore.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * The parallel speed-up read in pairs, next to its control: in every round, one pass over the bench
 * batch of each of four kinds in turn, each timed with the process's CPU time over it:
 *
 * <ol>
 *   <li>the library on one thread ({@code Scorer.score} in a loop);
 *   <li>the library on every core ({@code Scorer.scoreAllParallel}, reviews delivered in order);
 *   <li>the hand-written scorer on one thread;
 *   <li>the hand-written scorer on every core ({@link HandWrittenScorer#scoreInParallel}, no order).
 * </ol>
 *
 * <p>On a shared virtual machine, what the cores deliver changes from one minute to the next, so a
 * speed-up made of passes run minutes apart (as JMH runs one benchmark after another) reads the
 * machine as much as the code. Here a round's four passes run within a second, and the speed-ups are
 * taken round by round: the library's, the hand-written scorer's (what the machine gives plain parallel
 * code of this kind), and the first as a share of the second; so is the ratio of the two single-thread
 * times. It prints the medians over the rounds.
 * A diagnostic to read next to the JMH figures, not a benchmark of its own.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.blendscore.benchmarks.ParallelUseRun 30
 * }</pre>
 *
 * <p>Argument: the number of timed rounds (default 30), after 5 of warm-up.
 */
public final class ParallelUseRun {

    private static final String[] KINDS = {
        "library, one thread", "library, parallel", "hand-written, one thread", "hand-written, parallel"};

    private static long sink;

    private ParallelUseRun() {
    }

    /**
     * Runs the rounds and prints each kind's median time per record and CPU use, then the medians of the
     * round-by-round speed-ups.
     *
     * @param args the number of timed rounds
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Evidence> batch = BenchBatch.generate();
        Scorer scorer = Scorer.of(BenchRubric.build());
        HandWrittenScorer handWritten = new HandWrittenScorer();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][] nsPerRecord = new double[KINDS.length][rounds];
        long[] wall = new long[KINDS.length];
        long[] cpu = new long[KINDS.length];
        for (int round = -5; round < rounds; round++) {
            for (int kind = 0; kind < KINDS.length; kind++) {
                long cpuBefore = os.getProcessCpuTime();
                long start = System.nanoTime();
                pass(kind, scorer, handWritten, batch);
                long took = System.nanoTime() - start;
                if (round >= 0) {
                    nsPerRecord[kind][round] = (double) took / batch.size();
                    wall[kind] += took;
                    cpu[kind] += os.getProcessCpuTime() - cpuBefore;
                }
            }
        }
        System.out.printf("%d rounds of %,d records, %d cores%n", rounds, batch.size(), Runtime.getRuntime().availableProcessors());
        for (int kind = 0; kind < KINDS.length; kind++) {
            double[] sorted = nsPerRecord[kind].clone();
            Arrays.sort(sorted);
            System.out.printf("%-26s median %,6.0f ns/record (fastest %,6.0f, slowest %,6.0f), CPU use %3.0f%%%n", KINDS[kind],
                    median(nsPerRecord[kind]), sorted[0], sorted[rounds - 1], 100.0 * cpu[kind] / wall[kind]);
        }
        double[] library = new double[rounds];
        double[] control = new double[rounds];
        double[] share = new double[rounds];
        double[] timeRatio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            library[round] = nsPerRecord[0][round] / nsPerRecord[1][round];
            control[round] = nsPerRecord[2][round] / nsPerRecord[3][round];
            share[round] = library[round] / control[round];
            timeRatio[round] = nsPerRecord[0][round] / nsPerRecord[2][round];
        }
        System.out.printf("speed-up, median of the rounds: library %.2fx, hand-written %.2fx; library's as a share of hand-written's %.0f%%%n",
                median(library), median(control), 100 * median(share));
        System.out.printf("one thread, median of the rounds: the library takes %.2fx the hand-written scorer's time%n", median(timeRatio));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void pass(int kind, Scorer scorer, HandWrittenScorer handWritten, List<Evidence> batch) {
        switch (kind) {
            case 0 -> {
                for (Evidence e : batch) {
                    keep(scorer.score(e));
                }
            }
            case 1 -> scorer.scoreAllParallel(batch, ParallelUseRun::keep, r -> sink++);
            case 2 -> {
                for (Evidence e : batch) {
                    sink += System.identityHashCode(handWritten.score(e)) & 1;
                }
            }
            // once a chunk, from either thread: a racy sum is enough to keep the results
            default -> handWritten.scoreInParallel(batch, results -> sink += System.identityHashCode(results) & 1);
        }
    }

    private static void keep(Review r) {
        sink += System.identityHashCode(r) & 1;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
