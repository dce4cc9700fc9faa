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

import java.util.concurrent.TimeUnit;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.InvalidDocumentException;
import org.blendscore.json.JsonLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Untrusted JSON that hits a limit fails in time linear in its size (issue 14): evidence documents of
 * {@link #size} characters, each over one limit of {@link JsonLimits#defaults()} (or, for
 * {@link Kind#LONG_DOCUMENT}, of a 64 KB document limit), read until the reader refuses them. The
 * score is microseconds per document; divided by the size it stays flat, or falls, as the size grows.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JsonLimitsBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonLimitsBenchmark {

    /** The limit an input is over. */
    public enum Kind {
        /** A subject id longer than the longest string. */
        LONG_STRING,
        /** An actual written as a JSON number with more digits than the longest number. */
        LONG_NUMBER,
        /** An attribute nested deeper than the deepest nesting. */
        DEEP_NESTING,
        /** More ratings than one document may have. */
        MANY_RATINGS,
        /** A well-formed document longer than a 64 KB document limit. */
        LONG_DOCUMENT
    }

    /** The document's size in characters, about. */
    @Param({"600000", "1800000", "3900000"})
    public int size;

    /** Which limit it is over. */
    @Param
    public Kind kind;

    private String document;
    private EvidenceJson reader;

    /** Builds the document, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        document = document(kind, size);
        reader = EvidenceJson.withLimits(kind == Kind.LONG_DOCUMENT ? JsonLimits.defaults().withMaxDocumentLength(65_536)
                : JsonLimits.defaults());
    }

    /**
     * An evidence document of about {@code size} characters over the limit that {@code kind} names.
     *
     * @param kind which limit
     * @param size about how many characters
     * @return the document
     */
    static String document(Kind kind, int size) {
        String head = "{\"format\":\"blendscore.evidence/1\",\"subjectId\":";
        String period = ",\"period\":{\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}";
        return switch (kind) {
            case LONG_STRING -> head + '"' + "s".repeat(size) + '"' + period + ",\"measures\":{}}";
            case LONG_NUMBER -> head + "\"r1\"" + period + ",\"measures\":{\"new-arr\":{\"kind\":\"quota\",\"actual\":1" + "0".repeat(size) + "}}}";
            case DEEP_NESTING -> head + "\"r1\"" + period + ",\"attributes\":" + "[".repeat(size / 2) + "]".repeat(size / 2) + ",\"measures\":{}}";
            case MANY_RATINGS -> head + "\"r1\"" + period + ",\"measures\":{\"trust\":{\"kind\":\"ratings\",\"ratings\":["
                    + ratings(size) + "]}}}";
            case LONG_DOCUMENT -> head + "\"r1\"" + period + ",\"attributes\":{\"note\":\"" + "n".repeat(19_000)
                    + "\"},\"measures\":{\"trust\":{\"kind\":\"ratings\",\"ratings\":[" + ratings(size - 19_200) + "]}}}";
        };
    }

    /** Customer ratings from distinct raters, as many as fill {@code chars} characters. */
    private static String ratings(int chars) {
        StringBuilder s = new StringBuilder(chars + 64);
        for (int i = 0; s.length() < chars; i++) {
            s.append(i == 0 ? "" : ",").append("{\"raterId\":\"c").append(i).append("\",\"source\":\"customer\",\"value\":\"4\"}");
        }
        return s.toString();
    }

    /**
     * Reads the document until the reader refuses it.
     *
     * @return the number of problems named
     */
    @Benchmark
    public int refuse() {
        try {
            reader.readEvidence(document);
        } catch (InvalidDocumentException e) {
            return e.problems().size();
        }
        throw new IllegalStateException(kind + " of " + size + " characters was not refused");
    }
}
