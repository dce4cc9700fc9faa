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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.blendscore.evidence.Evidence;
import org.blendscore.impact.Outcome;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.Scorer;
import org.blendscore.whatif.WhatIf;
import org.blendscore.whatif.WhatIfSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The what-if's throughput on the first 10,000 records of the bench batch: the bench rubric against
 * {@link #revision()} (Revenue 45, Activity 10 instead of 40 and 15), with and without adverse impact,
 * against the floor of scoring the batch once under each version. One operation is one record, so
 * the score is nanoseconds per record.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WhatIfBenchmark -f 1 -wi 2 -i 3 -w 5 -r 5 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WhatIfBenchmark {

    /** The records of one operation's batch. */
    static final int RECORDS = 10_000;

    private List<Evidence> batch;
    private Scorer before;
    private Scorer after;
    private WhatIf whatIf;
    private WhatIf withImpact;

    /**
     * The bench rubric's revision 2026.2: Revenue weighs 45 and Activity 10 (40 and 15 in 2026.1).
     *
     * @return the revised rubric
     */
    public static Rubric revision() {
        Rubric r = BenchRubric.build();
        List<Section> sections = new ArrayList<>();
        for (Section s : r.sections()) {
            BigDecimal weight = switch (s.name()) {
                case "Revenue" -> BigDecimal.valueOf(45);
                case "Activity" -> BigDecimal.valueOf(10);
                default -> s.weight();
            };
            sections.add(new Section(s.name(), weight, s.measures()));
        }
        return new Rubric(r.id(), "2026.2", r.effective(), sections, r.bands(), r.guards(), r.missingEvidence(), r.scale(),
                r.targets(), r.fairness(), r.bandRules());
    }

    /**
     * A group for each subject of the batch, apart from the evidence: {@code rep-N} is in group N mod 3.
     *
     * @param records how many records
     * @return the groups by subject id
     */
    public static Map<String, String> groups(long records) {
        Map<String, String> groups = new HashMap<>();
        for (long i = 0; i < records; i++) {
            groups.put("rep-" + i, "g" + (i % 3));
        }
        return groups;
    }

    /** Generates the batch and compiles both versions. */
    @Setup
    public void setUp() {
        batch = BenchBatch.generate(BenchBatch.SEED, RECORDS);
        Rubric v1 = BenchRubric.build();
        Rubric v2 = revision();
        before = Scorer.of(v1);
        after = Scorer.of(v2);
        whatIf = WhatIf.of(before, after);
        withImpact = whatIf.withImpact(groups(batch.size()), Outcome.bandAtLeast(v1, "Meets"), Outcome.bandAtLeast(v2, "Meets"), 30);
    }

    /**
     * One record of the what-if, rows handed on.
     *
     * @param bh takes the rows
     * @return the summary
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public WhatIfSummary whatIf(Blackhole bh) {
        return whatIf.run(batch, bh::consume, bh::consume);
    }

    /**
     * One record of the what-if with adverse impact before and after.
     *
     * @param bh takes the rows
     * @return the summary
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public WhatIfSummary whatIfWithImpact(Blackhole bh) {
        return withImpact.run(batch, bh::consume, bh::consume);
    }

    /**
     * The floor: one record scored under each version by {@code Scorer.scoreAll}, nothing compared.
     *
     * @param bh takes the reviews
     * @return the records reviewed
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long scoreBoth(Blackhole bh) {
        return before.scoreAll(batch, bh::consume, bh::consume).reviewed() + after.scoreAll(batch, bh::consume, bh::consume).reviewed();
    }
}
