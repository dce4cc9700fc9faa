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

import java.util.Locale;
import org.blendscore.scoring.BatchCounts;
import org.blendscore.scoring.Scorer;

/**
 * Scores a long lazily generated stream of bench records and reports the wall time: the streaming
 * figure of the benchmarks README. Nothing is kept, so the heap can be far smaller than the records.
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.blendscore.benchmarks.StreamingRun 10000000 parallel
 * }</pre>
 *
 * <p>Arguments: the number of records (default 10,000,000) and {@code parallel} (all cores, the
 * default) or {@code sequential}.
 */
public final class StreamingRun {

    private StreamingRun() {
    }

    /**
     * Runs the stream.
     *
     * @param args the number of records, then {@code parallel} or {@code sequential}
     */
    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        boolean parallel = args.length <= 1 || !args[1].equals("sequential");
        Scorer scorer = Scorer.of(BenchRubric.build());
        long[] overallCents = new long[1];
        long start = System.nanoTime();
        BatchCounts counts = parallel
                ? scorer.scoreAllParallel(BenchBatch.stream(BenchBatch.SEED, count)::iterator,
                        r -> overallCents[0] += r.overall().unscaledValue().longValueExact(), r -> { })
                : scorer.scoreAll(BenchBatch.stream(BenchBatch.SEED, count)::iterator,
                        r -> overallCents[0] += r.overall().unscaledValue().longValueExact(), r -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%s: %,d records (%,d reviewed, %,d rejected) in %.1f s, %,.0f records/s, %.2f us/record;"
                        + " max heap %d MB; sum of overall scores %s%n",
                parallel ? "parallel on " + rt.availableProcessors() + " cores" : "sequential", counts.total(), counts.reviewed(),
                counts.rejected(), seconds, counts.total() / seconds, seconds * 1e6 / counts.total(), rt.maxMemory() >> 20,
                java.math.BigDecimal.valueOf(overallCents[0], 2).toPlainString());
    }
}
