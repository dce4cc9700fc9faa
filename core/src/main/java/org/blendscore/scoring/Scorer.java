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
package org.blendscore.scoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rubric compiled for scoring: immutable, thread-safe and reusable. Compile once with
 * {@link #of(Rubric)}, then score any number of pieces of evidence, from any number of threads.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(rubric);
 * Review review = scorer.score(evidence);
 * System.out.println(review.explain());
 * }</pre>
 */
public final class Scorer {

    private static final Logger LOG = LoggerFactory.getLogger(Scorer.class);
    /** How many idle workspaces a scorer keeps: a power of two, enough for the threads that usually share one. */
    private static final int IDLE_RUNS = 16;
    /**
     * Slots lie this many references apart, a cache line or more, so that threads taking and giving back
     * their own workspaces do not pass one cache line back and forth between cores.
     */
    private static final int SLOT_STRIDE = 16;

    private final Rubric rubric;
    /** The compiled rubric, which every stage of scoring reads. */
    final CompiledRubric compiled;
    private final EvidenceChecks checks;
    /** Scoring workspaces not in use; a caller takes one and gives it back (see {@link #score}). */
    private final AtomicReferenceArray<ScoringRun> idle = new AtomicReferenceArray<>(IDLE_RUNS * SLOT_STRIDE);

    /** The calibration applied to the sources that declare it, or empty. */
    private final Optional<org.blendscore.calibration.Calibration> calibration;

    private Scorer(Rubric rubric, Optional<org.blendscore.calibration.Calibration> calibration) {
        this.rubric = rubric;
        this.calibration = calibration;
        this.compiled = new CompiledRubric(rubric, calibration);
        this.checks = new EvidenceChecks(rubric, compiled.byId);
        LOG.debug("compiled rubric {} version {}: {} sections, {} measures", rubric.id(), rubric.version(),
                compiled.sections.size(), compiled.byId.size());
    }

    /**
     * Compiles a rubric. Its structure was checked when it was built; compiling also checks the rules it
     * declares (its {@link org.blendscore.rubric.FairnessRules}), measured by the analysis.
     *
     * @param rubric the rubric
     * @return a scorer for it
     * @throws org.blendscore.rubric.InvalidRubricException if the rubric breaks a rule it declares; the
     *     exception lists every broken rule
     */
    public static Scorer of(Rubric rubric) {
        return new Scorer(org.blendscore.analysis.DeclaredRules.check(Objects.requireNonNull(rubric, "rubric")), Optional.empty());
    }

    /**
     * A scorer like this one that calibrates: each rating of a source that declares calibration has its
     * rater's offset subtracted (a rater the calibration does not know counts at face value), clamped to
     * the scale, before the source's ratings are aggregated. Reviews show the raw and calibrated values
     * side by side, and the offsets of signed sources' raters only.
     *
     * @param calibration the calibration, estimated for this scorer's rubric
     * @return a new scorer; this one is unchanged
     * @throws IllegalArgumentException if the calibration was estimated for another rubric or version
     */
    public Scorer calibrated(org.blendscore.calibration.Calibration calibration) {
        Objects.requireNonNull(calibration, "calibration").requireFits(rubric);
        return new Scorer(rubric, Optional.of(calibration));
    }

    /**
     * The calibration this scorer applies.
     *
     * @return the calibration, or empty when ratings count at face value
     */
    public Optional<org.blendscore.calibration.Calibration> calibration() {
        return calibration;
    }

    /**
     * The rubric this scorer applies.
     *
     * @return the rubric
     */
    public Rubric rubric() {
        return rubric;
    }

    /**
     * Scores one subject's evidence.
     *
     * @param evidence the evidence
     * @return the review
     * @throws InvalidEvidenceException if the evidence does not fit the rubric (unknown measure, value
     *     off the scale, negative actual, blank subject...), or the rubric's missing-evidence policy is
     *     REJECT and evidence is missing; the exception lists every problem
     */
    public Review score(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        ScoringRun run = takeRun();
        try {
            return score(evidence, Optional.empty(), run);
        } finally {
            giveBack(run);
        }
    }

    /**
     * Scores one subject's evidence, at an interim date or for the whole period, in a workspace the
     * caller holds, leaving the workspace to be released: the checks (with the interim date's, after
     * the others), then the review.
     */
    private Review score(Evidence evidence, Optional<java.time.LocalDate> asOf, ScoringRun run) {
        ReviewAssembly data = run.begin(evidence);
        EvidenceChecks.Found found = checks.check(evidence, data.measureEvidence, run.checkScratch());
        List<EvidenceProblem> problems = found.problems();
        if (asOf.isPresent() && (asOf.get().isBefore(evidence.period().start()) || asOf.get().isAfter(evidence.period().end()))) {
            problems = new ArrayList<>(problems);
            problems.add(new EvidenceProblem(evidence.subjectId(), Optional.empty(), Optional.empty(), "asOf",
                    EvidenceMessages.interimDateOutside(asOf.get(), evidence.period())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(problems, found.omitted());
        }
        return run.review(evidence, data, asOf);
    }

    /**
     * Scores one subject's evidence at a date inside the review period: an interim review. Each
     * quota measure is scored against the target expected by {@code asOf} (by season weights, or
     * evenly over the days counted), its actual being the actual to date, and carries its
     * {@link org.blendscore.review.Pacing}: the gap, the run-rate projection to the end of the
     * period and the attainment the subject is pacing to. A warning is raised when the subject has
     * been behind at the number of consecutive check-ins the rubric declares.
     *
     * <p>Only the relief approved on or before {@code asOf} is applied: each relief (credit or
     * target relief) approved later is left out, with a
     * {@link org.blendscore.review.Warning.Kind#RELIEF_NOT_YET_APPROVED} warning that names it, so
     * an interim review never shows relief the subject could not yet know of. Target relief over a
     * part of the period counts at most the share of that part up to {@code asOf} (none of a part
     * that starts after it).
     *
     * @param evidence the evidence to date
     * @param asOf the review date, inside the evidence's period
     * @return the interim review, marked with {@code asOf}
     * @throws InvalidEvidenceException if the evidence does not fit the rubric or {@code asOf} lies
     *     outside its period
     */
    public Review scoreInterim(Evidence evidence, java.time.LocalDate asOf) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(asOf, "asOf");
        ScoringRun run = takeRun();
        try {
            return score(evidence, Optional.of(asOf), run);
        } finally {
            giveBack(run);
        }
    }

    /**
     * The idle workspace in the calling thread's slot (by the thread's identity hash), or a new one when
     * that slot is empty; taking it empties the slot, so that no two callers ever share a workspace.
     * {@link #score(Evidence)} and {@link #scoreInterim} take one per review; a batch takes one for a run
     * or a chunk of records, and scores each record in it through {@link #outcome}. Give it back with
     * {@link #giveBack} on the same thread.
     */
    ScoringRun takeRun() {
        int home = System.identityHashCode(Thread.currentThread()) & (IDLE_RUNS - 1);
        ScoringRun run = idle.getAndSet(home * SLOT_STRIDE, null);
        if (run == null) {
            // a thread whose slot another shares (or left empty) looks next door before making a new one
            run = idle.getAndSet((home ^ 1) * SLOT_STRIDE, null);
        }
        return run != null ? run : new ScoringRun(compiled);
    }

    /**
     * Clears a workspace of its last review and keeps it for the calling thread's next one: in the
     * thread's slot, or next door when the thread's slot holds one; when both hold one, it takes the
     * place of the one in the thread's slot, which is dropped.
     */
    void giveBack(ScoringRun run) {
        run.release();
        // into the thread's slot, or next door when that holds one; else a workspace left there is dropped
        int home = (System.identityHashCode(Thread.currentThread()) & (IDLE_RUNS - 1)) * SLOT_STRIDE;
        int next = home ^ SLOT_STRIDE;
        idle.setRelease(idle.get(home) == null || idle.get(next) != null ? home : next, run);
    }

    /**
     * Scores many pieces of evidence and collects the results. A record that cannot be scored becomes a
     * {@link RejectedRecord} with its problems, and the other records are still scored.
     *
     * <p>This keeps every review in memory; to score more records than fit, hand the results on as they
     * come with {@link #scoreAll(Iterable, Consumer, Consumer)} or
     * {@link #scoreAllParallel(Iterable, Consumer, Consumer)}.
     *
     * @param batch the evidence; a null element is rejected, not skipped
     * @return the reviews, in the batch's order, and the rejected records
     */
    public BatchResult scoreAll(Iterable<? extends Evidence> batch) {
        Objects.requireNonNull(batch, "batch");
        List<Review> reviews = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        scoreAll(batch, reviews::add, rejected::add);
        return new BatchResult(reviews, rejected);
    }

    /**
     * Scores records as they are pulled from {@code records} and hands each result on at once,
     * keeping none: any number of records can be scored in a fixed amount of memory.
     *
     * <p>Any source of records is an {@link Iterable}: a collection, a lazy source of your own, or a
     * {@link java.util.stream.Stream} as {@code stream::iterator} (the stream is then consumed in its
     * encounter order, lazily, and not closed: close a stream that holds resources yourself).
     * {@code records.iterator()} is called once.
     *
     * <p>Order and threads: everything happens on the calling thread. Records are pulled one at a
     * time; each gives exactly one callback, to {@code reviews} or to {@code rejected}, before the next
     * record is pulled, so results come in the records' order. A record that cannot be scored (or a
     * null element) goes to {@code rejected} with its position from 0, and the following records are
     * still scored: also when scoring it fails unexpectedly (any {@link RuntimeException} other than a
     * rejection, or a {@link StackOverflowError}), which gives it one problem, on the field
     * {@code record}, naming the failure. An exception thrown by the iterator or a consumer, and an
     * {@link Error} other than a stack overflow (such as {@link OutOfMemoryError}), stops the run and
     * propagates.
     *
     * @param records the evidence
     * @param reviews receives the review of each record that could be scored
     * @param rejected receives each record that could not be scored
     * @return how many records were reviewed and rejected
     * @throws ArithmeticException if a record beyond position {@link Integer#MAX_VALUE} is rejected, as
     *     {@link RejectedRecord#index()} cannot hold its position
     */
    public BatchCounts scoreAll(Iterable<? extends Evidence> records, Consumer<? super Review> reviews,
                                Consumer<? super RejectedRecord> rejected) {
        Iterator<? extends Evidence> it = Objects.requireNonNull(records, "records").iterator();
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(rejected, "rejected");
        long index = 0;
        long reviewed = 0;
        long bad = 0;
        // one workspace for the whole run (a consumer that scores with this scorer gets another)
        ScoringRun run = takeRun();
        try {
            while (it.hasNext()) {
                RecordOutcome outcome = outcome(it.next(), index++, run);
                if (outcome.spoilsRun()) {
                    // a record failed half-way: its workspace may hold anything, so the next records get a new one
                    run = takeRun();
                }
                if (outcome.deliver(reviews, rejected)) {
                    reviewed++;
                } else {
                    bad++;
                }
            }
        } finally {
            giveBack(run);
        }
        return new BatchCounts(reviewed, bad);
    }

    /**
     * Scores records on every available processor, handing each result on as it comes; the same as
     * {@link #scoreAllParallel(Iterable, int, Consumer, Consumer)} with
     * {@code Runtime.getRuntime().availableProcessors()} threads.
     *
     * @param records the evidence
     * @param reviews receives the review of each record that could be scored
     * @param rejected receives each record that could not be scored
     * @return how many records were reviewed and rejected
     */
    public BatchCounts scoreAllParallel(Iterable<? extends Evidence> records, Consumer<? super Review> reviews,
                                        Consumer<? super RejectedRecord> rejected) {
        return scoreAllParallel(records, Runtime.getRuntime().availableProcessors(), reviews, rejected);
    }

    /**
     * Scores records on {@code threads} threads, handing each result on as it comes, in a bounded
     * amount of memory.
     *
     * <p>The calling thread is one of the {@code threads}: it pulls records in chunks of 512, hands
     * chunks to a pool of {@code threads - 1} workers created for this call (and shut down before it
     * returns; none when {@code threads} is 1) while they have fewer than 2 each in hand, scores the
     * other chunks itself, and delivers the results. At most 2 chunks per thread are pulled and not
     * yet delivered, so memory stays bounded by about {@code threads x 1024} records and their
     * reviews, however long the input.
     *
     * <p>Order and threads: the results are exactly those of
     * {@link #scoreAll(Iterable, Consumer, Consumer)}, in the same order (the records' order), and
     * both consumers are called on the calling thread only, so they need not be thread-safe. The
     * iterator too is only used from the calling thread. A record whose scoring fails unexpectedly is
     * rejected as in {@link #scoreAll(Iterable, Consumer, Consumer)}. An exception thrown by the
     * iterator or a consumer, or an {@link Error} other than a stack overflow, stops the run: records in flight
     * are abandoned, the workers are stopped and the exception propagates. If the calling thread is
     * interrupted, whether it is waiting for a chunk or scoring one, the run stops the same way (at the
     * latest before it pulls the next chunk) with a
     * {@link java.util.concurrent.CancellationException} and the thread's interrupt flag set.
     *
     * @param records the evidence (a stream as {@code stream::iterator}; see {@link #scoreAll(Iterable, Consumer, Consumer)})
     * @param threads the number of threads that score, the calling thread included, at least 1
     * @param reviews receives the review of each record that could be scored
     * @param rejected receives each record that could not be scored
     * @return how many records were reviewed and rejected
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public BatchCounts scoreAllParallel(Iterable<? extends Evidence> records, int threads, Consumer<? super Review> reviews,
                                        Consumer<? super RejectedRecord> rejected) {
        Iterator<? extends Evidence> it = Objects.requireNonNull(records, "records").iterator();
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(rejected, "rejected");
        if (threads < 1) {
            throw new IllegalArgumentException(ScoringMessages.tooFewThreads(threads));
        }
        return ParallelScoring.run(this, it, threads, reviews, rejected);
    }

    /**
     * Scores one record of a batch in a workspace the batch holds (from {@link #takeRun}, for many
     * records, so that a record costs no exchange of workspaces): its review, or its rejection when it
     * is null or cannot be scored. Never throws for anything one record holds: bad evidence is rejected
     * with its problems, and a failure while scoring the record (see {@link #contain}) with one problem
     * naming it. Leaves the workspace released, ready for the next record, unless the outcome is a
     * {@link RecordOutcome#spoilsRun() failure}, after which the batch drops the workspace.
     */
    RecordOutcome outcome(Evidence e, long index, ScoringRun run) {
        if (e == null) {
            return new RecordOutcome.Rejected(new RejectedRecord(position(index), "", List.of(new EvidenceProblem("",
                    Optional.empty(), Optional.empty(), "record", EvidenceMessages.nullRecord()))));
        }
        try {
            return contain(index, e.subjectId(), () -> score(e, Optional.empty(), run));
        } finally {
            run.release();
        }
    }

    /**
     * The outcome of scoring one record of a batch: its review, or its rejection. Bad evidence
     * ({@link InvalidEvidenceException}) is rejected with its problems. Any other
     * {@link RuntimeException}, and a {@link StackOverflowError}, is a failure of this record alone (a
     * bug, or an input the checks let through): the record is rejected with one problem naming the
     * failure, the failure is logged at WARN with its stack trace, and the batch goes on. Other errors,
     * {@link OutOfMemoryError} above all, say the JVM itself is in trouble and propagate, stopping the batch.
     */
    static RecordOutcome contain(long index, String subjectId, java.util.function.Supplier<Review> scoring) {
        try {
            return new RecordOutcome.Reviewed(scoring.get());
        } catch (InvalidEvidenceException ex) {
            LOG.debug("batch record {} ({}) rejected: {}", index, subjectId, ex.problems().get(0));
            return new RecordOutcome.Rejected(new RejectedRecord(position(index), subjectId, ex.problems(), ex.omittedProblems()));
        } catch (RuntimeException | StackOverflowError ex) {
            LOG.warn("batch record {} ({}) could not be scored and is rejected", index, subjectId, ex);
            return new RecordOutcome.Failed(new RejectedRecord(position(index), subjectId, List.of(new EvidenceProblem(
                    subjectId, Optional.empty(), Optional.empty(), "record", EvidenceMessages.scoringFailed(ex)))));
        }
    }

    private static int position(long index) {
        return Math.toIntExact(index);
    }
}
