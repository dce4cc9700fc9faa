package org.blendscore.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * How much of the machine a parallel run uses: the bench batch scored on one thread, then with
 * {@code scoreAllParallel} on all cores, each pass timed, with the process's CPU time over the same
 * span. A parallel pass that keeps every core busy shows a CPU use near 100% per core; its speed-up
 * over the single-thread passes then depends on how much work the cores deliver, which on a shared
 * virtual machine changes from minute to minute. A diagnostic to read next to the JMH figures, not
 * a benchmark of its own.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar org.blendscore.benchmarks.ParallelUseRun 20
 * }</pre>
 *
 * <p>Argument: the number of timed passes of each kind (default 20), after 5 of warm-up.
 */
public final class ParallelUseRun {

    private static long sink;

    private ParallelUseRun() {
    }

    /**
     * Runs the passes and prints, for each kind, the time per record and the process's CPU use.
     *
     * @param args the number of timed passes
     */
    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Evidence> batch = BenchBatch.generate();
        Scorer scorer = Scorer.of(BenchRubric.build());
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] nsPerRecord = new double[2];
        for (int parallel = 0; parallel < 2; parallel++) {
            for (int i = 0; i < 5; i++) {
                pass(scorer, batch, parallel == 1);
            }
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < passes; i++) {
                pass(scorer, batch, parallel == 1);
            }
            long wall = System.nanoTime() - start;
            nsPerRecord[parallel] = (double) wall / ((long) passes * batch.size());
            System.out.printf("%s: %,.0f ns/record, CPU use %.0f%% (%d passes of %,d records)%n",
                    parallel == 1 ? "parallel on " + Runtime.getRuntime().availableProcessors() + " cores" : "one thread",
                    nsPerRecord[parallel], 100.0 * (os.getProcessCpuTime() - cpu) / wall, passes, batch.size());
        }
        System.out.printf("speed-up %.2fx%n", nsPerRecord[0] / nsPerRecord[1]);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void pass(Scorer scorer, List<Evidence> batch, boolean parallel) {
        if (parallel) {
            scorer.scoreAllParallel(batch, ParallelUseRun::keep, r -> sink++);
        } else {
            for (Evidence e : batch) {
                keep(scorer.score(e));
            }
        }
    }

    private static void keep(Review r) {
        sink += System.identityHashCode(r) & 1;
    }
}
