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
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Reason;
import org.blendscore.review.SectionResult;

/**
 * Review assembly, the last stage of scoring: everything one review computes is kept here as the
 * {@link ScoringRun} that scores it runs the stages (each measure's evidence, status, exact points,
 * apportioned contribution and input, and each section's shown score, with the shared weights of the
 * review's pattern of scored measures), and the review's sections (with their measures and inputs)
 * and its reasons are built from it once every figure is kept. The review keeps those records, not
 * this assembly: nothing of it outlives the run.
 */
final class ReviewAssembly {

    private static final MeasureStatus[] STATUS = MeasureStatus.values();

    private final CompiledRubric compiled;
    private final Evidence evidence;
    /** The weights of the review's pattern of scored measures; set once, before the review is made. */
    private RenormalisedWeights w;
    private final int n;
    /** Each measure's status, as an ordinal. */
    private final byte[] status;
    /**
     * Each measure's {@link MeasureEvidence}, as the evidence checks put it (null if none was given); not
     * cast here, as the measure casts it to its family's record type.
     */
    final Object[] measureEvidence;
    /** Each measure's input, as its compiled measure made it when the run scored it. */
    final MeasureInput[] inputs;
    /** Each measure's points at the rubric's scale, once made (see {@link #shownPoints}). */
    private final BigDecimal[] shownPoints;
    /** Scratch for the points as shown, which are rounded from it and kept; nothing reads it afterwards. */
    private final MutableRational scratch = new MutableRational();
    /**
     * Measure m's exact points at [2m] / [2m + 1] (not reduced); its contribution in units of the scale at
     * [2n + m]; section s's shown score in units at [3n + s].
     */
    private final long[] numbers;
    /** The same positions as {@link #numbers} (halved for the points) for numbers beyond a long; null while none is. */
    private Object[] big;

    ReviewAssembly(CompiledRubric compiled, Evidence evidence, int measures, int sections) {
        this.compiled = compiled;
        this.evidence = evidence;
        this.n = measures;
        this.status = new byte[measures];
        this.measureEvidence = new Object[measures];
        this.inputs = new MeasureInput[measures];
        this.shownPoints = new BigDecimal[measures];
        this.numbers = new long[3 * measures + sections];
    }

    // ---- written by the run

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
        long units = exact.roundedUnits(compiled.scale);
        if (units != Long.MIN_VALUE) {
            numbers[3 * n + s] = units;
        } else {
            big()[2 * n + s] = exact.toBigDecimal(compiled.scale);
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

    // ---- read by the run, and to build the records

    private MeasureStatus status(int m) {
        return STATUS[status[m]];
    }

    /** Measure m's exact points, a fresh value; only for a measure with points. */
    MutableRational exactPoints(int m) {
        return points(m);
    }

    private MutableRational points(int m) {
        return points(m, new MutableRational());
    }

    /** Measure m's exact points, written into {@code into}. */
    private MutableRational points(int m, MutableRational into) {
        Object b = big == null ? null : big[m];
        return b != null ? into.set((Fraction) b) : into.set(numbers[2 * m], numbers[2 * m + 1]);
    }

    /** Measure m's points at the rubric's scale, or null when it was left out; made once, shown by its result and its reason. */
    BigDecimal shownPoints(int m) {
        if (status(m) == MeasureStatus.LEFT_OUT) {
            return null;
        }
        BigDecimal shown = shownPoints[m];
        if (shown == null) {
            shown = points(m, scratch).toBigDecimal(compiled.scale);
            shownPoints[m] = shown;
        }
        return shown;
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
        return b != null ? (BigDecimal) b : BigDecimal.valueOf(numbers[3 * n + s], compiled.scale);
    }

    private BigInteger bigUnits(int m) {
        Object b = big == null ? null : big[n + m];
        return b != null ? (BigInteger) b : null;
    }

    private BigDecimal contribution(int m) {
        BigInteger b = bigUnits(m);
        return b != null ? new BigDecimal(b, compiled.scale) : BigDecimal.valueOf(numbers[2 * n + m], compiled.scale);
    }

    /** The sum of a section's apportioned contributions. */
    private BigDecimal sectionContribution(CompiledSection cs) {
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
            return BigDecimal.valueOf(units, compiled.scale);
        }
        BigInteger total = BigInteger.ZERO;
        for (int m = cs.first(); m < end; m++) {
            BigInteger b = bigUnits(m);
            total = total.add(b != null ? b : BigInteger.valueOf(numbers[2 * n + m]));
        }
        return new BigDecimal(total, compiled.scale);
    }

    /** The review's sections, with their measures and inputs; call once every figure is kept. */
    List<SectionResult> sections() {
        CompiledSection[] sections = compiled.sectionArray;
        SectionResult[] results = new SectionResult[sections.length];
        for (int s = 0; s < sections.length; s++) {
            CompiledSection cs = sections[s];
            int size = cs.measures().size();
            MeasureResult[] measures = new MeasureResult[size];
            for (int k = 0; k < size; k++) {
                int m = cs.first() + k;
                CompiledMeasure cm = compiled.measures[m];
                BigDecimal shown = shownPoints(m);
                measures[k] = new MeasureResult(cm.id, cm.section, cm.measure.weight(), w.overallPercent[m],
                        Optional.ofNullable(shown), contribution(m), inputs[m], status(m));
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
    List<Reason> reasons() {
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
            CompiledMeasure cm = compiled.measures[m];
            reasons[k] = new Reason(cm.id, cm.section, impact[k].toBigDecimal(compiled.scale), shownPoints(m),
                    status(m) == MeasureStatus.COUNTED_AS_ZERO);
        }
        return List.of(reasons);
    }

    /** The evidence fingerprint, for the review's provenance, by the workspace's fingerprinter. */
    String fingerprint(Fingerprinter fingerprinter) {
        return fingerprinter.of(evidence);
    }
}
