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
import org.blendscore.evidence.MeasureEvidence;
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
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;

/**
 * Scores one piece of checked evidence: measure points, renormalised weights, the exact overall,
 * its rounding and the apportioned contributions, the band and its guards, reasons and warnings.
 *
 * <p>The arithmetic is exact throughout. It runs on {@link MutableRational} scratch values, so that a
 * review allocates its results and little else; the weights, which depend only on which measures
 * were scored, come from the scorer's {@link RenormalisedWeights} for that pattern.
 */
final class ScoringRun {

    private final Scorer scorer;
    private final Rubric rubric;
    private final Evidence evidence;
    private final MeasureEvidence[] byMeasure;
    private final int scale;
    private final TargetContext targets;
    /** The review's warnings so far, in order: the first {@code warned} of the array. */
    private Warning[] warnings = new Warning[4];
    private int warned;

    /**
     * @param scorer the compiled rubric
     * @param evidence checked evidence
     * @param byMeasure each measure's evidence (or null), by position in declaration order
     * @param asOf the date of an interim review
     */
    ScoringRun(Scorer scorer, Evidence evidence, MeasureEvidence[] byMeasure, Optional<java.time.LocalDate> asOf) {
        this.scorer = scorer;
        this.byMeasure = byMeasure;
        this.rubric = scorer.rubric();
        this.evidence = evidence;
        this.scale = rubric.scale();
        this.targets = new TargetContext(evidence, asOf, scorer.time, rubric.targets());
    }

    /** One measure's state during the run: its outcome, then its weighing and apportionment. */
    private static final class Slot extends MeasureOutcome {
        final CompiledMeasure measure;
        final int order;
        MeasureStatus status;
        /** The points at the rubric's scale, when it has points. */
        BigDecimal shownPoints;
        /** The apportioned contribution in units of the scale; {@code bigUnits} instead when a number outgrew a long. */
        long units;
        BigInteger bigUnits;
        /** What remains of the exact contribution above {@code units}: remainder / remainderOf, in [0, 1). */
        long remainder;
        long remainderOf;
        /** Whether the apportionment gave it one unit above its floor. */
        boolean roundedUp;

        Slot(CompiledMeasure measure, int order) {
            this.measure = measure;
            this.order = order;
        }
    }

    Review review() {
        MissingEvidencePolicy policy = rubric.missingEvidence();
        CompiledMeasure[] measures = scorer.measures;
        int n = measures.length;
        List<EvidenceProblem> missing = null;
        Slot[] all = new Slot[n];
        // which measures have points: as bits while there are few enough measures, else as an array
        boolean[] scored = n > PatternCache.MAX_PARTS ? new boolean[n] : null;
        long pattern = 0;
        for (int i = 0; i < n; i++) {
            CompiledMeasure cm = measures[i];
            Slot slot = new Slot(cm, i);
            all[i] = slot;
            cm.evaluate(byMeasure[i], targets, slot);
            if (policy == MissingEvidencePolicy.REJECT) {
                missing = collectMissing(slot, missing);
            }
            if (slot.hasPoints) {
                slot.status = MeasureStatus.SCORED;
                for (int k = 0; k < slot.warnings.size(); k++) {
                    warn(slot.warnings.get(k));
                }
            } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                slot.hasPoints = true;
                slot.exact.setZero();
                slot.status = MeasureStatus.COUNTED_AS_ZERO;
                warn(new Warning(Warning.Kind.COUNTED_AS_ZERO, cm.path,
                        cm.id + ": " + slot.missingReason + "; counted as 0 points"));
            } else {
                slot.status = MeasureStatus.LEFT_OUT;
                warn(new Warning(Warning.Kind.MEASURE_LEFT_OUT, cm.path,
                        cm.id + ": " + slot.missingReason + "; left out, and the other measures of "
                                + cm.section + " renormalised"));
            }
            if (slot.hasPoints) {
                if (scored != null) {
                    scored[i] = true;
                } else {
                    pattern |= 1L << i;
                }
            }
        }
        if (missing != null) {
            throw new InvalidEvidenceException(missing);
        }

        // renormalise measures within sections, then sections within the rubric
        RenormalisedWeights w = scorer.weights(scored, pattern);
        List<Scorer.CompiledSection> sections = scorer.sections;
        int sectionCount = sections.size();
        for (int s = 0; s < sectionCount; s++) {
            if (w.sectionLeftOut[s]) {
                warn(sections.get(s).leftOut());
            }
        }
        if (w.nothingToScore) {
            throw new InvalidEvidenceException(List.of(new EvidenceProblem(evidence.subjectId(), Optional.empty(),
                    Optional.empty(), "measures", EvidenceMessages.nothingToScore())));
        }

        MutableRational overallExact = new MutableRational();
        MutableRational product = new MutableRational();
        BigDecimal[] sectionScore = new BigDecimal[sectionCount];
        for (int s = 0; s < sectionCount; s++) {
            Scorer.CompiledSection cs = sections.get(s);
            MutableRational sectionExact = new MutableRational();
            for (int m = cs.first(); m < cs.first() + cs.measures().size(); m++) {
                Slot slot = all[m];
                if (!slot.hasPoints) {
                    continue;
                }
                slot.shownPoints = slot.exact.toBigDecimal(scale);
                sectionExact.add(product.set(slot.exact).multiply(w.inSection[m]));
                slot.exact.multiply(w.overall[m]);
                overallExact.add(slot.exact);
            }
            sectionScore[s] = w.sectionLeftOut[s] ? null : sectionExact.toBigDecimal(scale);
        }
        long overallUnits = overallExact.roundedUnits(scale);
        BigDecimal overall = overallUnits != Long.MIN_VALUE ? BigDecimal.valueOf(overallUnits, scale) : overallExact.toBigDecimal(scale);
        boolean bigUnits = overallUnits == Long.MIN_VALUE || !apportion(all, overallUnits);
        if (bigUnits) {
            apportionBig(all, overall);
        }

        SectionResult[] sectionResults = new SectionResult[sectionCount];
        MeasureResult[] measureResults = new MeasureResult[scorer.largestSection];
        for (int s = 0; s < sectionCount; s++) {
            Scorer.CompiledSection cs = sections.get(s);
            int size = cs.measures().size();
            for (int k = 0; k < size; k++) {
                Slot slot = all[cs.first() + k];
                BigDecimal contribution = bigUnits ? new BigDecimal(slot.bigUnits, scale) : BigDecimal.valueOf(slot.units, scale);
                measureResults[k] = new MeasureResult(slot.measure.id, slot.measure.section, slot.measure.measure.weight(),
                        w.overallPercent[cs.first() + k], slot.hasPoints ? Optional.of(slot.shownPoints) : Optional.empty(),
                        contribution, slot.input, slot.status);
            }
            sectionResults[s] = new SectionResult(cs.section().name(), cs.section().weight(), w.sectionPercent[s],
                    Optional.ofNullable(sectionScore[s]), sectionContribution(all, cs, bigUnits), Lists.of(measureResults, size));
        }

        int rawIndex = bandIndex(overall);
        int finalIndex = rawIndex;
        for (Scorer.CompiledGuard g : scorer.guards) {
            BigDecimal score = g.ref() < 0 ? null : g.onSection() ? sectionScore[g.ref()] : all[g.ref()].shownPoints;
            if (score == null) {
                warn(g.notEvaluated());
            }
            if (score != null && g.guard().condition().comparison().holds(score, g.guard().condition().threshold())) {
                int capIndex = g.capIndex();
                if (capIndex < 0) {
                    throw new IllegalStateException("band " + g.guard().capAt() + " was checked when the rubric was built");
                }
                if (capIndex > rawIndex) {
                    warn(new Warning(Warning.Kind.BAND_CAPPED, "guards[" + g.index() + "]",
                            "band capped at " + g.guard().capAt() + ": " + g.guard().condition() + " holds ("
                                    + score.toPlainString() + "); the overall alone gives " + rubric.bands().get(rawIndex).label()));
                }
                finalIndex = Math.max(finalIndex, capIndex);
            }
        }
        String band = rubric.bands().get(finalIndex).label();
        Optional<String> before = finalIndex != rawIndex ? Optional.of(rubric.bands().get(rawIndex).label()) : Optional.empty();

        List<Reason> reasons = reasons(all, w);
        List<SectionResult> sectionList = Lists.of(sectionResults, sectionCount);
        Provenance provenance = Provenance.deferred(rubric.id(), rubric.version(), new FingerprintOf(evidence));
        return new Review(evidence.subjectId(), evidence.period(), overall, band, before, sectionList,
                reasons, Lists.of(warnings, warned), provenance, targets.asOf);
    }

    /** Computes the evidence fingerprint when a review's provenance is first asked for it; holds the evidence only. */
    private record FingerprintOf(Evidence evidence) implements java.util.function.Supplier<String> {
        @Override
        public String get() {
            return Fingerprint.of(evidence);
        }
    }

    /** The sum of a section's apportioned contributions. */
    private BigDecimal sectionContribution(Slot[] all, Scorer.CompiledSection cs, boolean bigUnits) {
        int end = cs.first() + cs.measures().size();
        if (!bigUnits) {
            long units = 0;
            boolean overflow = false;
            for (int m = cs.first(); m < end; m++) {
                long u = all[m].units;
                long sum = units + u;
                overflow |= ((units ^ sum) & (u ^ sum)) < 0;
                units = sum;
            }
            if (!overflow) {
                return BigDecimal.valueOf(units, scale);
            }
        }
        BigInteger units = BigInteger.ZERO;
        for (int m = cs.first(); m < end; m++) {
            units = units.add(bigUnits ? all[m].bigUnits : BigInteger.valueOf(all[m].units));
        }
        return new BigDecimal(units, scale);
    }

    private void warn(Warning w) {
        if (warned == warnings.length) {
            warnings = java.util.Arrays.copyOf(warnings, warned * 2);
        }
        warnings[warned++] = w;
    }

    /** The position of the first band whose lower bound the overall reaches, else the last band. */
    private int bandIndex(BigDecimal overall) {
        BigDecimal[] floors = scorer.bandFloors;
        for (int i = 0; i < floors.length; i++) {
            if (overall.compareTo(floors[i]) >= 0) {
                return i;
            }
        }
        return floors.length - 1;
    }

    /** Under the REJECT policy, every source below its minimum and every measure without evidence is a problem. */
    private List<EvidenceProblem> collectMissing(Slot slot, List<EvidenceProblem> missing) {
        if (!slot.hasPoints) {
            missing = missing == null ? new ArrayList<>() : missing;
            missing.add(new EvidenceProblem(evidence.subjectId(), Optional.of(slot.measure.id), Optional.empty(), "evidence",
                    EvidenceMessages.missingUnderRejectPolicy(slot.missingReason)));
            return missing;
        }
        if (slot.input instanceof RatingInput ri) {
            for (SourceResult src : ri.sources()) {
                if (src.status() != SourceStatus.SCORED) {
                    missing = missing == null ? new ArrayList<>() : missing;
                    missing.add(new EvidenceProblem(evidence.subjectId(), Optional.of(slot.measure.id), Optional.empty(),
                            "ratings[" + src.source() + "]", EvidenceMessages.missingUnderRejectPolicy("source " + src.source()
                                    + " has " + src.usable() + " usable ratings, needs " + src.minRatings())));
                }
            }
        }
        return missing;
    }

    /**
     * Largest-remainder apportionment: every exact contribution is rounded down to the scale, and the
     * units missing to reach the rounded overall go, one each, to the largest remainders (ties: the
     * measure declared first). Works in longs.
     *
     * @return false, having changed nothing that counts, if a number does not fit a long; then
     *     {@link #apportionBig} does the same in BigIntegers
     */
    private boolean apportion(Slot[] all, long overallUnits) {
        long pow = Rational.POW10[scale];
        long floorSum = 0;
        int count = 0;
        for (Slot slot : all) {
            slot.units = 0;
            if (slot.hasPoints) {
                long u = slot.exact.floorUnits(scale);
                long sum = floorSum + u;
                if (u == Long.MIN_VALUE || ((floorSum ^ sum) & (u ^ sum)) < 0) {
                    return false;
                }
                // exact x 10^scale = u + remainder / den, and that product fits (floorUnits checked it)
                long den = slot.exact.denominator();
                slot.remainder = slot.exact.numerator() * pow - u * den;
                slot.remainderOf = den;
                slot.units = u;
                floorSum = sum;
                count++;
            }
        }
        long deficit = overallUnits - floorSum;
        if (deficit > count) {
            throw new IllegalStateException("apportioning " + deficit + " units over " + count + " measures");
        }
        for (long k = 0; k < deficit; k++) {
            Slot best = null;
            for (Slot slot : all) {
                // strictly larger: among equal remainders the measure declared first wins
                if (slot.hasPoints && !slot.roundedUp && (best == null || MutableRational.compareProducts(
                        slot.remainder, best.remainderOf, best.remainder, slot.remainderOf) > 0)) {
                    best = slot;
                }
            }
            best.roundedUp = true;
            best.units++;
        }
        return true;
    }

    /** {@link #apportion} in BigIntegers, for numbers beyond a long. */
    private void apportionBig(Slot[] all, BigDecimal overall) {
        BigInteger floorSum = BigInteger.ZERO;
        List<Slot> scored = new ArrayList<>();
        Rational[] remainders = new Rational[all.length];
        for (Slot slot : all) {
            slot.bigUnits = BigInteger.ZERO;
            if (slot.hasPoints) {
                Rational exact = slot.exact.toRational();
                slot.bigUnits = exact.floorUnits(scale);
                remainders[slot.order] = exact.remainderUnits(scale);
                floorSum = floorSum.add(slot.bigUnits);
                scored.add(slot);
            }
        }
        int deficit = overall.unscaledValue().subtract(floorSum).intValueExact();
        if (deficit <= 0) {
            return;
        }
        scored.sort(Comparator.<Slot, Rational>comparing(sl -> remainders[sl.order]).reversed()
                .thenComparingInt(sl -> sl.order));
        for (int i = 0; i < deficit; i++) {
            Slot slot = scored.get(i);
            slot.bigUnits = slot.bigUnits.add(BigInteger.ONE);
        }
    }

    /**
     * The reasons: every scored measure whose impact on the overall against 100 points is not 0,
     * largest first. Turns each slot's exact contribution into its impact: call it last.
     */
    private List<Reason> reasons(Slot[] all, RenormalisedWeights w) {
        int n = all.length;
        Slot[] moved = new Slot[n];
        MutableRational[] impact = new MutableRational[n];
        int count = 0;
        for (Slot slot : all) {
            if (!slot.hasPoints) {
                continue;
            }
            MutableRational i = slot.exact.subtract(w.baseline[slot.order]);
            if (i.signum() == 0) {
                continue;
            }
            // insertion sort: largest impact first, ties to the measure declared first (stable)
            int at = count;
            while (at > 0 && impact[at - 1].compareAbs(i) < 0) {
                moved[at] = moved[at - 1];
                impact[at] = impact[at - 1];
                at--;
            }
            moved[at] = slot;
            impact[at] = i;
            count++;
        }
        Reason[] reasons = new Reason[count];
        for (int k = 0; k < count; k++) {
            Slot slot = moved[k];
            reasons[k] = new Reason(slot.measure.id, slot.measure.section, impact[k].toBigDecimal(scale),
                    slot.shownPoints, slot.status == MeasureStatus.COUNTED_AS_ZERO);
        }
        return Lists.of(reasons, count);
    }
}
