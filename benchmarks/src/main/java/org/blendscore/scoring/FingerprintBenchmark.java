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

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.benchmarks.BenchBatch;
import org.blendscore.evidence.Evidence;
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
 * The evidence fingerprint of every record of the {@linkplain BenchBatch bench batch}, in nanoseconds
 * per record. {@code Fingerprint} is package-private in core, so this class sits in the same package
 * on the benchmarks' flat class path (the shaded jar has no module descriptors); nothing is exported
 * for it.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar FingerprintBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FingerprintBenchmark {

    private List<Evidence> batch;
    private Fingerprinter fingerprinter;

    /** Generates the batch, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        batch = BenchBatch.generate();
        fingerprinter = new Fingerprinter();
    }

    /**
     * {@code Fingerprint.of(evidence)}: the static path, a new {@link Fingerprinter} (buffer and
     * {@code MessageDigest}) per record. Run on the commit before the Fingerprinter, this benchmark
     * measured the old implementation (a string built, then digested).
     *
     * @param bh consumes the fingerprints
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void staticOf(Blackhole bh) {
        for (Evidence e : batch) {
            bh.consume(Fingerprint.of(e));
        }
    }

    /**
     * One {@link Fingerprinter} kept for the whole batch, as a scoring workspace keeps one.
     *
     * @param bh consumes the fingerprints
     */
    @Benchmark
    @OperationsPerInvocation(BenchBatch.SIZE)
    public void reusable(Blackhole bh) {
        for (Evidence e : batch) {
            bh.consume(fingerprinter.of(e));
        }
    }
}
