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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * An example job for {@code spark-submit}: scores a JSON Lines file of evidence with a rubric document
 * and writes the reviews as Parquet and the rejected records as JSON Lines.
 *
 * <pre>
 * spark-submit --class org.blendscore.spark.ScoringJob \
 *   --packages org.blendscore:blendscore-spark:VERSION \
 *   blendscore-spark-VERSION.jar rubric.json evidence.jsonl out/
 * </pre>
 *
 * <p>Writes {@code out/reviews} (Parquet, columns of {@link ReviewSchema}) and {@code out/rejected}
 * (JSON Lines), replacing what was there, and prints how many of each.
 */
public final class ScoringJob {
    private ScoringJob() {
    }

    /**
     * Runs the job in the session {@code spark-submit} configures, and stops it.
     *
     * @param args the rubric document's path, the evidence's path (a JSON Lines file or a directory of
     *     them, any path Spark reads) and the output directory
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ScoringJob <rubric.json> <evidence.jsonl> <output directory>");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("blendscore-scoring").getOrCreate();
        try {
            long[] counts = run(spark, Path.of(args[0]), args[1], args[2]);
            System.out.println("reviewed " + counts[0] + ", rejected " + counts[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Scores the evidence and writes both results, scoring once.
     *
     * @param spark the session
     * @param rubric the rubric document (read on the driver)
     * @param evidence the evidence, one document per line
     * @param output the output directory
     * @return how many records were reviewed and how many rejected
     * @throws UncheckedIOException if the rubric cannot be read
     */
    public static long[] run(SparkSession spark, Path rubric, String evidence, String output) {
        String rubricJson;
        try {
            rubricJson = Files.readString(rubric, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the rubric " + rubric, e);
        }
        ScoredEvidence scored = SparkScorer.of(spark, rubricJson).score(spark.read().textFile(evidence)).persist();
        try {
            scored.reviews().write().mode(SaveMode.Overwrite).parquet(output + "/reviews");
            scored.rejected().write().mode(SaveMode.Overwrite).json(output + "/rejected");
            return new long[] {scored.reviews().count(), scored.rejected().count()};
        } finally {
            scored.unpersist();
        }
    }
}
