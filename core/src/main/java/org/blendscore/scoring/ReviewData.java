package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.internal.DeferredList;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Reason;
import org.blendscore.review.SectionResult;

/**
 * Everything a review computed, in a compact form: each measure's status, exact points, apportioned
 * contribution and detail, and each section's shown score; with the shared weights of the review's
 * pattern of scored measures, the evidence and the compiled rubric.
 *
 * <p>The review's sections (with their measures and inputs) and its reasons are built from this data
 * when first read, through {@link DeferredList}s: the records they hold are the same, number for number,
 * whenever they are built. Written once by the {@link ScoringRun} that scored the review, before the review
 * is published, and only read after; the arrays never leave this class.
 *
 * <p>It is also the review's fingerprint supplier: the evidence fingerprint is computed when first asked for.
 */
final class ReviewData implements Supplier<String> {

    private static final MeasureStatus[] STATUS = MeasureStatus.values();

    private final Scorer scorer;
    private final Evidence evidence;
    /** The weights of the review's pattern of scored measures; set once, before the review is made. */
    private RenormalisedWeights w;
    private final int n;
    /** Each measure's status, as an ordinal. */
    private final byte[] status;
    /**
     * Each measure's detail: a {@link MeasureInput}, or the recipe its compiled measure builds one from.
     * Before the measure is scored, its evidence (or null): the evidence checks put it there, and the run
     * replaces it with the detail.
     */
    final Object[] detail;
    /**
     * Measure m's exact points at [2m] / [2m + 1] (not reduced); its contribution in units of the scale at
     * [2n + m]; section s's shown score in units at [3n + s].
     */
    private final long[] numbers;
    /** The same positions as {@link #numbers} (halved for the points) for numbers beyond a long; null while none is. */
    private Object[] big;

    ReviewData(Scorer scorer, Evidence evidence, int measures, int sections) {
        this.scorer = scorer;
        this.evidence = evidence;
        this.n = measures;
        this.status = new byte[measures];
        this.detail = new Object[measures];
        this.numbers = new long[3 * measures + sections];
    }

    // ---- written by the run

    /**
     * Measure m's {@link MeasureEvidence}, as the checks put it, until the run replaces it with the
     * detail; not cast here, as the measure casts it to its family's record type.
     */
    Object evidenceOf(int m) {
        return detail[m];
    }

    void keepWeights(RenormalisedWeights weights) {
        this.w = weights;
    }

    void keepStatus(int m, byte ordinal) {
        status[m] = ordinal;
    }

    void keepPoints(int m, MutableRational exact) {
        if (exact.small()) {
            numbers[2 * m] = exact.numerator();
            numbers[2 * m + 1] = exact.denominator();
        } else {
            big()[m] = exact.toRational();
        }
    }

    void keepSectionScore(int s, MutableRational exact) {
        long units = exact.roundedUnits(scorer.scale);
        if (units != Long.MIN_VALUE) {
            numbers[3 * n + s] = units;
        } else {
            big()[2 * n + s] = exact.toBigDecimal(scorer.scale);
        }
    }

    void keepSectionUnits(int s, long units) {
        numbers[3 * n + s] = units;
    }

    void keepUnits(int m, long units) {
        numbers[2 * n + m] = units;
    }

    void keepUnits(int m, BigInteger units) {
        big()[n + m] = units;
    }

    private Object[] big() {
        if (big == null) {
            big = new Object[numbers.length];
        }
        return big;
    }

    // ---- read by the run and by the deferred lists

    private MeasureStatus status(int m) {
        return STATUS[status[m]];
    }

    /** Measure m's exact points, a fresh value; only for a measure with points. */
    private MutableRational points(int m) {
        Object b = big == null ? null : big[m];
        return b != null ? new MutableRational().set((Fraction) b) : new MutableRational().set(numbers[2 * m], numbers[2 * m + 1]);
    }

    /** Measure m's points at the rubric's scale, or null when it was left out. */
    BigDecimal shownPoints(int m) {
        return status(m) == MeasureStatus.LEFT_OUT ? null : points(m).toBigDecimal(scorer.scale);
    }

    /**
     * Section s's score in units of the rubric's scale, or {@link Long#MIN_VALUE} when it was left out or
     * does not fit a long.
     */
    long sectionUnits(int s) {
        if (w.sectionLeftOut[s] || (big != null && big[2 * n + s] != null)) {
            return Long.MIN_VALUE;
        }
        return numbers[3 * n + s];
    }

    /** Section s's score at the rubric's scale, or null when it was left out. */
    BigDecimal sectionScore(int s) {
        if (w.sectionLeftOut[s]) {
            return null;
        }
        Object b = big == null ? null : big[2 * n + s];
        return b != null ? (BigDecimal) b : BigDecimal.valueOf(numbers[3 * n + s], scorer.scale);
    }

    private BigInteger bigUnits(int m) {
        Object b = big == null ? null : big[n + m];
        return b != null ? (BigInteger) b : null;
    }

    private BigDecimal contribution(int m) {
        BigInteger b = bigUnits(m);
        return b != null ? new BigDecimal(b, scorer.scale) : BigDecimal.valueOf(numbers[2 * n + m], scorer.scale);
    }

    /** The sum of a section's apportioned contributions. */
    private BigDecimal sectionContribution(Scorer.CompiledSection cs) {
        int end = cs.first() + cs.measures().size();
        long units = 0;
        boolean overflow = false;
        for (int m = cs.first(); m < end; m++) {
            if (bigUnits(m) != null) {
                overflow = true;
                break;
            }
            long u = numbers[2 * n + m];
            long sum = units + u;
            overflow |= ((units ^ sum) & (u ^ sum)) < 0;
            units = sum;
        }
        if (!overflow) {
            return BigDecimal.valueOf(units, scorer.scale);
        }
        BigInteger total = BigInteger.ZERO;
        for (int m = cs.first(); m < end; m++) {
            BigInteger b = bigUnits(m);
            total = total.add(b != null ? b : BigInteger.valueOf(numbers[2 * n + m]));
        }
        return new BigDecimal(total, scorer.scale);
    }

    private MeasureInput input(int m) {
        Object d = detail[m];
        if (d instanceof MeasureInput mi) {
            return mi;
        }
        CompiledMeasure cm = scorer.measures[m];
        return cm.input(d, evidence.measures().get(cm.id));
    }

    /**
     * The review's sections, built when first read. Call once every figure is kept: the run writes the
     * data's fields (the weights and the numbers beyond a long among them, which are not final) before it
     * makes the review, and a reader reaches the data only through the review's final fields (the lists',
     * the provenance's), so the freeze at the end of the review's construction publishes them all.
     */
    List<SectionResult> sections() {
        return DeferredList.of(this::buildSections);
    }

    /** The review's reasons, built when first read; call once every figure is kept (see {@link #sections()}). */
    List<Reason> reasons() {
        return DeferredList.of(this::buildReasons);
    }

    private List<SectionResult> buildSections() {
        Scorer.CompiledSection[] sections = scorer.sectionArray;
        SectionResult[] results = new SectionResult[sections.length];
        for (int s = 0; s < sections.length; s++) {
            Scorer.CompiledSection cs = sections[s];
            int size = cs.measures().size();
            MeasureResult[] measures = new MeasureResult[size];
            for (int k = 0; k < size; k++) {
                int m = cs.first() + k;
                CompiledMeasure cm = scorer.measures[m];
                BigDecimal shown = shownPoints(m);
                measures[k] = new MeasureResult(cm.id, cm.section, cm.measure.weight(), w.overallPercent[m],
                        Optional.ofNullable(shown), contribution(m), input(m), status(m));
            }
            results[s] = new SectionResult(cs.section().name(), cs.section().weight(), w.sectionPercent[s],
                    Optional.ofNullable(sectionScore(s)), sectionContribution(cs), List.of(measures));
        }
        return List.of(results);
    }

    /**
     * The reasons: every measure with points whose impact on the overall against 100 points is not 0,
     * largest first (ties to the measure declared first).
     */
    private List<Reason> buildReasons() {
        MutableRational[] impact = new MutableRational[n];
        int[] moved = new int[n];
        int count = 0;
        for (int m = 0; m < n; m++) {
            if (status(m) == MeasureStatus.LEFT_OUT) {
                continue;
            }
            MutableRational i = points(m).multiply(w.overall[m]).subtract(w.baseline[m]);
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
            moved[at] = m;
            impact[at] = i;
            count++;
        }
        Reason[] reasons = new Reason[count];
        for (int k = 0; k < count; k++) {
            int m = moved[k];
            CompiledMeasure cm = scorer.measures[m];
            reasons[k] = new Reason(cm.id, cm.section, impact[k].toBigDecimal(scorer.scale), shownPoints(m),
                    status(m) == MeasureStatus.COUNTED_AS_ZERO);
        }
        return List.of(reasons);
    }

    /** The evidence fingerprint, for the review's provenance. */
    @Override
    public String get() {
        return Fingerprint.of(evidence);
    }
}
