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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.EvidenceLine;
import org.blendscore.json.EvidenceLines;
import org.blendscore.json.ReviewLines;
import org.blendscore.json.RubricJson;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSON format's figures on the bench rubric and batch (issue 14): reading the rubric's document and
 * compiling it, and a JSON Lines batch read, scored and written as reviews, on one thread. The batch is
 * {@value #RECORDS} records of the bench batch, written as JSON Lines once, outside of any measurement;
 * the batch benchmarks count one operation per record, so their score is microseconds per record.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JsonBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {

    /** The records of the JSON Lines batch. */
    static final int RECORDS = 10_000;

    private String rubricJson;
    private byte[] lines;
    private Scorer scorer;
    private List<Review> reviews;
    private ByteArrayOutputStream written;

    /** Writes the rubric and the batch as JSON, and scores the batch once, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        rubricJson = RubricJson.write(BenchRubric.build());
        scorer = Scorer.of(RubricJson.read(rubricJson));
        List<Evidence> batch = BenchBatch.generate(BenchBatch.SEED, RECORDS);
        lines = evidenceLines(batch);
        reviews = batch.stream().map(scorer::score).toList();
        // room for the whole output once, so that linesWrite measures the writer, not a buffer growing
        written = new ByteArrayOutputStream();
        linesWrite();
    }

    /** The evidence of {@code batch} as JSON Lines in UTF-8: each document on one line, as the benchmarks read it. */
    static byte[] evidenceLines(List<Evidence> batch) {
        StringBuilder out = new StringBuilder();
        for (Evidence e : batch) {
            out.append(EvidenceJson.write(e).replace("\n", "")).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON Lines batch as written, for the tests. */
    byte[] lines() {
        return lines;
    }

    /**
     * Reads the bench rubric's document (checks, fairness analysis of the default rules) and compiles it.
     *
     * @return the scorer
     */
    @Benchmark
    public Scorer rubricReadAndCompile() {
        return Scorer.of(RubricJson.read(rubricJson));
    }

    /**
     * Reads the JSON Lines batch into evidence, line by line.
     *
     * @param bh consumes the evidence
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void linesRead(Blackhole bh) {
        for (EvidenceLine line : EvidenceLines.read(new ByteArrayInputStream(lines))) {
            bh.consume(line.evidence().orElseThrow());
        }
    }

    /**
     * Writes the batch's reviews (scored in the set-up) as JSON Lines in the audit view, into a buffer
     * kept from one invocation to the next (its room is allocated in the set-up, not measured).
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int linesWrite() {
        ByteArrayOutputStream out = written;
        out.reset();
        ReviewLines writer = ReviewLines.writer(out);
        for (Review r : reviews) {
            writer.review(r);
        }
        writer.flush();
        return out.size();
    }

    /**
     * What {@code blendscore score} does per record: the JSON Lines batch read, each record scored, its
     * review written as a JSON line, into a stream that drops the bytes.
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void linesReadScoreWrite() {
        ReviewLines writer = ReviewLines.writer(OutputStream.nullOutputStream());
        for (EvidenceLine line : EvidenceLines.read(new ByteArrayInputStream(lines))) {
            writer.review(scorer.score(line.evidence().orElseThrow()));
        }
        writer.flush();
    }
}
