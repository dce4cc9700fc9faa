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

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the largest legal input costs against the largest illegal one ({@link LimitsInputs}): a
 * rubric of {@value LimitsInputs#BREAKPOINTS} breakpoints written with the widest legal decimals,
 * built and compiled, against the same rubric with one number just over the limit, rejected; a
 * record of the widest legal actual and {@value LimitsInputs#RATINGS} ratings, scored, against the
 * same record with an actual one digit too long, rejected. An illegal input must be rejected faster
 * than the legal one is accepted.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar LimitsBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LimitsBenchmark {

    private List<Breakpoint> legalBreakpoints;
    private List<Breakpoint> illegalBreakpoints;
    private Scorer scorer;
    private Evidence legalRecord;
    private Evidence illegalRecord;

    /** Makes the inputs and compiles the legal rubric, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        legalBreakpoints = LimitsInputs.breakpoints(false);
        illegalBreakpoints = LimitsInputs.breakpoints(true);
        scorer = Scorer.of(LimitsInputs.rubric(legalBreakpoints));
        legalRecord = LimitsInputs.record(false);
        illegalRecord = LimitsInputs.record(true);
    }

    /**
     * The legal rubric built (its structure checked) and compiled (its declared rules analysed).
     *
     * @return the scorer
     */
    @Benchmark
    public Scorer rubricLegal() {
        return Scorer.of(LimitsInputs.rubric(legalBreakpoints));
    }

    /**
     * The illegal rubric, rejected when it is built.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidRubricException rubricIllegal() {
        try {
            LimitsInputs.rubric(illegalBreakpoints);
        } catch (InvalidRubricException e) {
            return e;
        }
        throw new IllegalStateException("the illegal rubric was accepted");
    }

    /**
     * The legal record, scored.
     *
     * @return the review
     */
    @Benchmark
    public Review recordLegal() {
        return scorer.score(legalRecord);
    }

    /**
     * The illegal record, rejected.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidEvidenceException recordIllegal() {
        try {
            scorer.score(illegalRecord);
        } catch (InvalidEvidenceException e) {
            return e;
        }
        throw new IllegalStateException("the illegal record was scored");
    }
}
