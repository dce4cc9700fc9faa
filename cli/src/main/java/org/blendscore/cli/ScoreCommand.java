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
package org.blendscore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.json.EvidenceLine;
import org.blendscore.json.EvidenceLines;
import org.blendscore.json.ReviewLines;
import org.blendscore.review.View;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.Scorer;

/**
 * {@code score --rubric r.json --evidence e.jsonl --out reviews.jsonl}: streams the evidence line by
 * line, writes a review or a rejected record per line, shows a progress bar on stderr for long runs,
 * and ends with a summary of the rejected records.
 */
final class ScoreCommand {

    /** The most rejected records listed in the summary; the rest are counted. */
    static final int MOST_LISTED = 20;

    private final PrintStream err;

    ScoreCommand(PrintStream err) {
        this.err = err;
    }

    int run(Arguments args) {
        Path rubricFile = Path.of(args.required("rubric"));
        Path evidenceFile = Path.of(args.required("evidence"));
        Path outFile = Path.of(args.required("out"));
        View view = args.optional("view").map(ScoreCommand::view).orElse(View.AUDIT);
        Scorer scorer = Scorer.of(RubricFile.read(rubricFile).rubric());
        long reviewed = 0;
        List<String> rejected = new ArrayList<>();
        long rejectedCount = 0;
        try (CountingInput in = new CountingInput(Arguments.open(evidenceFile));
             ReviewLines out = ReviewLines.writer(create(outFile), view)) {
            Progress progress = new Progress(err, Files.size(evidenceFile));
            for (EvidenceLine line : EvidenceLines.read(in)) {
                String problem = score(scorer, line, out);
                if (problem == null) {
                    reviewed++;
                } else {
                    rejectedCount++;
                    if (rejected.size() < MOST_LISTED) {
                        rejected.add(problem);
                    }
                }
                progress.update(in.count(), reviewed + rejectedCount);
            }
            progress.done(in.count(), reviewed + rejectedCount);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + evidenceFile + " or write " + outFile + ": "
                    + e.getMessage(), e));
        }
        err.println(String.format(Locale.ROOT, "%s: %d records, %d reviewed, %d rejected", evidenceFile,
                reviewed + rejectedCount, reviewed, rejectedCount));
        rejected.forEach(r -> err.println("  " + r));
        if (rejectedCount > rejected.size()) {
            err.println("  ... and " + (rejectedCount - rejected.size()) + " more rejected (see " + outFile + ")");
        }
        return rejectedCount == 0 ? Cli.OK : Cli.INVALID;
    }

    /** Scores one line and writes its result; the summary of its rejection, or {@code null} when reviewed. */
    private static String score(Scorer scorer, EvidenceLine line, ReviewLines out) {
        String where = "line " + line.line() + line.subjectId().map(s -> " (" + s + ")").orElse("");
        if (!line.ok()) {
            out.rejected(line);
            return where + ": " + line.problems().get(0) + more(line.problems().size() + line.omittedProblems());
        }
        try {
            out.review(scorer.score(line.evidence().orElseThrow()));
            return null;
        } catch (InvalidEvidenceException e) {
            RejectedRecord record = new RejectedRecord(line.index(), line.evidence().orElseThrow().subjectId(), e.problems(),
                    e.omittedProblems());
            out.rejected(record);
            return where + ": " + e.problems().get(0) + more(e.problems().size() + e.omittedProblems());
        }
    }

    private static String more(int problems) {
        return problems > 1 ? " (and " + (problems - 1) + " more)" : "";
    }

    private static View view(String name) {
        return switch (name) {
            case "audit" -> View.AUDIT;
            case "subject" -> View.SUBJECT;
            default -> throw new UsageException("--view must be audit or subject, was \"" + name + "\"");
        };
    }

    private static OutputStream create(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }
}
