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

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.blendscore.evidence.Evidence;
import org.blendscore.json.DocumentProblem;
import org.blendscore.json.EvidenceJson;
import org.blendscore.json.InvalidDocumentException;
import org.blendscore.scoring.Scorer;

/**
 * Scores a partition of evidence documents, one row out for each row in, as they are pulled: a row
 * {@code (review, rejected)} with exactly one of the two set. Runs on the executors; it carries only
 * the broadcast rubric document and its hash, and finds the compiled scorer in {@link RubricCache}.
 */
final class ScoringFunction implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<String> rubricJson;
    private final String rubricHash;

    ScoringFunction(Broadcast<String> rubricJson, String rubricHash) {
        this.rubricJson = rubricJson;
        this.rubricHash = rubricHash;
    }

    @Override
    public Iterator<Row> call(Iterator<String> input) {
        Scorer scorer = RubricCache.scorer(rubricHash, rubricJson.value());
        ReviewRows rows = new ReviewRows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                if (!input.hasNext()) {
                    throw new NoSuchElementException("the partition has no more evidence");
                }
                return score(scorer, rows, input.next());
            }
        };
    }

    private static Row score(Scorer scorer, ReviewRows rows, String document) {
        if (document == null) {
            return RowFactory.create(null, ReviewRows.unreadable(List.of(new DocumentProblem("", "the evidence row is null")),
                    0, ""));
        }
        Evidence evidence;
        try {
            evidence = EvidenceJson.read(document);
        } catch (InvalidDocumentException e) {
            return RowFactory.create(null, ReviewRows.unreadable(e.problems(), e.omitted(), document));
        }
        Row[] out = new Row[2];
        // one record through the batch entry point: bad evidence, and a failure of this record alone,
        // come back as a rejection with its problems rather than failing the task
        scorer.scoreAll(Collections.singletonList(evidence), review -> out[0] = rows.review(review),
                rejected -> out[1] = ReviewRows.rejected(rejected, document));
        return RowFactory.create(out[0], out[1]);
    }
}
