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

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.json.ReviewLines;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor under {@link JsonBenchmark}: what Jackson alone costs for the same JSON Lines, with no
 * Blendscore code. {@code tokensRead} walks every token of the evidence lines and takes every value a
 * reader must take (each name, each string, each number as a {@code BigDecimal}, as the format's
 * decimals are read); {@code tokensWrite} writes the very tokens of the audit-view review lines (names
 * pre-encoded, values made in the set-up) to a reused buffer. Neither builds any object of the
 * library, checks anything or reports a problem, so a reader or writer built on Jackson cannot be
 * faster than these; one operation is one record, so the score is ns per record.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'Json(Floor)?Benchmark.(tokens|lines)(Read|Write)$' -f 1 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonFloorBenchmark {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Nothing between one review and the next but the line's end, as {@code ReviewLines} writes them. */
    private static final ObjectWriteContext NO_SEPARATOR = new ObjectWriteContext.Base() {
        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
            return null;
        }
    };

    private byte[] evidenceLines;
    private byte[] reviewLines;
    /** The review lines' tokens, in order, and the value each carries (a name, a string, a number or null). */
    private JsonToken[] tokens;
    private Object[] values;
    private ByteArrayOutputStream written;

    /** Writes the batch's evidence lines and review lines, and records the reviews' tokens, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        List<Evidence> batch = BenchBatch.generate(BenchBatch.SEED, JsonBenchmark.RECORDS);
        evidenceLines = JsonBenchmark.evidenceLines(batch);
        Scorer scorer = Scorer.of(BenchRubric.build());
        ByteArrayOutputStream reviews = new ByteArrayOutputStream();
        ReviewLines writer = ReviewLines.writer(reviews);
        for (Evidence e : batch) {
            writer.review(scorer.score(e));
        }
        writer.flush();
        reviewLines = reviews.toByteArray();
        record(reviewLines);
        written = new ByteArrayOutputStream(reviewLines.length + 1024);
    }

    private void record(byte[] json) {
        List<JsonToken> kinds = new ArrayList<>();
        List<Object> carried = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                kinds.add(t);
                carried.add(switch (t) {
                    case PROPERTY_NAME -> new SerializedString(p.currentName());
                    case VALUE_STRING -> p.getString();
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                    default -> null;
                });
            }
        }
        tokens = kinds.toArray(JsonToken[]::new);
        values = carried.toArray();
    }

    /** The review lines as {@code ReviewLines} wrote them, for the tests. */
    byte[] reviewLines() {
        return reviewLines.clone();
    }

    /** What {@link #tokensWrite()} wrote last, for the tests. */
    byte[] written() {
        return written.toByteArray();
    }

    /** The sizes of the two batches, for the record: bytes per evidence line and per review line. */
    String sizes() {
        return evidenceLines.length / JsonBenchmark.RECORDS + " B per evidence line, "
                + reviewLines.length / JsonBenchmark.RECORDS + " B per review line, "
                + tokens.length / JsonBenchmark.RECORDS + " tokens per review line";
    }

    /**
     * Every token of the evidence lines, with every name, string and number (as {@code BigDecimal})
     * taken from the parser.
     *
     * @param bh consumes the values
     */
    @Benchmark
    @OperationsPerInvocation(JsonBenchmark.RECORDS)
    public void tokensRead(Blackhole bh) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), evidenceLines)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case PROPERTY_NAME -> bh.consume(p.currentName());
                    case VALUE_STRING -> bh.consume(p.getString());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> bh.consume(p.getDecimalValue());
                    default -> bh.consume(t);
                }
            }
        }
    }

    /**
     * The review lines' tokens written again, one line per review, into a buffer kept from one
     * invocation to the next.
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(JsonBenchmark.RECORDS)
    public int tokensWrite() {
        ByteArrayOutputStream out = written;
        out.reset();
        JsonToken[] ts = tokens;
        Object[] vs = values;
        try (JsonGenerator g = FACTORY.createGenerator(NO_SEPARATOR, out)) {
            int depth = 0;
            for (int i = 0; i < ts.length; i++) {
                switch (ts[i]) {
                    case START_OBJECT -> {
                        g.writeStartObject();
                        depth++;
                    }
                    case END_OBJECT -> {
                        g.writeEndObject();
                        if (--depth == 0) {
                            g.writeRaw('\n');
                        }
                    }
                    case START_ARRAY -> g.writeStartArray();
                    case END_ARRAY -> g.writeEndArray();
                    case PROPERTY_NAME -> g.writeName((SerializableString) vs[i]);
                    case VALUE_STRING -> g.writeString((String) vs[i]);
                    case VALUE_NUMBER_INT -> g.writeNumber((long) vs[i]);
                    case VALUE_NUMBER_FLOAT -> g.writeNumber((BigDecimal) vs[i]);
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("unexpected token " + ts[i]);
                }
            }
        }
        return out.size();
    }
}
