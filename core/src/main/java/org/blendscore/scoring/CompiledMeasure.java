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

import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;

/**
 * A measure prepared for scoring: targets, weights, curve and scale as exact fractions, and what
 * its reviews share (credits, warnings) built once. Evaluating it on checked evidence fills in a
 * {@link MeasureOutcome}.
 */
abstract sealed class CompiledMeasure permits QuotaScoring, MilestoneScoring, RatingScoring {

    final Measure measure;
    final String id;
    final String section;
    final Fraction weight;
    final int scale;
    /** Where warnings about the measure point: {@code measures[id]}. */
    final String path;
    /** The measure's policy for missing evidence: its own, else its section's, else the rubric's. */
    final MissingEvidencePolicy policy;

    CompiledMeasure(Measure measure, String section, int scale, MissingEvidencePolicy policy) {
        this.measure = measure;
        this.id = measure.id();
        this.section = section;
        this.weight = Fraction.of(measure.weight()).divide(Fraction.HUNDRED);
        this.scale = scale;
        this.path = "measures[" + id + "]";
        this.policy = policy;
    }

    static CompiledMeasure of(Measure m, String section, int scale, MissingEvidencePolicy policy,
                              java.util.Optional<org.blendscore.calibration.Calibration> calibration) {
        if (m instanceof QuotaMeasure q) {
            return new QuotaScoring(q, section, scale, policy);
        }
        if (m instanceof MilestoneMeasure ms) {
            return new MilestoneScoring(ms, section, scale, policy);
        }
        RatingMeasure r = (RatingMeasure) m;
        return new RatingScoring(r, section, scale, policy, calibration.map(c -> RaterOffsets.of(r, c)).orElse(null));
    }

    String id() {
        return id;
    }

    /**
     * Scores the measure.
     *
     * @param evidence the measure's {@link MeasureEvidence}, of the right family, already checked; null if none was given
     *     (typed as an object: the casts to the family's final record type are cheaper than one to the interface)
     * @param context what the review's quota measures share (targets over time, factors)
     * @param out receives the points, the status and the warnings
     * @return the measure's input, as the review shows it (returned rather than kept in the outcome, which
     *     is reused from review to review)
     */
    abstract MeasureInput evaluate(Object evidence, TargetContext context, MeasureOutcome out);

    /** How many warnings for missing evidence a measure keeps, by reason. */
    private static final int MAX_MISSING_WARNINGS = 64;

    /** The warnings for missing evidence made so far, by reason (most reasons repeat from review to review). */
    private final java.util.concurrent.ConcurrentHashMap<String, Warning> missingWarnings = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The warning that the measure had no points, and what was done about it.
     *
     * @param reason why it had no points
     * @param policy the policy applied: left out, or counted as zero
     * @return the warning
     */
    Warning missingWarning(String reason, MissingEvidencePolicy policy) {
        Warning w = missingWarnings.get(reason);
        if (w == null) {
            w = policy == MissingEvidencePolicy.COUNT_AS_ZERO
                    ? WarningMessages.measureCountedAsZero(path, id, reason)
                    : WarningMessages.measureLeftOut(path, id, reason, section);
            if (missingWarnings.size() < MAX_MISSING_WARNINGS) {
                missingWarnings.putIfAbsent(reason, w);
            }
        }
        return w;
    }
}
