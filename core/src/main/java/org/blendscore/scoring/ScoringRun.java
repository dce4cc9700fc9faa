package org.blendscore.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
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
 * {@link ReviewData} (every measure's status and exact points, every contribution and section score,
 * and each measure's detail), from which the review's sections and reasons are built.
 */
final class ScoringRun {

    private static final byte SCORED = (byte) MeasureStatus.SCORED.ordinal();
    private static final byte LEFT_OUT = (byte) MeasureStatus.LEFT_OUT.ordinal();
    private static final byte COUNTED_AS_ZERO = (byte) MeasureStatus.COUNTED_AS_ZERO.ordinal();

    private final Scorer scorer;
    private final Rubric rubric;
    private final int scale;
    private final Slot[] all;
    private final TargetTime time;
    private final MutableRational overallExact = new MutableRational();
    private final MutableRational sectionExact = new MutableRational();
    private final boolean[] scoredScratch;
    /** Scratch for {@link #distribute}: measure positions ordered by remainder. */
    private final int[] byRemainder;
    /**
     * The review's warnings so far, in order: the first {@code warned} of the array, which is the
     * review's own (made when the first warning comes), not the workspace's.
     */
    private Warning[] warnings;
    private int warned;

    /**
     * One measure's state during the run: its outcome, then its weighing and apportionment. Holds
     * numbers and shared objects only: a reused workspace is long-lived, and a reference to a new
     * object stored into it would cost the garbage collector's write barrier its slow path.
     */
    private static final class Slot extends MeasureOutcome {
        final CompiledMeasure measure;
        final int order;
        /** The {@link MeasureStatus} ordinal. */
        byte status;
        /** The apportioned contribution in units of the scale; {@code bigUnits} instead when a number outgrew a long. */
        long units;
        BigInteger bigUnits;
        /** What remains of the exact contribution above {@code units}: remainder / remainderOf, in [0, 1). */
        long remainder;
        long remainderOf;
        /** remainder / remainderOf as a double, within a few parts in 10^16 of it. */
        double fraction;

        Slot(CompiledMeasure measure, int order) {
            this.measure = measure;
            this.order = order;
        }

        /**
         * Clears the slot for the next review: no reference to this review's objects stays, and what the
         * next review reads before writing is reset. The numbers (status, units, remainders) are always
         * written before they are read.
         */
        void clear() {
            reset();
            if (bigUnits != null) {
                bigUnits = null;
            }
            tallied = false;
        }
    }

    /**
     * A workspace for the scorer's rubric.
     *
     * @param scorer the compiled rubric
     */
    ScoringRun(Scorer scorer) {
        this.scorer = scorer;
        this.rubric = scorer.rubric();
        this.scale = rubric.scale();
        int n = scorer.measures.length;
        this.all = new Slot[n];
        for (int i = 0; i < n; i++) {
            all[i] = new Slot(scorer.measures[i], i);
        }
        this.scoredScratch = n > PatternCache.MAX_PARTS ? new boolean[n] : null;
        this.byRemainder = new int[n];
        this.time = scorer.time;
    }

    /**
     * The data of a new review of this evidence, which receives each measure's evidence from
     * the checks (see {@link EvidenceChecks#check(Evidence, Object[], MeasureOutcome[])}).
     */
    ReviewData begin(Evidence evidence) {
        return new ReviewData(scorer, evidence, all.length, scorer.sectionArray.length);
    }

    /**
     * Scores every measure into its slot and its detail into the review's data, and settles each
     * measure's status under the rubric's policy for missing evidence, with its warnings.
     *
     * @param scored receives which measures have points when a rubric has too many for a pattern of bits; else null
     * @return which measures have points, as bits by position (when {@code scored} is null)
     * @throws InvalidEvidenceException when evidence is missing under the REJECT policy
     */
    private long evaluate(Evidence evidence, ReviewData data, boolean[] scored, TargetContext targets) {
        MissingEvidencePolicy policy = rubric.missingEvidence();
        List<EvidenceProblem> missing = null;
        long pattern = 0;
        for (int i = 0; i < all.length; i++) {
            Slot slot = all[i];
            CompiledMeasure cm = slot.measure;
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
            if (scored != null) {
                scored[i] = slot.hasPoints;
            } else if (slot.hasPoints) {
                pattern |= 1L << i;
            }
        }
        if (missing != null) {
            throw new InvalidEvidenceException(missing);
        }
        return pattern;
    }


    /** The outcomes by measure, in declaration order, for the evidence checks' tallies. */
    MeasureOutcome[] outcomes() {
        return all;
    }

    /** Lets go of the last review, so that a pooled run holds none of it and starts the next one clear. */
    void release() {
        for (Slot slot : all) {
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
    Review review(Evidence evidence, ReviewData data, Optional<LocalDate> asOf) {
        warnings = null;
        warned = 0;
        int n = all.length;
        // which measures have points: as bits while there are few enough measures, else as an array
        boolean[] scored = scoredScratch;
        long pattern = evaluate(evidence, data, scored, new TargetContext(time, rubric.targets(), evidence, asOf));

        // renormalise measures within sections, then sections within the rubric
        RenormalisedWeights w = scorer.weights(scored, pattern);
        Scorer.CompiledSection[] sections = scorer.sectionArray;
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
            Slot slot = all[m];
            data.keepStatus(m, slot.status);
            if (slot.hasPoints) {
                data.keepPoints(m, slot.exact);
                // the exact contribution, in place
                slot.exact.multiply(w.overall[m]);
            }
        }
        // each contribution's floor in units and what remains; then the section scores and the overall:
        // from the floors and the remainders as doubles where that decides the rounding, else exactly
        boolean floorsFit = floors();
        long overallUnits = floorsFit ? approximateTotals(data, w, sections) : exactTotals(data, w, sections);
        BigDecimal overall = overallUnits != Long.MIN_VALUE ? BigDecimal.valueOf(overallUnits, scale) : overallExact.toBigDecimal(scale);
        boolean bigUnits = overallUnits == Long.MIN_VALUE || !floorsFit;
        if (bigUnits) {
            apportionBig(overall);
        } else {
            distribute(overallUnits);
        }
        for (int m = 0; m < n; m++) {
            if (bigUnits) {
                data.keepUnits(m, all[m].bigUnits);
            } else {
                data.keepUnits(m, all[m].units);
            }
        }

        int rawIndex = scorer.bandIndex(overall, overallUnits);
        int finalIndex = guarded(data, rawIndex);
        String band = scorer.bandLabels[finalIndex];
        Optional<String> before = finalIndex != rawIndex ? scorer.bandBefore.get(rawIndex) : Optional.empty();
        Provenance provenance = new Provenance(rubric.id(), rubric.version(), data.fingerprint());
        return new Review(evidence.subjectId(), evidence.period(), overall, band, before, data.sections(),
                data.reasons(), warned == 0 ? List.of() : Lists.of(warnings, warned), provenance, asOf);
    }

    /**
     * The band after the rubric's guards: the lowest band a guard whose condition holds caps at, if
     * below the band of the overall; warns of each cap and of each guard that could not be evaluated.
     */
    private int guarded(ReviewData data, int rawIndex) {
        int finalIndex = rawIndex;
        for (Scorer.CompiledGuard g : scorer.guards) {
            int inUnits = g.onSection() && g.ref() >= 0 ? g.holdsInUnits(data.sectionUnits(g.ref())) : -1;
            if (inUnits == 0) {
                continue;
            }
            BigDecimal score = g.ref() < 0 ? null : g.onSection() ? data.sectionScore(g.ref()) : data.shownPoints(g.ref());
            if (score == null) {
                warn(g.notEvaluated());
            }
            if (score != null && (inUnits == 1 || g.guard().condition().comparison().holds(score, g.guard().condition().threshold()))) {
                int capIndex = g.capIndex();
                if (capIndex < 0) {
                    throw new IllegalStateException("band " + g.guard().capAt() + " was checked when the rubric was built");
                }
                if (capIndex > rawIndex) {
                    warn(capped(g, score, rawIndex));
                }
                finalIndex = Math.max(finalIndex, capIndex);
            }
        }
        return finalIndex;
    }

    /** The warning that a guard capped the band (rare: kept out of the scoring loop). */
    private Warning capped(Scorer.CompiledGuard g, BigDecimal score, int rawIndex) {
        return WarningMessages.bandCapped(g.index(), g.guard().capAt(), g.guard().condition(), score,
                rubric.bands().get(rawIndex).label());
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
    private static List<EvidenceProblem> collectMissing(Evidence evidence, Slot slot, MeasureInput input, List<EvidenceProblem> missing) {
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

    /** The sum of the scored measures' floors, and how many there are: set by {@link #floors}. */
    private long floorSum;
    private int floorCount;

    /**
     * Largest-remainder apportionment, first part: every exact contribution is rounded down to the scale,
     * and what remains kept as a fraction of a unit. Works in longs.
     *
     * @return false if a number does not fit a long; then {@link #apportionBig} apportions in BigIntegers
     */
    private boolean floors() {
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
                slot.fraction = (double) slot.remainder / den;
                slot.units = u;
                floorSum = sum;
                count++;
            }
        }
        this.floorSum = floorSum;
        this.floorCount = count;
        return true;
    }

    /** Below this magnitude (2^40) units and sums are exact as doubles, with room to spare. */
    private static final double EXACT_DOUBLES = 0x1p40;
    /** How close to a half a sum of remainders as doubles may come before the rounding is decided exactly. */
    private static final double TIE_TOLERANCE = 1e-9;

    /**
     * The section scores and the overall in units, rounded half-even, from the contributions' floors and
     * remainders (see {@link #floors}), with the remainders as doubles: each within a few parts in 10^16
     * of its exact value, so a sum that is not within a billionth (times its size) of a half rounds the
     * way the exact sum does. A sum too close to a half (a true tie, more often than not) or too large
     * to tell is decided exactly instead: a section's score by {@link #exactSection}, the overall by
     * adding up all contributions. Keeps the section scores in the review's data.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is then in {@link #overallExact}
     */
    private long approximateTotals(ReviewData data, RenormalisedWeights w, Scorer.CompiledSection[] sections) {
        double overallRemainders = 0;
        for (int s = 0; s < sections.length; s++) {
            if (w.sectionLeftOut[s]) {
                continue;
            }
            Scorer.CompiledSection cs = sections[s];
            int end = cs.first() + cs.measures().size();
            long units = 0;
            double remainders = 0;
            boolean small = true;
            for (int m = cs.first(); m < end; m++) {
                Slot slot = all[m];
                if (slot.hasPoints) {
                    small &= Math.abs((double) slot.units) < EXACT_DOUBLES;
                    units += slot.units;
                    remainders += slot.fraction;
                }
            }
            double reciprocal = w.sectionReciprocalApprox[s];
            long score = small ? roundedIfClear(((double) units + remainders) * reciprocal, 1 + reciprocal) : Long.MIN_VALUE;
            if (score == Long.MIN_VALUE) {
                exactSection(data, w, cs, s);
            } else {
                data.keepSectionUnits(s, score);
            }
            overallRemainders += remainders;
        }
        long extra = roundedIfClear(overallRemainders, 1);
        return extra != Long.MIN_VALUE ? floorSum + extra : exactOverall();
    }

    /**
     * The overall in units, exactly: the sum of all contributions, rounded half-even.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is in {@link #overallExact} either way
     */
    private long exactOverall() {
        overallExact.setZero();
        for (Slot slot : all) {
            if (slot.hasPoints) {
                overallExact.add(slot.exact);
            }
        }
        return overallExact.roundedUnits(scale);
    }

    /** A section's score, exactly: the sum of its contributions over its share. Keeps it in the review's data. */
    private void exactSection(ReviewData data, RenormalisedWeights w, Scorer.CompiledSection cs, int s) {
        int end = cs.first() + cs.measures().size();
        sectionExact.setZero();
        for (int m = cs.first(); m < end; m++) {
            if (all[m].hasPoints) {
                sectionExact.add(all[m].exact);
            }
        }
        // as overall[m] = share[s] x inSection[m]
        data.keepSectionScore(s, sectionExact.multiply(w.sectionReciprocal[s]));
    }

    /**
     * A double rounded half-even to a whole number, when it is far enough from a half (and small enough)
     * that its error, relative to its size and to {@code scale}, cannot change the rounding; else
     * {@link Long#MIN_VALUE}.
     */
    private static long roundedIfClear(double v, double scale) {
        if (!(Math.abs(v) < EXACT_DOUBLES)) {
            return Long.MIN_VALUE;
        }
        double whole = Math.floor(v);
        double fraction = v - whole;
        if (Math.abs(fraction - 0.5) <= TIE_TOLERANCE * (1 + Math.abs(v)) * scale) {
            return Long.MIN_VALUE;
        }
        return (long) whole + (fraction > 0.5 ? 1 : 0);
    }

    /**
     * The section scores and the overall, exactly: the sums of the contributions (each section's over its
     * share for its score). Keeps the section scores in the review's data.
     *
     * @return the overall in units, or {@link Long#MIN_VALUE} when it does not fit a long; the exact
     *     overall is then in {@link #overallExact}
     */
    private long exactTotals(ReviewData data, RenormalisedWeights w, Scorer.CompiledSection[] sections) {
        for (int s = 0; s < sections.length; s++) {
            if (!w.sectionLeftOut[s]) {
                exactSection(data, w, sections[s], s);
            }
        }
        return exactOverall();
    }

    /**
     * Largest-remainder apportionment, second part: the units missing from the floors to reach the
     * rounded overall go, one each, to the largest remainders (ties: the measure declared first).
     */
    private void distribute(long overallUnits) {
        long deficit = overallUnits - floorSum;
        int count = floorCount;
        if (deficit > count) {
            throw new IllegalStateException("apportioning " + deficit + " units over " + count + " measures");
        }
        if (deficit <= 0) {
            return;
        }
        // the scored measures by remainder, largest first, in declaration order among equal remainders
        // (an insertion sort, stable: a measure moves ahead of another only with a strictly larger remainder)
        int[] order = byRemainder;
        int sorted = 0;
        for (int m = 0; m < all.length; m++) {
            Slot slot = all[m];
            if (!slot.hasPoints) {
                continue;
            }
            int j = sorted++;
            while (j > 0 && largerRemainder(slot, all[order[j - 1]])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = m;
        }
        for (int k = 0; k < deficit; k++) {
            all[order[k]].units++;
        }
    }

    /**
     * Whether a's remainder is larger than b's: by their doubles when they are more than a billionth
     * apart (each is within a few parts in 10^16 of its exact value, and both lie in [0, 1)), else exactly.
     */
    private static boolean largerRemainder(Slot a, Slot b) {
        double d = a.fraction - b.fraction;
        if (d > TIE_TOLERANCE) {
            return true;
        }
        if (d < -TIE_TOLERANCE) {
            return false;
        }
        return MutableRational.compareProducts(a.remainder, b.remainderOf, b.remainder, a.remainderOf) > 0;
    }

    /** The apportionment of {@link #floors} and {@link #distribute} in BigIntegers, for numbers beyond a long. */
    private void apportionBig(BigDecimal overall) {
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
}
