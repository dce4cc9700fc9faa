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
import org.blendscore.benchmarks.LimitsInputs.Twin;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
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
 * rubric with as many breakpoints as a curve may have ({@value LimitsInputs#BREAKPOINTS}), written with
 * the widest legal decimals, built and compiled, against the same rubric with one breakpoint too many
 * and with one number just over the limit, both rejected; a record of the widest legal actual and as
 * many ratings as a measure may have ({@value LimitsInputs#RATINGS}), scored, against the same record
 * with one rating too many and with an actual one digit too long, both rejected. An illegal input must
 * be rejected faster than the legal one is accepted.
 *
 * <pre>{@code
 * ./mvnw -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar LimitsBenchmark -f 1 -wi 2 -i 3 -w 1 -r 1 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LimitsBenchmark {

    private List<Breakpoint> legalBreakpoints;
    private List<Breakpoint> oneBreakpointTooMany;
    private List<Breakpoint> oneDigitTooManyBreakpoints;
    private Scorer scorer;
    private Evidence legalRecord;
    private Evidence oneRatingTooMany;
    private Evidence oneDigitTooManyRecord;

    /** Makes the inputs and compiles the legal rubric, outside of any measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        legalBreakpoints = LimitsInputs.breakpoints(Twin.LEGAL);
        oneBreakpointTooMany = LimitsInputs.breakpoints(Twin.ONE_PART_TOO_MANY);
        oneDigitTooManyBreakpoints = LimitsInputs.breakpoints(Twin.ONE_DIGIT_TOO_MANY);
        scorer = Scorer.of(LimitsInputs.rubric(legalBreakpoints));
        List<Rating> ratings = LimitsInputs.ratings();
        legalRecord = LimitsInputs.record(Twin.LEGAL, ratings);
        oneRatingTooMany = LimitsInputs.record(Twin.ONE_PART_TOO_MANY, ratings);
        oneDigitTooManyRecord = LimitsInputs.record(Twin.ONE_DIGIT_TOO_MANY, ratings);
    }

    /** The scorer of the legal rubric, compiled by {@link #setUp()}. */
    Scorer legalScorer() {
        return scorer;
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
     * The rubric with one breakpoint more than a curve may have, rejected when it is built.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidRubricException rubricOnePartTooMany() {
        return rejected(oneBreakpointTooMany);
    }

    /**
     * The rubric whose last points have one fraction digit too many, rejected when it is built.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidRubricException rubricOneDigitTooMany() {
        return rejected(oneDigitTooManyBreakpoints);
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
     * The record with one rating more than a measure may have, rejected.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidEvidenceException recordOnePartTooMany() {
        return rejected(oneRatingTooMany);
    }

    /**
     * The record whose actual has one integer digit too many, rejected.
     *
     * @return the rejection
     */
    @Benchmark
    public InvalidEvidenceException recordOneDigitTooMany() {
        return rejected(oneDigitTooManyRecord);
    }

    private static InvalidRubricException rejected(List<Breakpoint> breakpoints) {
        try {
            LimitsInputs.rubric(breakpoints);
        } catch (InvalidRubricException e) {
            return e;
        }
        throw new IllegalStateException("an illegal rubric was accepted");
    }

    private InvalidEvidenceException rejected(Evidence record) {
        try {
            scorer.score(record);
        } catch (InvalidEvidenceException e) {
            return e;
        }
        throw new IllegalStateException("an illegal record was scored: " + record.subjectId());
    }
}
