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
package org.blendscore.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.documents.ReviewStatement;
import org.blendscore.documents.TeamBatch;
import org.blendscore.documents.TeamDashboard;
import org.blendscore.documents.TeamMember;
import org.blendscore.evidence.Evidence;
import org.blendscore.guidance.NextBand;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the documents people read: the team dashboard over the bench rubric's reviews of the
 * first {@value #REPS} records of the bench batch (ranked table, band distribution, scatter and
 * low-coverage table of 1,000 reps), and one review statement with its path to the next band (the
 * path computed once in the setup: the benchmark times the rendering). One operation is one
 * document, so the score is microseconds per document.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar DocumentsBenchmark -f 1 -wi 3 -i 5 -w 2 -r 2 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DocumentsBenchmark {

    /** The reps of the dashboard. */
    static final int REPS = 1_000;

    private TeamBatch batch;
    private Review review;
    private PathToNextBand path;

    /** Scores the first {@value #REPS} bench records, and the path of the first review below the top band. */
    @Setup
    public void setUp() {
        Scorer scorer = Scorer.of(BenchRubric.build());
        List<Evidence> records = BenchBatch.generate(BenchBatch.SEED, REPS);
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            members.add(new TeamMember("Rep " + i, scorer.score(records.get(i))));
        }
        batch = TeamBatch.of("Bench team", List.of(scorer.rubric()), members);
        String top = scorer.rubric().bands().get(0).label();
        for (int i = 0; i < records.size(); i++) {
            Review r = members.get(i).review();
            if (r.band().isPresent() && !r.band().get().equals(top)) {
                review = r;
                path = NextBand.of(scorer).path(r, records.get(i));
                break;
            }
        }
    }

    /**
     * The team dashboard of {@value #REPS} reps.
     *
     * @return the page
     */
    @Benchmark
    public String dashboard() {
        return TeamDashboard.html(batch);
    }

    /**
     * One review statement with its path to the next band.
     *
     * @return the page
     */
    @Benchmark
    public String statement() {
        return ReviewStatement.html(review, "Rep", path);
    }
}
