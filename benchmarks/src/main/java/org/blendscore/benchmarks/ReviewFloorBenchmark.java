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
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor under {@code ScoringBenchmark.blendscore}: the bench batch's reviews, scored once in the
 * set-up, each {@linkplain ReviewCopy built again} through the public constructors, every record and
 * list new and every number and string shared. No scoring, no checks, no fingerprint: what the
 * review's shape costs by itself, to set against {@code ScoringBenchmark.handWritten} in the same run.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'ScoringBenchmark.handWritten$|ReviewFloorBenchmark' -f 1 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReviewFloorBenchmark {

    /**
     * How many distinct reviews are copied, in turn, to make up the batch's 100,000: all of them (each
     * review read from memory, as the scorer reads each piece of evidence) or the first 1,000 over and
     * over (a few megabytes that stay in the caches: the cost of the objects alone).
     */
    @Param({"100000", "1000"})
    public int distinct;

    private List<Review> reviews;

    /** Scores the bench batch once, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        Scorer scorer = Scorer.of(BenchRubric.build());
        List<Review> scored = BenchBatch.generate(BenchBatch.SEED, distinct).stream().map(scorer::score).toList();
        Review[] all = new Review[BenchBatch.SIZE];
        for (int i = 0; i < all.length; i++) {
            all[i] = scored.get(i % distinct);
        }
        reviews = List.of(all);
    }

    /**
     * Each review built again from its parts.
     *
     * @param bh consumes the copies
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void copy(Blackhole bh) {
        for (Review r : reviews) {
            bh.consume(ReviewCopy.of(r));
        }
    }
}
