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

import static org.apache.spark.sql.functions.col;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Two rubric versions side by side, as Spark aggregations over their reviews (columns of
 * {@link ReviewSchema}): what each subject's overall score and band would become, and how many subjects
 * move from each band to each other.
 *
 * <pre>{@code
 * Dataset<Row> changes = WhatIf.changes(current.reviews(), proposed.reviews());
 * WhatIf.migration(changes).show();
 * }</pre>
 *
 * <p>Reviews are matched by subject and period, a join (one shuffle); the migration matrix is a
 * group-by over the matched pairs (a second one, small: one row per pair of bands).
 */
public final class WhatIf {
    /** The overall score under the first rubric version. */
    public static final String OVERALL_BEFORE = "overallBefore";
    /** The overall score under the second rubric version. */
    public static final String OVERALL_AFTER = "overallAfter";
    /** The second overall score less the first. */
    public static final String CHANGE = "change";
    /** The band under the first rubric version (null when incomplete or not reviewed). */
    public static final String BAND_BEFORE = "bandBefore";
    /** The band under the second rubric version (null when incomplete or not reviewed). */
    public static final String BAND_AFTER = "bandAfter";
    /** Whether the band changed. */
    public static final String BAND_CHANGED = "bandChanged";
    /** How many subjects moved between two bands. */
    public static final String SUBJECTS = "subjects";

    private WhatIf() {
    }

    /**
     * Each subject's overall score and band under both rubric versions: columns {@code subjectId},
     * {@code periodStart}, {@code periodEnd}, {@value #OVERALL_BEFORE}, {@value #OVERALL_AFTER},
     * {@value #CHANGE}, {@value #BAND_BEFORE}, {@value #BAND_AFTER}, {@value #BAND_CHANGED}. A subject
     * reviewed under only one version is kept, with nulls for the other.
     *
     * @param before the reviews under the first rubric version
     * @param after the reviews under the second
     * @return one row per subject and period
     * @throws NullPointerException naming the null argument
     */
    public static Dataset<Row> changes(Dataset<Row> before, Dataset<Row> after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Dataset<Row> b = side(before, OVERALL_BEFORE, BAND_BEFORE);
        Dataset<Row> a = side(after, OVERALL_AFTER, BAND_AFTER);
        Dataset<Row> joined = b.join(a, scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(
                ReviewSchema.SUBJECT_ID, ReviewSchema.PERIOD_START, ReviewSchema.PERIOD_END)).toSeq(), "full_outer");
        Column bandChanged = functions.not(col(BAND_BEFORE).eqNullSafe(col(BAND_AFTER)));
        return joined.select(col(ReviewSchema.SUBJECT_ID), col(ReviewSchema.PERIOD_START), col(ReviewSchema.PERIOD_END),
                col(OVERALL_BEFORE), col(OVERALL_AFTER), col(OVERALL_AFTER).minus(col(OVERALL_BEFORE)).as(CHANGE),
                col(BAND_BEFORE), col(BAND_AFTER), bandChanged.as(BAND_CHANGED));
    }

    /**
     * The band migration matrix in long form: for each pair of bands (before, after), how many subjects
     * moved from the one to the other, columns {@value #BAND_BEFORE}, {@value #BAND_AFTER},
     * {@value #SUBJECTS}, sorted by both bands. As a matrix:
     * {@code migration(changes).groupBy("bandBefore").pivot("bandAfter").sum("subjects")}.
     *
     * @param changes the rows of {@link #changes}
     * @return one row per pair of bands that some subject took
     * @throws NullPointerException if the changes are null
     */
    public static Dataset<Row> migration(Dataset<Row> changes) {
        Objects.requireNonNull(changes, "changes");
        return changes.groupBy(col(BAND_BEFORE), col(BAND_AFTER)).agg(functions.count(functions.lit(1)).as(SUBJECTS))
                .orderBy(col(BAND_BEFORE).asc_nulls_last(), col(BAND_AFTER).asc_nulls_last());
    }

    private static Dataset<Row> side(Dataset<Row> reviews, String overall, String band) {
        return reviews.select(col(ReviewSchema.SUBJECT_ID), col(ReviewSchema.PERIOD_START), col(ReviewSchema.PERIOD_END),
                col(ReviewSchema.OVERALL).as(overall), col(ReviewSchema.BAND).as(band));
    }
}
