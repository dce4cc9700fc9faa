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

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.scoring.BatchCounts;
import org.blendscore.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bench rubric's figures: the library against {@linkplain HandWrittenScorer hand-written Java},
 * all over the same pre-generated {@linkplain BenchBatch batch} of 100,000 records. The per-record
 * benchmarks count one operation per record, so their score is nanoseconds per record.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar ScoringBenchmark -f 1 -wi 2 -i 3 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScoringBenchmark {

    /** The threads of the parallel benchmarks: one per core, as {@code scoreAllParallel} takes by default. */
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private List<Evidence> batch;
    private Scorer scorer;
    private HandWrittenScorer handWritten;

    /** Generates the batch and compiles the rubric, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        batch = BenchBatch.generate();
        scorer = Scorer.of(BenchRubric.build());
        handWritten = new HandWrittenScorer();
    }

    /**
     * The baseline: overall, band and contributions, by hand.
     *
     * @param bh consumes the results
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void handWritten(Blackhole bh) {
        for (Evidence e : batch) {
            bh.consume(handWritten.score(e));
        }
    }

    /**
     * The control for {@link #blendscoreParallel}: the hand-written scorer on every core
     * ({@link HandWrittenScorer#scoreInParallel}: chunks of 512 records taken one at a time from a shared
     * counter by this thread and the others, results kept by chunk, no order, no bound). Nothing in it
     * coordinates beyond handing out the chunks, so its speed-up over {@link #handWritten} is what this
     * machine's cores give plain code of this kind at the time of the run.
     *
     * @param bh consumes the results, on this thread, after the run
     * @throws InterruptedException if interrupted while waiting for the other threads
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void handWrittenParallel(Blackhole bh) throws InterruptedException {
        bh.consume(handWritten.scoreInParallel(batch, THREADS));
    }

    /**
     * The library's streaming batch on one thread: {@code Scorer.scoreAll} over the batch, the reviews
     * handed on in order. The like-for-like baseline of {@link #blendscoreParallel}: both score a batch
     * in workspaces held for many records, where {@link #blendscore} takes one for each review.
     *
     * @param bh consumes the reviews and rejected records
     * @return the counts
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public BatchCounts blendscoreBatch(Blackhole bh) {
        return scorer.scoreAll(batch, bh::consume, bh::consume);
    }

    /**
     * The library's full, explained review of each record, one at a time on one thread.
     *
     * @param bh consumes the reviews
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void blendscore(Blackhole bh) {
        for (Evidence e : batch) {
            bh.consume(scorer.score(e));
        }
    }

    /**
     * The full review of one record, as {@link #blendscore}, then all of it read: overall, band, every
     * section and measure record with its contribution and input, and the reasons, so that every record
     * a review builds on first read is built. What a consumer that shows or stores whole reviews pays.
     *
     * @param bh receives what is read
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void blendscoreRead(Blackhole bh) {
        for (Evidence e : batch) {
            Review r = scorer.score(e);
            bh.consume(r.overall());
            bh.consume(r.band());
            for (SectionResult s : r.sections()) {
                bh.consume(s.score());
                for (MeasureResult m : s.measures()) {
                    bh.consume(m.contribution());
                    bh.consume(m.input());
                }
            }
            for (Reason reason : r.reasons()) {
                bh.consume(reason.impact());
            }
        }
    }

    /**
     * The library's streaming batch on every core: the reviews come back in order on this thread.
     *
     * @param bh consumes the reviews and rejected records
     * @return the counts
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public BatchCounts blendscoreParallel(Blackhole bh) {
        return scorer.scoreAllParallel(batch, bh::consume, bh::consume);
    }

    /**
     * Describing the bench rubric with the DSL, validating it and compiling it into a scorer.
     *
     * @return the scorer
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Scorer compile() {
        return Scorer.of(BenchRubric.build());
    }
}
