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

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the two Datasets that {@link SparkScorer#score} gives.
 *
 * <p><b>Reviews</b>, one row per scored record:
 * <table>
 * <caption>review columns</caption>
 * <tr><th>column</th><th>type</th><th>what</th></tr>
 * <tr><td>{@code subjectId}</td><td>string</td><td>the subject</td></tr>
 * <tr><td>{@code periodStart}, {@code periodEnd}</td><td>date</td><td>the review period</td></tr>
 * <tr><td>{@code rubricId}, {@code rubricVersion}</td><td>string</td><td>the rubric applied</td></tr>
 * <tr><td>{@code overall}</td><td>decimal(38, scale)</td><td>the overall score, at the rubric's scale</td></tr>
 * <tr><td>{@code band}</td><td>string, null</td><td>the band; null for an incomplete review</td></tr>
 * <tr><td>{@code coverage}</td><td>decimal(38, 2)</td><td>the share of the nominal weight with usable evidence, in percent</td></tr>
 * <tr><td>{@code complete}</td><td>boolean</td><td>whether coverage reached the rubric's least coverage</td></tr>
 * <tr><td>{@code contributions}</td><td>array of struct</td><td>per measure, in rubric order: {@code measure},
 *     {@code section}, {@code points} (null when left out), {@code contribution}, {@code status}
 *     ({@code SCORED}, {@code COUNTED_AS_ZERO}, {@code LEFT_OUT})</td></tr>
 * <tr><td>{@code warnings}</td><td>array of struct</td><td>{@code kind}, {@code path}, {@code message}</td></tr>
 * <tr><td>{@code reviewJson}</td><td>string</td><td>the whole review, one line of the JSON format in the
 *     audit view ({@code org.blendscore.json.ReviewJson} reads it back as an equal review)</td></tr>
 * </table>
 *
 * <p><b>Rejected records</b>, one row per record that could not be read or scored:
 * <table>
 * <caption>rejected columns</caption>
 * <tr><th>column</th><th>type</th><th>what</th></tr>
 * <tr><td>{@code subjectId}</td><td>string, null</td><td>the subject, when the record names one</td></tr>
 * <tr><td>{@code stage}</td><td>string</td><td>{@code read} (not a valid evidence document) or {@code score}
 *     (valid, but does not fit the rubric)</td></tr>
 * <tr><td>{@code problems}</td><td>array of struct</td><td>{@code measure} and {@code rater} (null when the
 *     problem has none), {@code field} (for a {@code read} problem, the JSON Pointer of the offending value),
 *     {@code message}</td></tr>
 * <tr><td>{@code omittedProblems}</td><td>int</td><td>how many more problems were found than listed</td></tr>
 * <tr><td>{@code evidence}</td><td>string</td><td>the input record as given, to correct and score again</td></tr>
 * </table>
 */
public final class ReviewSchema {
    /** The subject column. */
    public static final String SUBJECT_ID = "subjectId";
    /** The first day of the review period. */
    public static final String PERIOD_START = "periodStart";
    /** The last day of the review period. */
    public static final String PERIOD_END = "periodEnd";
    /** The rubric id column. */
    public static final String RUBRIC_ID = "rubricId";
    /** The rubric version column. */
    public static final String RUBRIC_VERSION = "rubricVersion";
    /** The overall score column. */
    public static final String OVERALL = "overall";
    /** The band column. */
    public static final String BAND = "band";
    /** The coverage column, in percent. */
    public static final String COVERAGE = "coverage";
    /** Whether the review is complete. */
    public static final String COMPLETE = "complete";
    /** The contributions per measure. */
    public static final String CONTRIBUTIONS = "contributions";
    /** The warnings column. */
    public static final String WARNINGS = "warnings";
    /** The review as JSON. */
    public static final String REVIEW_JSON = "reviewJson";
    /** The stage at which a record was rejected. */
    public static final String STAGE = "stage";
    /** A rejected record's problems. */
    public static final String PROBLEMS = "problems";
    /** How many problems were not listed. */
    public static final String OMITTED_PROBLEMS = "omittedProblems";
    /** The rejected input record. */
    public static final String EVIDENCE = "evidence";

    private ReviewSchema() {
    }

    /**
     * The schema of the reviews Dataset.
     *
     * @param scale the rubric's scale (decimal places of scores), 0 to 6
     * @return the schema
     */
    public static StructType reviews(int scale) {
        DecimalType score = DataTypes.createDecimalType(38, scale);
        ArrayType contributions = DataTypes.createArrayType(DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("measure", DataTypes.StringType, false),
            DataTypes.createStructField("section", DataTypes.StringType, false),
            DataTypes.createStructField("points", score, true),
            DataTypes.createStructField("contribution", score, false),
            DataTypes.createStructField("status", DataTypes.StringType, false)}), false);
        ArrayType warnings = DataTypes.createArrayType(DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)}), false);
        return DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField(SUBJECT_ID, DataTypes.StringType, false),
            DataTypes.createStructField(PERIOD_START, DataTypes.DateType, false),
            DataTypes.createStructField(PERIOD_END, DataTypes.DateType, false),
            DataTypes.createStructField(RUBRIC_ID, DataTypes.StringType, false),
            DataTypes.createStructField(RUBRIC_VERSION, DataTypes.StringType, false),
            DataTypes.createStructField(OVERALL, score, false),
            DataTypes.createStructField(BAND, DataTypes.StringType, true),
            DataTypes.createStructField(COVERAGE, DataTypes.createDecimalType(38, 2), false),
            DataTypes.createStructField(COMPLETE, DataTypes.BooleanType, false),
            DataTypes.createStructField(CONTRIBUTIONS, contributions, false),
            DataTypes.createStructField(WARNINGS, warnings, false),
            DataTypes.createStructField(REVIEW_JSON, DataTypes.StringType, false)});
    }

    /**
     * The schema of the rejected-records Dataset.
     *
     * @return the schema
     */
    public static StructType rejected() {
        ArrayType problems = DataTypes.createArrayType(DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField("measure", DataTypes.StringType, true),
            DataTypes.createStructField("rater", DataTypes.StringType, true),
            DataTypes.createStructField("field", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)}), false);
        return DataTypes.createStructType(new StructField[] {
            DataTypes.createStructField(SUBJECT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(STAGE, DataTypes.StringType, false),
            DataTypes.createStructField(PROBLEMS, problems, false),
            DataTypes.createStructField(OMITTED_PROBLEMS, DataTypes.IntegerType, false),
            DataTypes.createStructField(EVIDENCE, DataTypes.StringType, false)});
    }
}
