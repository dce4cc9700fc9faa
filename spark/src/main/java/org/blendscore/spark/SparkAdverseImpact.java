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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.GroupCount;
import org.blendscore.impact.Outcome;

/**
 * Adverse impact of reviews as a Spark aggregation: the reviews (columns of {@link ReviewSchema}) are
 * joined by subject id with a separate Dataset of group labels, counted per group on the executors,
 * and only the counts come to the driver, where core's {@link AdverseImpact#ofCounts} gives the same
 * analysis as {@link AdverseImpact#of} would over the same reviews. The groups are never an input to
 * scoring: they meet the reviews only here.
 *
 * <pre>{@code
 * AdverseImpact impact = SparkAdverseImpact.of(scored.reviews(), groups, "group",
 *         Outcome.bandAtLeast(rubric, "Meets"), 30);
 * System.out.println(impact.render());
 * }</pre>
 *
 * <p>The join and the group-by each need a shuffle, unlike scoring; a top-percent outcome also sorts
 * the overall scores once to find its cutoff.
 */
public final class SparkAdverseImpact {
    private static final String GROUP = "group";
    private static final String SELECTED = "selected";
    private static final int LISTED_SUBJECTS = 10;

    private SparkAdverseImpact() {
    }

    /**
     * Analyses reviews for adverse impact.
     *
     * @param reviews one review per subject, columns of {@link ReviewSchema}
     * @param groups the group label of every reviewed subject: a {@code subjectId} column and {@code groupColumn}
     * @param groupColumn the column of {@code groups} that holds the label
     * @param outcome what counts as selected
     * @param minimumGroupSize the fewest members a group needs to be judged; at least 1
     * @return the analysis
     * @throws IllegalArgumentException if there are no reviews, a reviewed subject has no group label (or
     *     more than one) or more than one review, naming up to ten such subjects, or a band outcome is of
     *     another rubric than a review's
     * @throws NullPointerException naming the null argument
     */
    public static AdverseImpact of(Dataset<Row> reviews, Dataset<Row> groups, String groupColumn, Outcome outcome,
                                   int minimumGroupSize) {
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(groupColumn, "groupColumn");
        Objects.requireNonNull(outcome, "outcome");
        Dataset<Row> joined = reviews.select(col(ReviewSchema.SUBJECT_ID), col(ReviewSchema.RUBRIC_ID), col(ReviewSchema.OVERALL),
                        col(ReviewSchema.BAND))
                .join(groups.select(col(ReviewSchema.SUBJECT_ID), col(groupColumn).as(GROUP)),
                        scala.jdk.javaapi.CollectionConverters.asScala(List.of(ReviewSchema.SUBJECT_ID)).toSeq(), "left_outer");
        checkOneLabelledReviewPerSubject(joined);
        Optional<BigDecimal> cutoff = Optional.empty();
        if (outcome instanceof Outcome.BandAtLeast band) {
            List<Row> other = joined.filter(col(ReviewSchema.RUBRIC_ID).notEqual(band.rubricId()))
                    .select(ReviewSchema.SUBJECT_ID, ReviewSchema.RUBRIC_ID).limit(1).collectAsList();
            if (!other.isEmpty()) {
                throw new IllegalArgumentException("subject '" + other.get(0).getString(0) + "' was reviewed under rubric '"
                        + other.get(0).getString(1) + "', but the outcome is a band of rubric '" + band.rubricId() + "'");
            }
        } else if (outcome instanceof Outcome.TopPercent top) {
            cutoff = Optional.of(cutoff(joined, top.percent()));
        }
        List<GroupCount> counts = new ArrayList<>();
        Dataset<Row> tallies = joined.withColumn(SELECTED, selected(outcome, cutoff)).groupBy(col(GROUP))
                .agg(functions.count(functions.lit(1)), functions.sum(functions.when(col(SELECTED), 1).otherwise(0)));
        for (Row row : tallies.collectAsList()) {
            counts.add(new GroupCount(row.getString(0), Math.toIntExact(row.getLong(1)), Math.toIntExact(row.getLong(2))));
        }
        return AdverseImpact.ofCounts(counts, outcome, minimumGroupSize, cutoff);
    }

    /** Whether a review is selected, as a column: the rule of {@link AdverseImpact#of}. */
    private static Column selected(Outcome outcome, Optional<BigDecimal> cutoff) {
        if (outcome instanceof Outcome.BandAtLeast band) {
            List<String> bands = band.bandsHighestFirst();
            Object[] selecting = bands.subList(0, bands.indexOf(band.label()) + 1).toArray();
            // an incomplete review without a band reaches no band: not selected
            return functions.coalesce(col(ReviewSchema.BAND).isin(selecting), functions.lit(false));
        }
        BigDecimal threshold = outcome instanceof Outcome.OverallAtLeast at ? at.threshold() : cutoff.orElseThrow();
        return col(ReviewSchema.OVERALL).geq(functions.lit(threshold));
    }

    /** The k-th highest overall score, k = ⌈n x percent / 100⌉, as {@link AdverseImpact#of} takes it. */
    private static BigDecimal cutoff(Dataset<Row> joined, BigDecimal percent) {
        long n = joined.count();
        if (n == 0) {
            throw new IllegalArgumentException("there are no reviews to analyse");
        }
        long k = BigDecimal.valueOf(n).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        Row row = joined.select(col(ReviewSchema.OVERALL)).orderBy(col(ReviewSchema.OVERALL).desc())
                .offset(Math.toIntExact(Math.max(1, k) - 1)).first();
        return row.getDecimal(0);
    }

    private static void checkOneLabelledReviewPerSubject(Dataset<Row> joined) {
        List<Row> bad = joined.groupBy(col(ReviewSchema.SUBJECT_ID))
                .agg(functions.count(functions.lit(1)).as("rows"), functions.count(col(GROUP)).as("labels"))
                .filter(col("rows").gt(1).or(col("labels").equalTo(0)))
                .limit(LISTED_SUBJECTS).collectAsList();
        if (!bad.isEmpty()) {
            List<String> described = bad.stream().map(r -> r.getLong(2) == 0
                    ? "'" + r.getString(0) + "' has no group label"
                    : "'" + r.getString(0) + "' has " + r.getLong(1) + " rows (reviews times labels)").toList();
            throw new IllegalArgumentException("adverse impact needs one review and one group label per subject: "
                    + String.join("; ", described) + (bad.size() == LISTED_SUBJECTS ? "; and maybe more" : ""));
        }
    }
}
