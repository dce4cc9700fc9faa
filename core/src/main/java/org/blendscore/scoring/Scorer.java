package org.blendscore.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
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

    private final Rubric rubric;
    private final Map<String, Measure> measuresById;
    private final List<CompiledSection> sections;
    private final TargetTime time;

    /** A section prepared for scoring. */
    record CompiledSection(Section section, Rational weight, List<CompiledMeasure> measures) {
    }

    private Scorer(Rubric rubric) {
        this.rubric = rubric;
        Map<String, Measure> byId = new LinkedHashMap<>();
        List<CompiledSection> compiled = new ArrayList<>();
        for (Section s : rubric.sections()) {
            List<CompiledMeasure> ms = new ArrayList<>();
            for (Measure m : s.measures()) {
                byId.put(m.id(), m);
                ms.add(CompiledMeasure.of(m, s.name(), rubric.scale(), rubric.missingEvidence()));
            }
            compiled.add(new CompiledSection(s, Rational.of(s.weight()).divide(Rational.HUNDRED), List.copyOf(ms)));
        }
        this.measuresById = Collections.unmodifiableMap(byId);
        this.sections = List.copyOf(compiled);
        this.time = new TargetTime(rubric);
        LOG.debug("compiled rubric {} version {}: {} sections, {} measures", rubric.id(), rubric.version(),
                sections.size(), byId.size());
    }

    /**
     * Compiles a rubric. The rubric was validated when it was built, so this cannot fail.
     *
     * @param rubric the rubric
     * @return a scorer for it
     */
    public static Scorer of(Rubric rubric) {
        return new Scorer(Objects.requireNonNull(rubric, "rubric"));
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
        List<EvidenceProblem> problems = EvidenceChecks.check(rubric, measuresById, evidence);
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(problems);
        }
        return new ScoringRun(rubric, sections, evidence, time, Optional.empty()).review();
    }

    /**
     * Scores one subject's evidence at a date inside the review period: an interim review. Each
     * quota measure is scored against the target expected by {@code asOf} (by season weights, or
     * evenly over the days counted), its actual being the actual to date, and carries its
     * {@link org.blendscore.review.Pacing}: the gap, the run-rate projection to the end of the
     * period and the attainment the subject is pacing to. A warning is raised when the subject has
     * been behind at the number of consecutive check-ins the rubric declares.
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
        List<EvidenceProblem> problems = new ArrayList<>(EvidenceChecks.check(rubric, measuresById, evidence));
        if (asOf.isBefore(evidence.period().start()) || asOf.isAfter(evidence.period().end())) {
            problems.add(new EvidenceProblem(evidence.subjectId(), Optional.empty(), Optional.empty(), "asOf",
                    "interim date " + asOf + " is outside the review period " + evidence.period()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvidenceException(problems);
        }
        return new ScoringRun(rubric, sections, evidence, time, Optional.of(asOf)).review();
    }

    /**
     * Scores many pieces of evidence. A record that cannot be scored becomes a {@link RejectedRecord}
     * with its problems, and the other records are still scored.
     *
     * @param batch the evidence, in any order; a null element is rejected, not skipped
     * @return the reviews, in the batch's order, and the rejected records
     */
    public BatchResult scoreAll(Iterable<? extends Evidence> batch) {
        Objects.requireNonNull(batch, "batch");
        List<Review> reviews = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        int index = 0;
        for (Evidence e : batch) {
            if (e == null) {
                rejected.add(new RejectedRecord(index, "", List.of(new EvidenceProblem("", Optional.empty(), Optional.empty(),
                        "record", "the record is null"))));
            } else {
                try {
                    reviews.add(score(e));
                } catch (InvalidEvidenceException ex) {
                    LOG.debug("batch record {} ({}) rejected: {}", index, e.subjectId(), ex.getMessage());
                    rejected.add(new RejectedRecord(index, e.subjectId(), ex.problems()));
                }
            }
            index++;
        }
        return new BatchResult(reviews, rejected);
    }
}
