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
package org.blendscore.spark;

import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.blendscore.benchmarks.BenchBatch;
import org.blendscore.benchmarks.BenchRubric;
import org.blendscore.evidence.Evidence;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.ReviewJson;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * Sizing, not a test: reviews per second per core of the bench batch on Spark {@code local[2]} against
 * {@link Scorer#scoreAllParallel} on two threads, in the same JVM and run, and what one record's JSON
 * costs besides. Run with the test class path (see the README's Spark section); args: records, rounds.
 */
public final class SparkSizingRun {
    private SparkSizingRun() {
    }

    /**
     * Runs the sizing and prints the figures.
     *
     * @param args the number of records (default 200,000) and of timed rounds (default 3)
     */
    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Scorer scorer = Scorer.of(BenchRubric.build());
        Iterable<Evidence> batch = () -> BenchBatch.iterator(BenchBatch.SEED, records);
        SparkSession spark = LocalSpark.start("sizing");
        try {
            Dataset<String> evidence = spark.range(records).repartition(2)
                    .map((MapFunction<Long, String>) i -> EvidenceJson.write(BenchBatch.record(BenchBatch.SEED, i)), Encoders.STRING())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            evidence.count();
            SparkScorer sparkScorer = SparkScorer.of(spark, BenchRubric.build());
            for (int round = 0; round <= rounds; round++) {
                String label = round == 0 ? "warm-up" : "round " + round;
                long t0 = System.nanoTime();
                LongAdder reviewed = new LongAdder();
                scorer.scoreAllParallel(batch, 2, r -> reviewed.increment(), r -> { });
                long t1 = System.nanoTime();
                long sparkReviews = sparkScorer.score(evidence).reviews().agg(functions.count(functions.lit(1))).first().getLong(0);
                long t2 = System.nanoTime();
                long parsedScored = evidence
                        .map((MapFunction<String, Integer>) d -> cached().score(EvidenceJson.read(d)).measures().size(), Encoders.INT()).count();
                long t3 = System.nanoTime();
                long jsonOnly = 0;
                for (int i = 0; i < Math.min(records, 20_000); i++) {
                    Review r = scorer.score(EvidenceJson.read(EvidenceJson.write(BenchBatch.record(BenchBatch.SEED, i))));
                    jsonOnly += ReviewJson.write(r).length();
                }
                long t4 = System.nanoTime();
                System.out.printf("%s: scoreAllParallel(2) %,.0f reviews/s per core; Spark local[2] (JSON in, review row and JSON out) "
                                + "%,.0f reviews/s per core; Spark parse+score only %,.0f/s per core; one thread write+parse evidence, score, write review JSON %,.0f/s "
                                + "[%d %d %d %d]%n",
                        label, perCore(reviewed.sum(), t1 - t0), perCore(sparkReviews, t2 - t1), perCore(parsedScored, t3 - t2),
                        Math.min(records, 20_000) / ((t4 - t3) / 1e9), reviewed.sum(), sparkReviews, parsedScored, jsonOnly);
            }
        } finally {
            spark.stop();
        }
    }

    private static Scorer cached() {
        return RubricCache.scorer("sizing", org.blendscore.json.RubricJson.write(BenchRubric.build()));
    }

    private static double perCore(long count, long nanos) {
        return count / (nanos / 1e9) / 2;
    }
}
