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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.blendscore.benchmarks.BenchBatch;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.Outcome;
import org.blendscore.json.RubricJson;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rejected records, what-if and adverse impact on a small batch, against the same done in one JVM. */
class SparkScorerTest {
    private static final int RECORDS = 400;
    private static SparkSession spark;
    private static List<String> lines;

    @BeforeAll
    static void start() {
        SparkRuns.assumeSparkRuns();
        spark = LocalSpark.start("scoring");
        lines = TestDocuments.lines(RECORDS);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Dataset<Row> score(String rubric, List<String> evidence) {
        return SparkScorer.of(spark, rubric).score(spark.createDataset(evidence, Encoders.STRING())).reviews();
    }

    @Test
    void rejectsRecordsThatCannotBeReadOrScoredWithTheirProblemsAndScoresTheRest() {
        String unknownMeasure = TestDocuments.line(0).replace("\"rep-0\"", "\"rep-x\"").replace("\"calls\"", "\"visits\"");
        List<String> evidence = List.of(TestDocuments.line(0), "{\"subjectId\": ", unknownMeasure, TestDocuments.line(1), "[1, 2]");
        ScoredEvidence scored = SparkScorer.of(spark, TestDocuments.benchRubric())
                .score(spark.createDataset(evidence, Encoders.STRING())).persist();

        assertEquals(List.of("rep-0", "rep-1"), scored.reviews().select(ReviewSchema.SUBJECT_ID).orderBy(ReviewSchema.SUBJECT_ID)
                .as(Encoders.STRING()).collectAsList());
        List<Row> rejected = scored.rejected().orderBy(ReviewSchema.EVIDENCE).collectAsList();
        assertEquals(3, rejected.size(), "rejected records");
        Row notJson = rejected.stream().filter(r -> r.getString(4).startsWith("{\"subjectId\": ")).findFirst().orElseThrow();
        assertNull(notJson.getString(0), "a record that could not be read names no subject");
        assertEquals("read", notJson.getString(1));
        assertFalse(notJson.getList(2).isEmpty(), "its problems");
        Row notAnObject = rejected.stream().filter(r -> r.getString(4).equals("[1, 2]")).findFirst().orElseThrow();
        assertEquals("read", notAnObject.getString(1));
        Row visits = rejected.stream().filter(r -> "rep-x".equals(r.getString(0))).findFirst().orElseThrow();
        assertEquals("score", visits.getString(1));
        assertEquals(unknownMeasure, visits.getString(4), "the record as given");
        List<Row> problems = visits.getList(2);
        assertTrue(problems.stream().anyMatch(p -> "visits".equals(p.getString(0)) || p.getString(3).contains("visits")),
                () -> "a problem names the unknown measure: " + problems);
        scored.unpersist();
    }

    @Test
    void comparesTwoRubricVersionsSubjectBySubjectAndCountsTheBandMigrations() {
        Scorer before = Scorer.of(RubricJson.read(TestDocuments.benchRubric()));
        Scorer after = Scorer.of(RubricJson.read(TestDocuments.revisedBenchRubric()));
        Map<List<String>, Long> expected = new HashMap<>();
        Map<String, BigDecimal> expectedChange = new HashMap<>();
        for (int i = 0; i < RECORDS; i++) {
            Review b = before.score(BenchBatch.record(BenchBatch.SEED, i));
            Review a = after.score(BenchBatch.record(BenchBatch.SEED, i));
            expected.merge(java.util.Arrays.asList(b.band().orElse(null), a.band().orElse(null)), 1L, Long::sum);
            expectedChange.put(b.subjectId(), a.overall().subtract(b.overall()));
        }
        Dataset<Row> changes = WhatIf.changes(score(TestDocuments.benchRubric(), lines), score(TestDocuments.revisedBenchRubric(), lines));
        List<Row> changeRows = changes.collectAsList();
        assertEquals(RECORDS, changeRows.size(), "one row per subject");
        for (Row r : changeRows) {
            assertEquals(0, expectedChange.get(r.getString(0)).compareTo(r.getDecimal(5)), () -> "change of " + r.getString(0));
            assertEquals(!Objects.equals(r.getString(6), r.getString(7)), r.getBoolean(8), () -> "band changed of " + r.getString(0));
        }
        Map<List<String>, Long> migration = new HashMap<>();
        for (Row r : WhatIf.migration(changes).collectAsList()) {
            migration.put(java.util.Arrays.asList(r.getString(0), r.getString(1)), r.getLong(2));
        }
        assertEquals(expected, migration);
        assertTrue(migration.getOrDefault(List.of("Developing", "Meets"), 0L) > 0, "lowering Meets to 65 moves someone up");
    }

    @Test
    void analysesAdverseImpactAsOneJvmDoesWithGroupsJoinedBySubject() {
        Rubric rubric = RubricJson.read(TestDocuments.benchRubric());
        Scorer scorer = Scorer.of(rubric);
        List<Review> reviews = new ArrayList<>();
        Map<String, String> groupBySubject = new HashMap<>();
        List<Row> groupRows = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            Review review = scorer.score(BenchBatch.record(BenchBatch.SEED, i));
            reviews.add(review);
            String group = i % 7 == 0 ? "a" : i % 3 == 0 ? "b" : "c";
            groupBySubject.put(review.subjectId(), group);
            groupRows.add(RowFactory.create(review.subjectId(), group));
        }
        Dataset<Row> groups = spark.createDataFrame(groupRows, DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("subjectId", DataTypes.StringType, false),
            DataTypes.createStructField("team", DataTypes.StringType, false)}));
        Dataset<Row> sparkReviews = score(TestDocuments.benchRubric(), lines);
        for (Outcome outcome : List.of(Outcome.bandAtLeast(rubric, "Meets"), Outcome.overallAtLeast(new BigDecimal("60")),
                Outcome.topPercent(new BigDecimal("25")))) {
            assertEquals(AdverseImpact.of(reviews, groupBySubject, outcome, 20),
                    SparkAdverseImpact.of(sparkReviews, groups, "team", outcome, 20), outcome::describe);
        }
    }

    @Test
    void refusesAdverseImpactWhenAReviewedSubjectHasNoGroup() {
        Dataset<Row> groups = spark.createDataFrame(List.of(RowFactory.create("rep-0", "a")), DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("subjectId", DataTypes.StringType, false),
            DataTypes.createStructField("team", DataTypes.StringType, false)}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkAdverseImpact.of(
                score(TestDocuments.benchRubric(), lines.subList(0, 2)), groups, "team", Outcome.overallAtLeast(BigDecimal.TEN), 1));
        assertTrue(e.getMessage().contains("'rep-1' has no group label"), e.getMessage());
    }
}
