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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.blendscore.benchmarks.BenchBatch;
import org.blendscore.benchmarks.BenchRubric;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.ReviewJson;
import org.blendscore.json.ReviewLines;
import org.blendscore.scoring.BatchCounts;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark gives the same reviews as one JVM: the whole 100,000-record bench batch scored on
 * {@code local[2]} from its JSON documents, against {@link Scorer#scoreAll} of the same records.
 * Every review is compared whole, through the SHA-256 of its JSON line (which reads back as an equal
 * review), and its overall score and band columns with the review's.
 */
class SparkMatchesScorerTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        SparkRuns.assumeSparkRuns();
        spark = LocalSpark.start("exactness");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void scoresTheBenchBatchExactlyAsOneJvmDoes() throws Exception {
        Scorer scorer = Scorer.of(BenchRubric.build());
        // per subject: overall, band and the SHA-256 of the review's JSON line (not the reviews: 100,000 of them fill a small heap)
        Map<String, String[]> expected = new HashMap<>(2 * BenchBatch.SIZE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReviewLines lines = ReviewLines.writer(bytes);
        BatchCounts counts = scorer.scoreAll(() -> BenchBatch.iterator(BenchBatch.SEED, BenchBatch.SIZE), review -> {
            bytes.reset();
            lines.review(review);
            lines.flush();
            expected.put(review.subjectId(), new String[] {review.overall().toPlainString(), review.band().orElse(null),
                sha256(bytes.toString(StandardCharsets.UTF_8).strip())});
        }, rejected -> { });

        Dataset<String> evidence = spark.range(BenchBatch.SIZE)
                .map((MapFunction<Long, String>) i -> EvidenceJson.write(BenchBatch.record(BenchBatch.SEED, i)), Encoders.STRING());
        ScoredEvidence scored = SparkScorer.of(spark, BenchRubric.build()).score(evidence).persist(StorageLevel.DISK_ONLY());
        List<Row> rows = scored.reviews()
                .select(functions.col(ReviewSchema.SUBJECT_ID), functions.col(ReviewSchema.OVERALL), functions.col(ReviewSchema.BAND),
                        functions.sha2(functions.col(ReviewSchema.REVIEW_JSON), 256))
                .collectAsList();

        assertEquals(counts.rejected(), scored.rejected().count(), "rejected records");
        assertEquals(counts.reviewed(), rows.size(), "reviews");
        for (Row row : rows) {
            String subject = row.getString(0);
            String[] review = expected.get(subject);
            assertNotNull(review, () -> "Spark reviewed " + subject + ", which one JVM did not");
            assertEquals(review[0], ((BigDecimal) row.get(1)).toPlainString(), () -> "overall of " + subject);
            assertEquals(review[1], row.getString(2), () -> "band of " + subject);
            assertEquals(review[2], row.getString(3), () -> "review JSON of " + subject);
        }
        // a sample read back whole from Spark's JSON column
        for (Row row : scored.reviews().select(ReviewSchema.SUBJECT_ID, ReviewSchema.REVIEW_JSON).limit(20).collectAsList()) {
            int index = Integer.parseInt(row.getString(0).substring("rep-".length()));
            assertEquals(scorer.score(BenchBatch.record(BenchBatch.SEED, index)), ReviewJson.read(row.getString(1)),
                    () -> "review of " + row.getString(0));
        }
        scored.unpersist();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
