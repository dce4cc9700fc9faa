package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Provenance;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;

/**
 * Scores one piece of checked evidence: measure points, renormalised weights, the exact overall,
 * its rounding and the apportioned contributions, the band and its guards, reasons and warnings.
 */
final class ScoringRun {

    private final Rubric rubric;
    private final List<Scorer.CompiledSection> sections;
    private final Evidence evidence;
    private final int scale;
    private final TargetContext targets;

    ScoringRun(Rubric rubric, List<Scorer.CompiledSection> sections, Evidence evidence, TargetTime time,
               Optional<java.time.LocalDate> asOf) {
        this.rubric = rubric;
        this.sections = sections;
        this.evidence = evidence;
        this.scale = rubric.scale();
        this.targets = new TargetContext(evidence, asOf, time, rubric.targets());
    }

    /** One measure's state during the run. */
    private static final class Slot {
        final CompiledMeasure measure;
        final int order;
        MeasureOutcome outcome;
        Rational points;
        MeasureStatus status;
        Rational overallWeight = Rational.ZERO;
        Rational sectionWeight = Rational.ZERO;
        Rational exact = Rational.ZERO;
        BigInteger units = BigInteger.ZERO;

        Slot(CompiledMeasure measure, int order) {
            this.measure = measure;
            this.order = order;
        }
    }

    Review review() {
        MissingEvidencePolicy policy = rubric.missingEvidence();
        List<Warning> warnings = new ArrayList<>();
        List<EvidenceProblem> missing = new ArrayList<>();
        List<List<Slot>> slots = new ArrayList<>();
        List<Slot> all = new ArrayList<>();
        for (Scorer.CompiledSection cs : sections) {
            List<Slot> inSection = new ArrayList<>();
            for (CompiledMeasure cm : cs.measures()) {
                Slot slot = new Slot(cm, all.size());
                slot.outcome = cm.evaluate(evidence.measures().get(cm.id()), targets);
                if (policy == MissingEvidencePolicy.REJECT) {
                    collectMissing(slot, missing);
                }
                if (slot.outcome.hasPoints()) {
                    slot.points = slot.outcome.points();
                    slot.status = MeasureStatus.SCORED;
                    warnings.addAll(slot.outcome.warnings());
                } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                    slot.points = Rational.ZERO;
                    slot.status = MeasureStatus.COUNTED_AS_ZERO;
                    warnings.add(new Warning(Warning.Kind.COUNTED_AS_ZERO, "measures[" + cm.id() + "]",
                            cm.id() + ": " + slot.outcome.missingReason() + "; counted as 0 points"));
                } else {
                    slot.status = MeasureStatus.LEFT_OUT;
                    warnings.add(new Warning(Warning.Kind.MEASURE_LEFT_OUT, "measures[" + cm.id() + "]",
                            cm.id() + ": " + slot.outcome.missingReason() + "; left out, and the other measures of "
                                    + cs.section().name() + " renormalised"));
                }
                inSection.add(slot);
                all.add(slot);
            }
            slots.add(inSection);
        }
        if (!missing.isEmpty()) {
            throw new InvalidEvidenceException(missing);
        }

        // renormalise measures within sections, then sections within the rubric
        Rational[] sectionMeasureSum = new Rational[sections.size()];
        Rational sectionSum = Rational.ZERO;
        for (int s = 0; s < sections.size(); s++) {
            Rational sum = Rational.ZERO;
            for (Slot slot : slots.get(s)) {
                if (slot.points != null) {
                    sum = sum.add(slot.measure.weight);
                }
            }
            sectionMeasureSum[s] = sum;
            if (sum.signum() > 0) {
                sectionSum = sectionSum.add(sections.get(s).weight());
            } else {
                warnings.add(new Warning(Warning.Kind.SECTION_LEFT_OUT, "sections[" + sections.get(s).section().name() + "]",
                        "section " + sections.get(s).section().name()
                                + ": no measure had usable evidence; left out, and the other sections renormalised"));
            }
        }
        if (sectionSum.signum() == 0) {
            throw new InvalidEvidenceException(List.of(new EvidenceProblem(evidence.subjectId(), Optional.empty(),
                    Optional.empty(), "measures", EvidenceMessages.nothingToScore())));
        }

        Rational overallExact = Rational.ZERO;
        Rational[] sectionExact = new Rational[sections.size()];
        Rational[] sectionEffective = new Rational[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            sectionExact[s] = Rational.ZERO;
            sectionEffective[s] = sectionMeasureSum[s].signum() == 0 ? Rational.ZERO : sections.get(s).weight().divide(sectionSum);
            for (Slot slot : slots.get(s)) {
                if (slot.points == null) {
                    continue;
                }
                slot.sectionWeight = slot.measure.weight.divide(sectionMeasureSum[s]);
                slot.overallWeight = sectionEffective[s].multiply(slot.sectionWeight);
                slot.exact = slot.overallWeight.multiply(slot.points);
                sectionExact[s] = sectionExact[s].add(slot.sectionWeight.multiply(slot.points));
                overallExact = overallExact.add(slot.exact);
            }
        }
        BigDecimal overall = overallExact.toBigDecimal(scale);
        apportion(all, overall);

        List<SectionResult> sectionResults = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<MeasureResult> measureResults = new ArrayList<>();
            BigInteger sectionUnits = BigInteger.ZERO;
            for (Slot slot : slots.get(s)) {
                sectionUnits = sectionUnits.add(slot.units);
                measureResults.add(new MeasureResult(slot.measure.id(), slot.measure.section, slot.measure.measure.weight(),
                        percent(slot.overallWeight), Optional.ofNullable(slot.points).map(p -> p.toBigDecimal(scale)),
                        new BigDecimal(slot.units, scale), slot.outcome.input(), slot.status));
            }
            boolean leftOut = sectionMeasureSum[s].signum() == 0;
            sectionResults.add(new SectionResult(sections.get(s).section().name(), sections.get(s).section().weight(),
                    percent(sectionEffective[s]), leftOut ? Optional.empty() : Optional.of(sectionExact[s].toBigDecimal(scale)),
                    new BigDecimal(sectionUnits, scale), measureResults));
        }

        Band raw = rubric.bandFor(overall);
        int rawIndex = rubric.bands().indexOf(raw);
        int finalIndex = rawIndex;
        for (BandGuard guard : rubric.guards()) {
            Optional<BigDecimal> score = scoreOf(guard.condition(), sectionResults);
            if (score.isEmpty()) {
                warnings.add(new Warning(Warning.Kind.GUARD_NOT_EVALUATED, "guards[" + rubric.guards().indexOf(guard) + "]",
                        "band guard '" + guard.condition() + " caps at " + guard.capAt() + "' could not be evaluated: its "
                                + guard.condition().scope().name().toLowerCase(java.util.Locale.ROOT) + " was left out for missing evidence"));
            }
            if (score.isPresent() && guard.condition().comparison().holds(score.get(), guard.condition().threshold())) {
                int capIndex = indexOfBand(guard.capAt());
                if (capIndex > rawIndex) {
                    warnings.add(new Warning(Warning.Kind.BAND_CAPPED, "guards[" + rubric.guards().indexOf(guard) + "]",
                            "band capped at " + guard.capAt() + ": " + guard.condition() + " holds ("
                                    + score.get().toPlainString() + "); the overall alone gives " + raw.label()));
                }
                finalIndex = Math.max(finalIndex, capIndex);
            }
        }
        String band = rubric.bands().get(finalIndex).label();
        Optional<String> before = finalIndex != rawIndex ? Optional.of(raw.label()) : Optional.empty();

        return new Review(evidence.subjectId(), evidence.period(), overall, band, before, sectionResults,
                reasons(all), warnings, Provenance.deferred(rubric.id(), rubric.version(), () -> Fingerprint.of(evidence)), targets.asOf);
    }

    /** Under the REJECT policy, every source below its minimum and every measure without evidence is a problem. */
    private void collectMissing(Slot slot, List<EvidenceProblem> missing) {
        Optional<String> id = Optional.of(slot.measure.id());
        if (!slot.outcome.hasPoints()) {
            missing.add(new EvidenceProblem(evidence.subjectId(), id, Optional.empty(), "evidence",
                    EvidenceMessages.missingUnderRejectPolicy(slot.outcome.missingReason())));
            return;
        }
        if (slot.outcome.input() instanceof RatingInput ri) {
            for (SourceResult src : ri.sources()) {
                if (src.status() != SourceStatus.SCORED) {
                    missing.add(new EvidenceProblem(evidence.subjectId(), id, Optional.empty(), "ratings[" + src.source() + "]",
                            EvidenceMessages.missingUnderRejectPolicy("source " + src.source() + " has " + src.usable()
                                    + " usable ratings, needs " + src.minRatings())));
                }
            }
        }
    }

    /**
     * Largest-remainder apportionment: every exact contribution is rounded down to the scale, and the
     * units missing to reach the rounded overall go, one each, to the largest remainders (ties: the
     * measure declared first).
     */
    private void apportion(List<Slot> all, BigDecimal overall) {
        BigInteger floorSum = BigInteger.ZERO;
        List<Slot> scored = new ArrayList<>();
        for (Slot slot : all) {
            if (slot.points != null) {
                slot.units = slot.exact.floorUnits(scale);
                floorSum = floorSum.add(slot.units);
                scored.add(slot);
            }
        }
        int deficit = overall.unscaledValue().subtract(floorSum).intValueExact();
        if (deficit <= 0) {
            return;
        }
        List<Rational> remainders = new ArrayList<>(all.size());
        for (Slot slot : all) {
            remainders.add(slot.exact.remainderUnits(scale));
        }
        scored.sort(Comparator.<Slot, Rational>comparing(sl -> remainders.get(sl.order)).reversed()
                .thenComparingInt(sl -> sl.order));
        for (int i = 0; i < deficit; i++) {
            Slot slot = scored.get(i);
            slot.units = slot.units.add(BigInteger.ONE);
        }
    }

    private List<Reason> reasons(List<Slot> all) {
        int n = all.size();
        Slot[] moved = new Slot[n];
        Rational[] size = new Rational[n];
        Rational[] impact = new Rational[n];
        int count = 0;
        for (Slot slot : all) {
            if (slot.points == null) {
                continue;
            }
            Rational i = slot.exact.subtract(slot.overallWeight.multiply(Rational.HUNDRED));
            if (i.signum() == 0) {
                continue;
            }
            // insertion sort: largest impact first, ties to the measure declared first (stable)
            Rational a = abs(i);
            int at = count;
            while (at > 0 && size[at - 1].compareTo(a) < 0) {
                moved[at] = moved[at - 1];
                size[at] = size[at - 1];
                impact[at] = impact[at - 1];
                at--;
            }
            moved[at] = slot;
            size[at] = a;
            impact[at] = i;
            count++;
        }
        List<Reason> reasons = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Slot slot = moved[k];
            reasons.add(new Reason(slot.measure.id(), slot.measure.section, impact[k].toBigDecimal(scale),
                    slot.points.toBigDecimal(scale), slot.status == MeasureStatus.COUNTED_AS_ZERO));
        }
        return reasons;
    }

    private static Rational abs(Rational r) {
        return r.signum() < 0 ? r.negate() : r;
    }

    private static BigDecimal percent(Rational share) {
        return share.multiply(Rational.HUNDRED).toBigDecimal(4);
    }

    private int indexOfBand(String label) {
        for (int i = 0; i < rubric.bands().size(); i++) {
            if (rubric.bands().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException("band " + label + " was checked when the rubric was built");
    }

    private static Optional<BigDecimal> scoreOf(ScoreCondition c, List<SectionResult> sections) {
        if (c.scope() == ScoreCondition.Scope.SECTION) {
            return sections.stream().filter(s -> s.name().equals(c.ref())).findFirst().flatMap(SectionResult::score);
        }
        return sections.stream().flatMap(s -> s.measures().stream()).filter(m -> m.id().equals(c.ref()))
                .findFirst().flatMap(MeasureResult::points);
    }
}
