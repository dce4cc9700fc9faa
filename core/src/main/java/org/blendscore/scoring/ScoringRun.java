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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Coverage;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Provenance;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;

/**
 * Scores one piece of checked evidence: measure points, renormalised weights, the exact overall,
 * its rounding and the apportioned contributions, the band and its guards, and the warnings.
 *
 * <p>The arithmetic is exact throughout. It runs on {@link MutableRational} scratch values; the weights,
 * which depend only on which measures were scored, come from the scorer's {@link RenormalisedWeights}
 * for that pattern. A run is a workspace: the scorer keeps a few and reuses them (see
 * {@link Scorer#score}), so that a review allocates what it keeps and little else. It writes a
 * {@link ReviewAssembly} (every measure's status and exact points, every contribution and section score,
 * and each measure's detail), from which the review's sections and reasons are built.
 */
final class ScoringRun {

    private static final byte SCORED = (byte) MeasureStatus.SCORED.ordinal();
    private static final byte LEFT_OUT = (byte) MeasureStatus.LEFT_OUT.ordinal();
    private static final byte COUNTED_AS_ZERO = (byte) MeasureStatus.COUNTED_AS_ZERO.ordinal();

    private final CompiledRubric compiled;
    private final Rubric rubric;
    private final int scale;
    private final MeasureSlot[] all;
    private final TargetTime time;
    private final boolean[] scoredScratch;
    private final EvidenceChecks.Scratch checkScratch = new EvidenceChecks.Scratch();
    /** The evidence fingerprints of this workspace's reviews, with its buffers. */
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final Totals totals;
    private final Apportionment apportionment;
    private final Banding banding;
    /**
     * The review's warnings so far, in order: the first {@code warned} of the array, which is the
     * review's own (made when the first warning comes), not the workspace's.
     */
    private Warning[] warnings;
    private int warned;

    /**
     * A workspace for the scorer's rubric.
     *
     * @param compiled the compiled rubric
     */
    ScoringRun(CompiledRubric compiled) {
        this.compiled = compiled;
        this.rubric = compiled.rubric;
        this.scale = rubric.scale();
        int n = compiled.measures.length;
        this.all = new MeasureSlot[n];
        for (int i = 0; i < n; i++) {
            all[i] = new MeasureSlot(compiled.measures[i], i);
        }
        this.scoredScratch = n > PatternCache.MAX_PARTS ? new boolean[n] : null;
        this.totals = new Totals(all, scale);
        this.apportionment = new Apportionment(all, scale);
        this.banding = new Banding(compiled, all);
        this.time = compiled.time;
    }

    /**
     * The data of a new review of this evidence, which receives each measure's evidence from
     * the checks (see {@link EvidenceChecks#check(Evidence, Object[], EvidenceChecks.Scratch)}).
     */
    ReviewAssembly begin(Evidence evidence) {
        return new ReviewAssembly(compiled, evidence, all.length, compiled.sectionArray.length);
    }

    /**
     * Scores every measure into its slot and its detail into the review's data, and settles each
     * measure's status under the rubric's policy for missing evidence, with its warnings.
     *
     * @param scored receives which measures have points when a rubric has too many for a pattern of bits; else null
     * @return which measures have points, as bits by position (when {@code scored} is null)
     * @throws InvalidEvidenceException when evidence is missing under the REJECT policy
     */
    private long evaluate(Evidence evidence, ReviewAssembly data, boolean[] scored, TargetContext targets) {
        List<EvidenceProblem> missing = null;
        long pattern = 0;
        for (int i = 0; i < all.length; i++) {
            MeasureSlot slot = all[i];
            CompiledMeasure cm = slot.measure;
            MissingEvidencePolicy policy = cm.policy;
            MeasureInput input = cm.evaluate(data.measureEvidence[i], targets, slot);
            data.inputs[i] = input;
            if (policy == MissingEvidencePolicy.REJECT) {
                missing = collectMissing(evidence, slot, input, missing);
            }
            if (slot.hasPoints) {
                slot.status = SCORED;
                for (int k = 0; k < slot.warned; k++) {
                    warn(slot.warnings[k]);
                }
            } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                slot.hasPoints = true;
                slot.exact.setZero();
                slot.status = COUNTED_AS_ZERO;
                warn(cm.missingWarning(slot.missingReason, policy));
            } else {
                slot.status = LEFT_OUT;
                warn(cm.missingWarning(slot.missingReason, policy));
            }
        }
        missing = emptySections(evidence, missing);
        if (missing != null) {
            throw new InvalidEvidenceException(missing);
        }
        for (int i = 0; i < all.length; i++) {
            if (scored != null) {
                scored[i] = all[i].hasPoints;
            } else if (all[i].hasPoints) {
                pattern |= 1L << i;
            }
        }
        return pattern;
    }

    /**
     * A section none of whose measures has points, each left out under its own policy, follows the
     * section's policy: left out (nothing to do here: the weights leave it out), counted as zero (its
     * measures keep their weights at 0 points), or rejected. A measure rejected under its own policy is
     * reported already, so a section holding one is not reported again.
     */
    private List<EvidenceProblem> emptySections(Evidence evidence, List<EvidenceProblem> missing) {
        for (CompiledSection cs : compiled.sectionArray) {
            if (cs.policy() == MissingEvidencePolicy.LEAVE_OUT) {
                continue;
            }
            int end = cs.first() + cs.measures().size();
            boolean empty = true;
            for (int m = cs.first(); m < end && empty; m++) {
                empty = !all[m].hasPoints && all[m].measure.policy == MissingEvidencePolicy.LEAVE_OUT;
            }
            if (!empty) {
                continue;
            }
            if (cs.policy() == MissingEvidencePolicy.REJECT) {
                missing = missing == null ? new ArrayList<>() : missing;
                missing.add(new EvidenceProblem(evidence.subjectId(), Optional.empty(), Optional.empty(),
                        "sections[" + cs.section().name() + "]", EvidenceMessages.sectionMissingUnderRejectPolicy(cs.section().name())));
                continue;
            }
            warn(cs.countedAsZero());
            for (int m = cs.first(); m < end; m++) {
                MeasureSlot slot = all[m];
                slot.hasPoints = true;
                slot.exact.setZero();
                slot.status = COUNTED_AS_ZERO;
            }
        }
        return missing;
    }


    /** The evidence checks' scratch space, for this workspace's thread. */
    EvidenceChecks.Scratch checkScratch() {
        return checkScratch;
    }

    /** Lets go of the last review, so that a pooled run holds none of it and starts the next one clear. */
    void release() {
        for (MeasureSlot slot : all) {
            slot.clear();
        }
        warnings = null;
        warned = 0;
    }

    /**
     * Scores checked evidence.
     *
     * @param evidence the checked evidence
     * @param data the review's data from {@link #begin}, with each measure's evidence from the checks
     * @param asOf the date of an interim review, or empty
     * @return the review
     * @throws InvalidEvidenceException when evidence is missing under the REJECT policy, or nothing can be scored
     */
    Review review(Evidence evidence, ReviewAssembly data, Optional<LocalDate> asOf) {
        warnings = null;
        warned = 0;
        int n = all.length;
        // which measures have points: as bits while there are few enough measures, else as an array
        boolean[] scored = scoredScratch;
        long pattern = evaluate(evidence, data, scored, new TargetContext(time, rubric.targets(), evidence, asOf));

        // renormalise measures within sections, then sections within the rubric
        RenormalisedWeights w = compiled.weights(scored, pattern);
        CompiledSection[] sections = compiled.sectionArray;
        int sectionCount = sections.length;
        for (int s = 0; s < sectionCount; s++) {
            if (w.sectionLeftOut[s]) {
                warn(sections[s].leftOut());
            }
        }
        if (w.nothingToScore) {
            throw new InvalidEvidenceException(List.of(new EvidenceProblem(evidence.subjectId(), Optional.empty(),
                    Optional.empty(), "measures", EvidenceMessages.nothingToScore())));
        }

        data.keepWeights(w);
        for (int m = 0; m < n; m++) {
            MeasureSlot slot = all[m];
            data.keepStatus(m, slot.status);
            if (slot.hasPoints) {
                data.keepPoints(m, slot.exact);
                // the exact contribution, in place
                slot.exact.multiply(w.overall[m]);
            }
        }
        // each contribution's floor in units and what remains; then the section scores and the overall:
        // from the floors and the remainders as doubles where that decides the rounding, else exactly
        boolean floorsFit = apportionment.floors();
        long overallUnits = floorsFit ? totals.approximate(data, w, sections, apportionment.floorSum())
                : totals.exact(data, w, sections);
        BigDecimal overall = overallUnits != Long.MIN_VALUE ? BigDecimal.valueOf(overallUnits, scale) : totals.bigOverall();
        boolean bigUnits = overallUnits == Long.MIN_VALUE || !floorsFit;
        if (bigUnits) {
            apportionment.apportionBig(overall);
        } else {
            apportionment.distribute(overallUnits);
        }
        for (int m = 0; m < n; m++) {
            if (bigUnits) {
                data.keepUnits(m, all[m].bigUnits);
            } else {
                data.keepUnits(m, all[m].units);
            }
        }

        Coverage coverage = compiled.coverage.of(all, data.inputs);
        banding.decide(data, w, overall, overallUnits, coverage);
        for (int k = 0; k < banding.warned; k++) {
            warn(banding.warnings[k]);
        }
        Provenance provenance = new Provenance(rubric.id(), rubric.version(), data.fingerprint(fingerprinter));
        return new Review(evidence.subjectId(), evidence.period(), overall, banding.band, banding.before, data.sections(),
                data.reasons(), warned == 0 ? List.of() : Lists.of(warnings, warned), provenance, asOf, coverage);
    }

    private void warn(Warning w) {
        if (warnings == null) {
            warnings = new Warning[4];
        } else if (warned == warnings.length) {
            warnings = Arrays.copyOf(warnings, warned * 2);
        }
        warnings[warned++] = w;
    }

    /** Under the REJECT policy, every source below its minimum and every measure without evidence is a problem. */
    private static List<EvidenceProblem> collectMissing(Evidence evidence, MeasureSlot slot, MeasureInput input, List<EvidenceProblem> missing) {
        if (!slot.hasPoints) {
            missing = missing == null ? new ArrayList<>() : missing;
            missing.add(new EvidenceProblem(evidence.subjectId(), Optional.of(slot.measure.id), Optional.empty(), "evidence",
                    EvidenceMessages.missingUnderRejectPolicy(slot.missingReason)));
            return missing;
        }
        if (slot.measure instanceof RatingScoring rule) {
            missing = rule.shortfallProblems(evidence.subjectId(), (RatingInput) input, missing);
        }
        return missing;
    }
}
