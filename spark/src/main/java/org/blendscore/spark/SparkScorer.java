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

import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.blendscore.json.RubricJson;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

/**
 * Scores evidence on Apache Spark with one rubric.
 *
 * <pre>{@code
 * SparkScorer scorer = SparkScorer.of(spark, Files.readString(rubricPath));
 * ScoredEvidence scored = scorer.score(spark.read().textFile("evidence.jsonl"));
 * scored.reviews().write().parquet("reviews");
 * scored.rejected().write().json("rejected");
 * }</pre>
 *
 * <p>The rubric travels as its JSON document: read and compiled once on the driver (so a bad rubric
 * fails here, naming its problems, not in a task), broadcast, and compiled once per executor JVM
 * (kept under the SHA-256 of the document). Scoring is map-side: each record is scored on its own,
 * in the partition where it lies, with no shuffle. Each evidence row is one evidence document in the
 * JSON format ({@code org.blendscore.json.EvidenceJson}), a JSON Lines file read with
 * {@code textFile} being the usual source.
 */
public final class SparkScorer {
    private final SparkSession spark;
    private final Rubric rubric;
    private final Broadcast<String> rubricJson;
    private final String rubricHash;

    private SparkScorer(SparkSession spark, Rubric rubric, Broadcast<String> rubricJson, String rubricHash) {
        this.spark = spark;
        this.rubric = rubric;
        this.rubricJson = rubricJson;
        this.rubricHash = rubricHash;
    }

    /**
     * Reads a rubric document, compiles it on the driver and broadcasts it.
     *
     * @param spark the session
     * @param rubricJson the rubric document in the JSON format
     * @return a scorer for the rubric
     * @throws org.blendscore.json.InvalidDocumentException listing every problem of the document
     * @throws org.blendscore.rubric.InvalidRubricException if the rubric breaks a rule it declares
     * @throws NullPointerException naming the null argument
     */
    public static SparkScorer of(SparkSession spark, String rubricJson) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(rubricJson, "rubricJson");
        Rubric rubric = RubricJson.read(rubricJson);
        String hash = RubricCache.hash(rubricJson);
        RubricCache.scorer(hash, rubricJson);
        Broadcast<String> broadcast = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(rubricJson);
        return new SparkScorer(spark, rubric, broadcast, hash);
    }

    /**
     * Writes a rubric as its JSON document and makes a scorer of it: the same as
     * {@code of(spark, RubricJson.write(rubric))}.
     *
     * @param spark the session
     * @param rubric the rubric
     * @return a scorer for the rubric
     * @throws org.blendscore.rubric.InvalidRubricException if the rubric breaks a rule it declares
     * @throws NullPointerException naming the null argument
     */
    public static SparkScorer of(SparkSession spark, Rubric rubric) {
        return of(spark, RubricJson.write(Objects.requireNonNull(rubric, "rubric")));
    }

    /**
     * The rubric this scorer applies.
     *
     * @return the rubric
     */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * Scores evidence documents, lazily: nothing runs until an action on one of the results. Each
     * result scores the evidence anew when it is computed; persist the batch
     * ({@link ScoredEvidence#persist()}) to compute it once for both.
     *
     * @param evidenceJson one evidence document per row
     * @return the reviews and the rejected records
     * @throws NullPointerException if the Dataset is null
     */
    public ScoredEvidence score(Dataset<String> evidenceJson) {
        Objects.requireNonNull(evidenceJson, "evidenceJson");
        StructType outcome = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("review", ReviewSchema.reviews(rubric.scale()), true),
            DataTypes.createStructField("rejected", ReviewSchema.rejected(), true)});
        Dataset<Row> outcomes = evidenceJson.mapPartitions(new ScoringFunction(rubricJson, rubricHash), Encoders.row(outcome));
        return new ScoredEvidence(outcomes);
    }

    /**
     * Scores evidence documents held in a string column of a DataFrame.
     *
     * @param rows the rows
     * @param column the column that holds one evidence document per row
     * @return the reviews and the rejected records
     * @throws NullPointerException naming the null argument
     */
    public ScoredEvidence score(Dataset<Row> rows, String column) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(column, "column");
        return score(rows.select(column).as(Encoders.STRING()));
    }

    /**
     * Compiles the rubric in this JVM, as an executor would: a check that the driver holds it.
     *
     * @return the compiled scorer, shared with the tasks that run in this JVM
     */
    Scorer localScorer() {
        return RubricCache.scorer(rubricHash, rubricJson.value());
    }

    /**
     * The session this scorer broadcast its rubric in.
     *
     * @return the session
     */
    public SparkSession session() {
        return spark;
    }
}
