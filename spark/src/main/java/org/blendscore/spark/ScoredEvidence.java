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

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The result of scoring a Dataset of evidence: the reviews and the rejected records (columns in
 * {@link ReviewSchema}). Both are lazy views of one scoring pass; {@link #persist()} keeps that pass so
 * that it runs once for both.
 */
public final class ScoredEvidence {
    private final Dataset<Row> outcomes;

    ScoredEvidence(Dataset<Row> outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The reviews, one row per record that was scored.
     *
     * @return the reviews
     */
    public Dataset<Row> reviews() {
        return outcomes.filter(functions.col("review").isNotNull()).select("review.*");
    }

    /**
     * The rejected records, one row per record that could not be read or scored, with its problems.
     *
     * @return the rejected records
     */
    public Dataset<Row> rejected() {
        return outcomes.filter(functions.col("rejected").isNotNull()).select("rejected.*");
    }

    /**
     * This result with its scoring pass kept at Spark's default storage level, so that the reviews and the
     * rejected records are computed once.
     *
     * @return the persisted result; unpersist it with {@link #unpersist()}
     */
    public ScoredEvidence persist() {
        return new ScoredEvidence(outcomes.persist());
    }

    /**
     * This result with its scoring pass kept at a storage level of one's choice (a large batch on disk,
     * say), so that the reviews and the rejected records are computed once.
     *
     * @param level where Spark keeps the pass
     * @return the persisted result; unpersist it with {@link #unpersist()}
     * @throws NullPointerException if the level is null
     */
    public ScoredEvidence persist(StorageLevel level) {
        return new ScoredEvidence(outcomes.persist(java.util.Objects.requireNonNull(level, "level")));
    }

    /**
     * Drops a kept scoring pass.
     *
     * @return this result, no longer kept
     */
    public ScoredEvidence unpersist() {
        outcomes.unpersist();
        return this;
    }
}
