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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.number.Fraction;
import org.blendscore.review.Pacing;
import org.blendscore.review.TargetStep;
import org.blendscore.review.Warning;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;

/**
 * Turns a quota measure's base target and reported actual into the effective ones for one review:
 * factors, then the time share, then relief (capped), each step recorded for the review; and, at an
 * interim review, the pacing. Relief over a part of the period comes off at most that part's share
 * of the target (the target after factors times the part's time share), less the relief granted on
 * the same part before it; an interim review applies only relief approved on or before its date and
 * warns of each other one.
 */
final class QuotaTargets {

    /** The effective target and actual with the steps that led to them. */
    record Adjusted(Fraction target, Fraction actual, boolean exactTarget, List<TargetStep> targetSteps,
                    List<TargetStep> actualSteps, Optional<Pacing> pacing, List<Warning> warnings, String noTargetReason,
                    boolean reliefRemovedTarget) {
    }

    /**
     * The order in which relief is granted against the cap: by approval date, and for the same date
     * by a fixed order of its other parts, so that the order of the evidence never matters.
     */
    private static final Comparator<Relief> RELIEF_ORDER = Comparator.comparing(Relief::approved)
            .thenComparing(Relief::kind).thenComparing(Relief::amount).thenComparing(Relief::reason).thenComparing(Relief::approver);

    private QuotaTargets() {
    }

    private static BigDecimal shown(Fraction r) {
        return r.toBigDecimal(2);
    }

    static Adjusted adjust(QuotaMeasure q, Fraction base, QuotaActual qa, TargetContext ctx) {
        String unit = q.target().unit();
        List<TargetStep> steps = new ArrayList<>();
        steps.add(new TargetStep(ExplanationText.baseTarget(), "=", q.target().value(), q.target().value(), unit));
        List<Warning> warnings = new ArrayList<>();
        Fraction t = base;
        for (String name : q.factors()) {
            BigDecimal f = ctx.factor(name);
            t = t.multiply(Fraction.of(f));
            steps.add(new TargetStep(name, "x", f, shown(t), ctx.rules.factor(name).map(x -> x.description()).orElse("")));
        }
        Fraction beforeTime = t;
        boolean timed = q.target().kind() != QuantityKind.RATE;
        Fraction share = Fraction.ONE;
        String noTarget = "";
        if (timed && !ctx.whole()) {
            TargetTime.Share s = ctx.scoredShare();
            share = s.value();
            t = t.multiply(share);
            steps.add(new TargetStep(ExplanationText.timeShare(), "x", share.toBigDecimal(6), shown(t), s.detail()));
            noTarget = s.detail();
        }

        // relief: in approval order, the total capped at a share of the target before relief
        Fraction actual = Fraction.of(qa.actual());
        List<TargetStep> actualSteps = new ArrayList<>();
        actualSteps.addAll(reported(qa, unit));
        Fraction beforeRelief = t;
        Fraction remaining = ctx.rules.reliefCapPercent().map(c -> beforeRelief.multiply(Fraction.of(c)).divide(Fraction.HUNDRED)).orElse(null);
        Fraction requested = Fraction.ZERO;
        Fraction granted = Fraction.ZERO;
        Fraction targetRelief = Fraction.ZERO;
        Fraction credited = Fraction.ZERO;
        boolean higher = q.direction() == Direction.HIGHER_IS_BETTER;
        // an interim review counts only the relief approved by its date, and says which it left out
        List<Relief> reliefs = qa.reliefs().size() > 1 ? qa.reliefs().stream().sorted(RELIEF_ORDER).toList() : qa.reliefs();
        if (ctx.asOf.isPresent()) {
            LocalDate asOf = ctx.asOf.get();
            reliefs.stream().filter(r -> r.approved().isAfter(asOf))
                    .forEach(r -> warnings.add(WarningMessages.reliefNotYetApproved(q.id(), r, unit, asOf)));
            reliefs = reliefs.stream().filter(r -> !r.approved().isAfter(asOf)).toList();
        }
        // relief over a part of the period: at most the part's share of the target, less what was granted on it before
        Map<DateRange, Fraction> partLeft = new HashMap<>();
        boolean limitedByActual = false;
        for (Relief r : reliefs) {
            Fraction amount = Fraction.of(r.amount());
            Fraction asked = amount;
            String partText = "";
            if (r.part().isPresent()) {
                DateRange part = r.part().get();
                Fraction partTarget = beforeTime.multiply(ctx.partShare(part).value());
                Fraction left = partLeft.computeIfAbsent(part, x -> partTarget);
                if (left.compareTo(amount) < 0) {
                    asked = left;
                    warnings.add(WarningMessages.reliefPartCapped(q.id(), part, shown(amount), unit, shown(partTarget), shown(left)));
                }
                partText = ExplanationText.reliefPart(part, shown(partTarget));
            }
            requested = requested.add(asked);
            Fraction give = remaining == null ? asked : asked.min(remaining);
            if (r.kind() == Relief.Kind.CREDIT && !higher && give.compareTo(actual) > 0) {
                give = actual;
                limitedByActual = true;
            }
            if (remaining != null) {
                remaining = remaining.subtract(give);
            }
            granted = granted.add(give);
            if (r.part().isPresent()) {
                partLeft.merge(r.part().get(), give, Fraction::subtract);
            }
            String detail = ExplanationText.reliefDetail(r, give.compareTo(amount) < 0 ? shown(amount) : null) + partText;
            if (r.kind() == Relief.Kind.TARGET) {
                targetRelief = targetRelief.add(give);
                t = higher ? t.subtract(give) : t.add(give);
                steps.add(new TargetStep("relief", higher ? "-" : "+", give.toBigDecimal(2), shown(t), detail));
            } else {
                credited = credited.add(give);
                actual = higher ? actual.add(give) : actual.subtract(give);
                actualSteps.add(new TargetStep("credit", higher ? "+" : "-", give.toBigDecimal(2), shown(actual), detail));
            }
        }
        if (granted.compareTo(requested) < 0) {
            String limit = ctx.rules.reliefCapPercent()
                    .map(c -> WarningMessages.reliefCapLimit(c, shown(beforeRelief.multiply(Fraction.of(c))
                            .divide(Fraction.HUNDRED)))).orElse("");
            if (limitedByActual) {
                limit = WarningMessages.creditLimitedByActual(limit);
            }
            warnings.add(WarningMessages.reliefCapped(q.id(), shown(requested), unit, limit, shown(granted)));
        }
        Optional<Pacing> pacing = Optional.empty();
        if (ctx.asOf.isPresent() && timed && higher && t.signum() > 0) {
            pacing = Optional.of(pacing(q, beforeTime, targetRelief, credited, t, actual, qa, ctx, warnings));
        }
        boolean exact = steps.size() == 1;
        boolean removed = t.signum() <= 0 && beforeRelief.signum() > 0;
        return new Adjusted(t, actual, exact, steps, actualSteps, pacing, warnings, noTarget, removed);
    }

    /**
     * The first steps of an actual: the actual as reported, or the parts of its basis when it has them
     * (the first part, then each further one added, with the running sum).
     */
    static List<TargetStep> reported(QuotaActual qa, String unit) {
        List<BasisPart> parts = qa.basis().map(ActualBasis::parts).orElse(List.of());
        if (parts.isEmpty()) {
            return List.of(new TargetStep(ExplanationText.reportedActual(), "=", qa.actual(), qa.actual(), unit));
        }
        List<TargetStep> steps = new ArrayList<>(parts.size());
        BigDecimal running = null;
        for (BasisPart p : parts) {
            running = running == null ? p.amount() : running.add(p.amount());
            steps.add(new TargetStep(p.label(), steps.isEmpty() ? "=" : "+", p.amount(), running, p.detail()));
        }
        return steps;
    }

    /** The basis text of an actual, shown under its measure; empty when it has none. */
    static Optional<String> basisText(QuotaActual qa) {
        return qa.basis().map(ActualBasis::text).filter(t -> !t.isEmpty());
    }

    private static Pacing pacing(QuotaMeasure q, Fraction beforeTime, Fraction targetRelief, Fraction credited,
                                 Fraction expected, Fraction actual, QuotaActual qa, TargetContext ctx, List<Warning> warnings) {
        LocalDate asOf = ctx.asOf.orElseThrow();
        Fraction fullShare = ctx.fullShare().value();
        Fraction toDateShare = ctx.scoredShare().value();
        Fraction targetAtEnd = beforeTime.multiply(fullShare).subtract(targetRelief);
        Fraction gap = expected.subtract(actual);
        Fraction projected = toDateShare.signum() == 0 ? actual : actual.multiply(fullShare).divide(toDateShare);
        Fraction pacingAttainment = targetAtEnd.signum() <= 0 ? Fraction.ZERO : projected.divide(targetAtEnd);
        int behind = 0;
        List<LocalDate> behindDates = new ArrayList<>();
        if (gap.signum() > 0) {
            behind = 1;
            behindDates.add(asOf);
            List<CheckIn> earlier = qa.checkIns().stream().filter(c -> c.date().isBefore(asOf))
                    .sorted(Comparator.comparing(CheckIn::date).reversed()).toList();
            for (CheckIn c : earlier) {
                Fraction expectedThen = beforeTime.multiply(ctx.shareUpTo(c.date()).value()).subtract(targetRelief);
                if (expectedThen.compareTo(Fraction.of(c.actualToDate()).add(credited)) > 0) {
                    behind++;
                    behindDates.add(0, c.date());
                } else {
                    break;
                }
            }
        }
        if (behind >= ctx.rules.pacingAlertAfter()) {
            warnings.add(WarningMessages.pacingGap(q.id(), behind, behindDates, shown(gap), q.target().unit()));
        }
        return new Pacing(asOf, shown(expected), shown(actual), shown(gap), shown(targetAtEnd), shown(projected),
                pacingAttainment.toBigDecimal(6), behind);
    }
}
