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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.json.DocumentProblem;
import org.blendscore.json.ReviewLines;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.scoring.RejectedRecord;

/**
 * Turns reviews and rejections into rows of {@link ReviewSchema}'s shapes. One per partition: it keeps
 * one JSON Lines writer and its buffer for every review of the partition. Not thread-safe.
 */
final class ReviewRows {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final ReviewLines lines = ReviewLines.writer(buffer);

    /** A review as a row of {@link ReviewSchema#reviews}. */
    Row review(Review r) {
        List<Row> contributions = new ArrayList<>(r.measures().size());
        for (MeasureResult m : r.measures()) {
            contributions.add(RowFactory.create(m.id(), m.section(), m.points().orElse(null), m.contribution(),
                    m.status().name()));
        }
        List<Row> warnings = new ArrayList<>(r.warnings().size());
        for (Warning w : r.warnings()) {
            warnings.add(RowFactory.create(w.kind().name(), w.path(), w.message()));
        }
        return RowFactory.create(r.subjectId(), Date.valueOf(r.period().start()), Date.valueOf(r.period().end()),
                r.rubricId(), r.rubricVersion(), r.overall(), r.band().orElse(null), r.coverage().overallPercent(),
                r.complete(), contributions.toArray(new Row[0]), warnings.toArray(new Row[0]), json(r));
    }

    /** A record the scorer rejected, as a row of {@link ReviewSchema#rejected}. */
    static Row rejected(RejectedRecord rejected, String evidence) {
        List<Row> problems = new ArrayList<>(rejected.problems().size());
        for (EvidenceProblem p : rejected.problems()) {
            problems.add(RowFactory.create(p.measureId().orElse(null), p.raterId().orElse(null), p.field(), p.message()));
        }
        return RowFactory.create(rejected.subjectId(), "score", problems.toArray(new Row[0]), rejected.omittedProblems(), evidence);
    }

    /** A record that is not a valid evidence document, as a row of {@link ReviewSchema#rejected}. */
    static Row unreadable(List<DocumentProblem> documentProblems, int omitted, String evidence) {
        List<Row> problems = new ArrayList<>(documentProblems.size());
        for (DocumentProblem p : documentProblems) {
            problems.add(RowFactory.create(null, null, p.pointer(), p.message()));
        }
        return RowFactory.create(null, "read", problems.toArray(new Row[0]), omitted, evidence);
    }

    private String json(Review r) {
        buffer.reset();
        lines.review(r);
        lines.flush();
        String line = buffer.toString(StandardCharsets.UTF_8);
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
