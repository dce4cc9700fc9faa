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
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.NoInput;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Warning;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.QuotaMeasure;

/**
 * Scores a quota measure: the actual against the effective target (plain, or adjusted by factors,
 * time and relief through {@link QuotaTargets}), attainment turned into points by the compiled curve.
 */
final class QuotaScoring extends CompiledMeasure {
    private static final NoInput NO_ACTUAL = new NoInput(WarningMessages.noActual());
    private final QuotaMeasure q;
    private final Fraction target;
    private final CompiledCurve curve;
    /** For a higher-is-better quota on a linear curve, the curve over the actual (see {@link CompiledCurve.Linear#overActual}). */
    private final CompiledCurve.Linear curveOverActual;
    private final boolean higher;
    private final boolean noFactors;
    private final String unit;
    /** The target steps when nothing adjusts the base target. */
    private final List<org.blendscore.review.TargetStep> baseSteps;

    QuotaScoring(QuotaMeasure q, String section, int scale, MissingEvidencePolicy policy) {
        super(q, section, scale, policy);
        this.q = q;
        this.target = Fraction.of(q.target().value());
        this.curve = CompiledCurve.of(q.curve());
        this.curveOverActual = higher(q) && curve instanceof CompiledCurve.Linear lc && target.signum() > 0
                ? lc.overActual(target) : null;
        this.higher = q.direction() == Direction.HIGHER_IS_BETTER;
        this.noFactors = q.factors().isEmpty();
        this.unit = q.target().unit();
        this.baseSteps = List.of(new org.blendscore.review.TargetStep(ExplanationText.baseTarget(), "=", q.target().value(),
                q.target().value(), unit));
    }

    /** Nothing adjusts the target or the actual: no factor, no relief, the whole period in the role. */
    private static boolean higher(QuotaMeasure q) {
        return q.direction() == Direction.HIGHER_IS_BETTER;
    }

    private boolean plain(QuotaActual qa, TargetContext context) {
        return noFactors && qa.reliefs().isEmpty() && context.whole();
    }

    /** Scores a plain quota. */
    private MeasureInput plainOutcome(QuotaActual qa, MeasureOutcome out) {
        BigDecimal actual = qa.actual();
        // the attainment, then in place the points
        MutableRational attainment = out.exact;
        boolean bounded = true;
        if (higher) {
            attainment.set(actual).divide(target);
        } else if (actual.signum() == 0) {
            bounded = false;
        } else {
            attainment.set(target).divide(Fraction.of(actual));
        }
        // the attainment as shown, before the curve turns it into points in place
        Optional<BigDecimal> shown = bounded ? Optional.of(attainment.toBigDecimal(6)) : Optional.empty();
        String rule = curve.evaluate(bounded ? attainment : null, out.exact);
        out.scored();
        return plainInput(rule, qa, shown);
    }

    /** Scores a plain higher-is-better quota on a linear curve: the curve over the actual, no division. */
    private MeasureInput plainOverActual(QuotaActual qa, MeasureOutcome out) {
        String rule = curveOverActual.evaluate(out.exact.set(qa.actual()), out.exact);
        out.scored();
        // the curve was applied over the actual, so the attainment to show is worked out here
        return plainInput(rule, qa, Optional.of(new MutableRational().set(qa.actual()).divide(target).toBigDecimal(6)));
    }

    /** The input of a plain quota, from the rule its review applied, the actual and the attainment as shown. */
    private MeasureInput plainInput(String rule, QuotaActual qa, Optional<BigDecimal> shownAttainment) {
        return new QuotaInput(qa.actual(), q.target().value(), unit, q.direction(), shownAttainment, rule, baseSteps,
                QuotaTargets.reported(qa, unit), Optional.empty(), QuotaTargets.basisText(qa));
    }

    @Override
    MeasureInput evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
        if (evidence == null) {
            out.missing(NO_ACTUAL.reason());
            return NO_ACTUAL;
        }
        QuotaActual qa = (QuotaActual) evidence;
        if (plain(qa, context)) {
            return curveOverActual != null ? plainOverActual(qa, out) : plainOutcome(qa, out);
        }
        QuotaTargets.Adjusted adjusted = QuotaTargets.adjust(q, target, qa, context);
        if (adjusted.target().signum() <= 0 && !adjusted.reliefRemovedTarget()) {
            String reason = WarningMessages.noTarget(adjusted.noTargetReason());
            out.missing(reason);
            return new NoInput(reason);
        }
        Fraction actual = adjusted.actual();
        Fraction t = adjusted.target();
        Fraction attainment;
        if (adjusted.reliefRemovedTarget()) {
            // relief took away the whole target: attainment without bound, as for a lower-is-better actual of 0
            if (q.curve().maxPoints().isEmpty()) {
                throw new org.blendscore.evidence.InvalidEvidenceException(List.of(new org.blendscore.evidence.EvidenceProblem(
                        context.evidence.subjectId(), Optional.of(q.id()), Optional.empty(), "reliefs",
                        EvidenceMessages.reliefLeavesNoTarget(t.toBigDecimal(2), unit))));
            }
            attainment = null;
        } else if (higher) {
            attainment = actual.divide(t);
        } else {
            attainment = actual.signum() == 0 ? null : t.divide(actual);
        }
        String rule = curve.evaluate(attainment == null ? null : out.exact.set(attainment), out.exact);
        BigDecimal shownTarget = adjusted.exactTarget() ? q.target().value() : t.toBigDecimal(2);
        // the actual as reported unless a credit changed it (the parts of its basis are steps, but not changes)
        int reportedSteps = qa.basis().map(b -> Math.max(1, b.parts().size())).orElse(1);
        BigDecimal shownActual = adjusted.actualSteps().size() > reportedSteps ? actual.toBigDecimal(2) : qa.actual();
        QuotaInput input = new QuotaInput(shownActual, shownTarget, unit, q.direction(),
                attainment == null ? Optional.empty() : Optional.of(attainment.toBigDecimal(6)), rule, adjusted.targetSteps(),
                adjusted.actualSteps(), adjusted.pacing(), QuotaTargets.basisText(qa));
        out.scored();
        for (Warning w : adjusted.warnings()) {
            out.warn(w);
        }
        return input;
    }
}
