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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureInput;
import org.blendscore.review.RatingInput;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.Warning;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;

/**
 * Scores a rating measure: each source's usable ratings aggregated (mean or median) and turned into
 * points on the rating scale, the sources that reached their minimum weighed and renormalised.
 */
final class RatingScoring extends CompiledMeasure {
    /** Ratings in the review: by rater, then value (N/A first), then comment, so that evidence order never shows. */
    private static final Comparator<Rating> BY_RATER = (a, b) -> {
        int c = a.raterId().compareTo(b.raterId());
        if (c != 0) {
            return c;
        }
        c = a.source().compareTo(b.source());
        if (c != 0) {
            return c;
        }
        if (a.value().isPresent() != b.value().isPresent()) {
            return a.value().isPresent() ? 1 : -1;
        }
        if (a.value().isPresent()) {
            c = a.value().get().compareTo(b.value().get());
            if (c != 0) {
                return c;
            }
        }
        return a.comment().orElse("").compareTo(b.comment().orElse(""));
    };

    /** Precomputed shortfall warnings for sources needing at most this many ratings. */
    private static final int MAX_PRECOMPUTED_SHORTFALL = 16;

    private final RatingMeasure m;
    private final RatingScalePoints scalePoints;
    private final String[] sourceName;
    private final int[] minRatings;
    private final Fraction[] sourceWeight;
    /** By source, its anonymity threshold of distinct raters, or 0 for a signed source. */
    private final int[] minRaters;
    /** Whether any source declares an anonymity threshold. */
    private final boolean anyAnonymous;
    /** The renormalised source weights for each pattern of sources that count, or null with too many sources. */
    private final PatternCache<SourceShares> shares;
    /** By source and number of usable ratings below its minimum: the warning, or null when built as needed. */
    private final Warning[][] shortfall;

    /** The sources' shares of the measure for one pattern of counting sources, exact and as percentages. */
    private record SourceShares(Fraction[] share, BigDecimal[] percent) {
    }

    /** Sources of at most this many whole-number ratings have their figures computed once per count and sum. */
    private static final int MAX_FIGURED_COUNT = 8;
    /** Scales spanning at most this many whole numbers (from min to max) do. */
    private static final int MAX_FIGURED_SPAN = 100;

    /**
     * What one review found for one source: how many usable ratings it had, and when they reached the
     * source's minimum, its value and points (exact and shown). The figures of few whole-number ratings
     * depend only on their count and sum (mean aggregation), and are shared by every review with the same.
     */
    private record SourceFigures(int usable, Optional<BigDecimal> value, Optional<BigDecimal> points, Fraction exactPoints) {
    }

    /** By source and number of usable ratings below its minimum: its figures (counts only), or null when made as needed. */
    private final SourceFigures[][] belowMinimum;
    /**
     * Why the measure had no points, by the sources' usable counts (all below their minimums, in mixed
     * radix), filled as they occur; null when there are too many combinations to keep.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> missingReasons;
    /** How many reasons {@link #missingReasons} keeps at most. */
    private static final int MAX_MISSING_REASONS = 1024;

    /**
     * The figures by count and sum, filled as they occur; null when the scale is not whole numbers
     * within {@value #MAX_FIGURED_SPAN} of each other or the aggregation is not the mean.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<SourceFigures> figures;
    private final long scaleMin;
    private final int figureStride;


    /** The points by the tally of the ratings, or null when the measure does not qualify (see {@link RatingTallyTable}). */
    private final RatingTallyTable table;

    /** What a measure scored from its {@link RatingTallyTable} leaves for its input: the tally's key. */
    private record Tally(long key) {
    }

    /** The measure's calibration, or null when it has none (no calibrated scorer, or no source declares it). */
    private final RaterOffsets offsets;

    RatingScoring(RatingMeasure m, String section, int scale, MissingEvidencePolicy policy, RaterOffsets offsets) {
        super(m, section, scale, policy);
        this.m = m;
        this.offsets = offsets;
        RatingScale s = m.scale();
        this.scalePoints = new RatingScalePoints(s);
        int n = m.sources().size();
        sourceName = new String[n];
        minRatings = new int[n];
        sourceWeight = new Fraction[n];
        minRaters = new int[n];
        shortfall = new Warning[n][];
        belowMinimum = new SourceFigures[n][];
        long combinations = 1;
        for (int i = 0; i < n; i++) {
            RatingSource src = m.sources().get(i);
            sourceName[i] = src.name();
            minRatings[i] = src.minRatings();
            sourceWeight[i] = Fraction.of(src.weight());
            minRaters[i] = src.anonymity().map(a -> a.minRaters()).orElse(0);
            if (src.minRatings() <= MAX_PRECOMPUTED_SHORTFALL) {
                shortfall[i] = new Warning[src.minRatings()];
                belowMinimum[i] = new SourceFigures[src.minRatings()];
                for (int usable = 0; usable < src.minRatings(); usable++) {
                    shortfall[i][usable] = sourceWarning(src, usable);
                    belowMinimum[i][usable] = new SourceFigures(usable, Optional.empty(), Optional.empty(), null);
                }
            }
            combinations = Math.min(MAX_MISSING_REASONS + 1L, combinations * Math.max(1, src.minRatings()));
        }
        anyAnonymous = java.util.Arrays.stream(minRaters).anyMatch(t -> t > 0);
        missingReasons = combinations <= MAX_MISSING_REASONS
                ? new java.util.concurrent.atomic.AtomicReferenceArray<>((int) combinations) : null;
        shares = n <= PatternCache.MAX_PARTS ? new PatternCache<>(n, this::sharesOf) : null;
        boolean whole = s.min().stripTrailingZeros().scale() <= 0 && s.max().stripTrailingZeros().scale() <= 0
                && s.max().subtract(s.min()).compareTo(BigDecimal.valueOf(MAX_FIGURED_SPAN)) <= 0
                && s.min().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
        if (whole && m.aggregation() == org.blendscore.rubric.Aggregation.MEAN) {
            scaleMin = s.min().longValueExact();
            figureStride = s.max().subtract(s.min()).intValueExact() * MAX_FIGURED_COUNT + 1;
            figures = new java.util.concurrent.atomic.AtomicReferenceArray<>(MAX_FIGURED_COUNT * figureStride);
        } else {
            scaleMin = 0;
            figureStride = 0;
            figures = null;
        }
        this.table = figures == null ? null
                : RatingTallyTable.of(m, scalePoints, scaleMin, (figureStride - 1) / MAX_FIGURED_COUNT, policy);
    }


    /** The shares when the sources in {@code pattern} count (scored or counted as 0) and the others are left out. */
    private SourceShares sharesOf(long pattern) {
        boolean[] counts = new boolean[sourceWeight.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (pattern & (1L << i)) != 0;
        }
        return sharesOf(counts);
    }

    private SourceShares sharesOf(boolean[] counts) {
        int n = counts.length;
        Fraction used = Fraction.ZERO;
        for (int i = 0; i < n; i++) {
            if (counts[i]) {
                used = used.add(sourceWeight[i]);
            }
        }
        Fraction[] share = new Fraction[n];
        BigDecimal[] percent = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            share[i] = !counts[i] || used.signum() == 0 ? Fraction.ZERO : sourceWeight[i].divide(used);
            percent[i] = RenormalisedWeights.percent(share[i]);
        }
        return new SourceShares(share, percent);
    }


    /** The warning for source {@code i} with {@code usable} ratings, below its minimum: precomputed, or made now. */
    private Warning shortfallWarning(int i, int usable) {
        return shortfall[i] != null ? shortfall[i][usable] : sourceWarning(m.sources().get(i), usable);
    }

    /** The figures of source {@code i} with {@code usable} ratings, below its minimum: shared, or made now. */
    private SourceFigures belowMinimumFigures(int i, int usable) {
        return belowMinimum[i] != null ? belowMinimum[i][usable] : new SourceFigures(usable, Optional.empty(), Optional.empty(), null);
    }


    private int sourceIndex(String name) {
        for (int i = 0; i < sourceName.length; i++) {
            if (sourceName[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Scores the measure from the tally of its ratings: each source's usable count, and the sum of its
     * whole-number ratings.
     */
    @Override
    MeasureInput evaluate(Object evidence, TargetContext context, MeasureOutcome out) {
        List<Rating> all = evidence == null ? List.of() : ((Ratings) evidence).ratings();
        int n = sourceName.length;
        boolean[] withheld = anyAnonymous ? withheld(all) : null;
        if (withheld != null) {
            // nothing of a source below its anonymity threshold goes further: it is scored as a source without ratings
            all = without(all, withheld);
        }
        // usable[i] at i, and at n + i whether source i has a rating that is not a small whole number;
        // every rating's source was checked to be the measure's (any other would be ignored)
        // with a calibration, the calibrated ratings are scored and the ratings as given are shown beside them
        List<Rating> counted = offsets == null ? all : offsets.apply(all);
        out.startTally(n);
        for (int k = 0; k < counted.size(); k++) { // by index, no iterator: an immutable copy or an ArrayList
            Rating r = counted.get(k);
            int i = sourceIndex(r.source());
            if (r.value().isPresent() && i >= 0) {
                out.countRating(i, n, r.value().get());
            }
        }
        Object recipe = withheld == null && offsets == null ? score(counted, out.tallyCounts(), out.tallySums(), out)
                : weigh(counted, out.tallyCounts(), out.tallySums(), out, withheld);
        return input(recipe, all, withheld, out);
    }

    /**
     * By source, whether it has fewer distinct raters with a usable rating than its anonymity
     * threshold; null when none has.
     */
    private boolean[] withheld(List<Rating> all) {
        boolean[] below = null;
        for (int i = 0; i < sourceName.length; i++) {
            if (minRaters[i] == 0) {
                continue;
            }
            java.util.Set<String> raters = new java.util.HashSet<>();
            for (Rating r : all) {
                if (r.value().isPresent() && r.source().equals(sourceName[i])) {
                    raters.add(r.raterId());
                }
            }
            if (raters.size() < minRaters[i]) {
                below = below == null ? new boolean[sourceName.length] : below;
                below[i] = true;
            }
        }
        return below;
    }

    /** The ratings of the sources that are not withheld. */
    private List<Rating> without(List<Rating> all, boolean[] withheld) {
        List<Rating> kept = new ArrayList<>(all.size());
        for (Rating r : all) {
            int i = sourceIndex(r.source());
            if (i < 0 || !withheld[i]) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * Scores the measure from the tally of its ratings; returns its detail: a {@link Tally} when it
     * was scored from its {@link RatingTallyTable}, else the sources' figures.
     */
    private Object score(List<Rating> all, int[] counts, long[] sums, MeasureOutcome out) {
        long key = table == null ? RatingTallyTable.NOT_A_STATE : table.score(counts, sums, out.exact);
        if (key == RatingTallyTable.NOT_A_STATE) {
            return weigh(all, counts, sums, out, null);
        }
        int n = sourceName.length;
        boolean anyScored = false;
        for (int i = 0; i < n; i++) {
            anyScored |= counts[i] >= minRatings[i];
        }
        if (!anyScored) {
            // no points: left out, or (under COUNT_AS_ZERO) counted as 0 by the run, which reports the reason
            out.missing(missingReason(counts, n));
            return new Tally(key);
        }
        for (int i = 0; i < n; i++) {
            if (counts[i] < minRatings[i]) {
                out.warn(shortfallWarning(i, counts[i]));
            }
        }
        out.scored();
        return new Tally(key);
    }

    /** The sources' figures of a review's detail: as kept, or made from its {@link Tally}. */
    private SourceFigures[] found(Object recipe) {
        if (!(recipe instanceof Tally t)) {
            return (SourceFigures[]) recipe;
        }
        int n = sourceName.length;
        SourceFigures[] found = new SourceFigures[n];
        for (int i = 0; i < n; i++) {
            int usable = RatingTallyTable.usable(t.key(), i, n);
            found[i] = usable >= minRatings[i] ? figures(usable, table.sum(t.key(), i, n)) : belowMinimumFigures(i, usable);
        }
        return found;
    }

    /** Weighs the sources' figures into the measure's points; returns the sources' figures, its detail. */
    private SourceFigures[] weigh(List<Rating> all, int[] counts, long[] sums, MeasureOutcome out, boolean[] withheld) {
        int n = sourceName.length;
        long pattern = 0;
        boolean anyScored = false;
        for (int i = 0; i < n; i++) {
            boolean scored = counts[i] >= minRatings[i];
            anyScored |= scored;
            if (scored || policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                pattern |= 1L << (i & 63);
            }
        }
        SourceShares sh = shares != null ? shares.get(pattern) : sharesOf(counting(counts, n));
        MutableRational total = out.exact.setZero();
        SourceFigures[] found = new SourceFigures[n];
        for (int i = 0; i < n; i++) {
            int usable = counts[i];
            if (usable >= minRatings[i]) {
                SourceFigures f = counts[n + i] == 0 ? figures(usable, sums[i]) : null;
                if (f == null) {
                    f = computedFigures(all, i, usable, out);
                }
                found[i] = f;
                total.add(out.scratch.set(f.exactPoints()).multiply(sh.share()[i]));
            } else {
                found[i] = belowMinimumFigures(i, usable);
                if (anyScored) {
                    out.warn(withheld != null && withheld[i] ? withheldWarning(i) : shortfallWarning(i, usable));
                }
            }
        }
        if (!anyScored) {
            // no points: left out, or (under COUNT_AS_ZERO) counted as 0 by the run, which reports the reason
            out.missing(withheld == null ? missingReason(counts, n)
                    : WarningMessages.noSourceEnough(describeShortfall(counts, n, withheld)));
            return found;
        }
        out.scored();
        return found;
    }

    /** The review's input: each source with its ratings (by rater), weights, figures and status. */
    private RatingInput input(Object recipe, List<Rating> all, boolean[] withheld, MeasureOutcome out) {
        SourceFigures[] found = found(recipe);
        int n = sourceName.length;
        int[] usable = new int[n];
        for (int i = 0; i < n; i++) {
            usable[i] = found[i].usable();
        }
        SourceShares sh = shares != null ? shares.get(countingPattern(usable, n)) : sharesOf(counting(usable, n));
        SourceResult[] results = new SourceResult[n];
        // one array for every source's ratings in turn: Lists.of copies what it keeps
        int size = all.size();
        Rating[] picked = new Rating[size];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int k = 0; k < size; k++) {
                Rating r = all.get(k);
                if (r.source().equals(sourceName[i])) {
                    picked[c++] = r;
                }
            }
            Arrays.sort(picked, 0, c, BY_RATER); // stable, as List.sort was
            List<Rating> mine = Lists.of(picked, c);
            RatingSource src = m.sources().get(i);
            SourceFigures f = found[i];
            SourceStatus status;
            Optional<BigDecimal> shownPoints = f.points();
            if (f.usable() >= minRatings[i]) {
                status = SourceStatus.SCORED;
            } else if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                status = SourceStatus.COUNTED_AS_ZERO;
                shownPoints = Optional.of(BigDecimal.ZERO.setScale(scale));
            } else {
                status = SourceStatus.LEFT_OUT;
            }
            boolean isWithheld = withheld != null && withheld[i];
            if (offsets == null || !offsets.calibrates(src.name()) || isWithheld) {
                results[i] = new SourceResult(src.name(), src.weight(), sh.percent()[i], mine, f.usable(), src.minRatings(),
                        f.value(), shownPoints, status, src.anonymity(), isWithheld);
                continue;
            }
            SourceFigures raw = status == SourceStatus.SCORED ? computedFigures(all, i, f.usable(), out) : null;
            results[i] = new SourceResult(src.name(), src.weight(), sh.percent()[i], mine, f.usable(), src.minRatings(),
                    f.value(), shownPoints, status, src.anonymity(), false, true,
                    raw == null ? Optional.empty() : raw.value(), raw == null ? Optional.empty() : raw.points(),
                    src.anonymous() ? java.util.Map.of() : offsets.applied(src.name(), all));
        }
        return new RatingInput(List.of(results), m.aggregation());
    }

    /**
     * Under the REJECT policy, a problem for every source of a scored measure below its minimum.
     *
     * @param subjectId whose evidence it is
     * @param input the measure's input, as {@link #evaluate} made it
     * @param problems the problems so far, or null
     * @return the problems, or null when there are none
     */
    List<EvidenceProblem> shortfallProblems(String subjectId, RatingInput input, List<EvidenceProblem> problems) {
        for (int i = 0; i < minRatings.length; i++) {
            SourceResult source = input.sources().get(i);
            int usable = source.usable();
            if (usable < minRatings[i]) {
                problems = problems == null ? new ArrayList<>() : problems;
                problems.add(new EvidenceProblem(subjectId, Optional.of(id), Optional.empty(), "ratings[" + sourceName[i] + "]",
                        source.withheld() ? EvidenceMessages.tooFewRaters(sourceName[i], minRaters[i])
                                : EvidenceMessages.tooFewRatings(sourceName[i], usable, minRatings[i])));
            }
        }
        return problems;
    }

    /** Why no source had enough usable ratings, built once per combination of counts while they are few. */
    private String missingReason(int[] usable, int n) {
        int index = 0;
        int radix = 1;
        for (int i = 0; i < n && missingReasons != null; i++) {
            index += usable[i] * radix;
            radix *= Math.max(1, minRatings[i]);
        }
        String reason = missingReasons == null ? null : missingReasons.get(index);
        if (reason == null) {
            reason = WarningMessages.noSourceEnough(describeShortfall(usable, n, null));
            if (missingReasons != null) {
                missingReasons.set(index, reason);
            }
        }
        return reason;
    }

    /** The figures of a source whose ratings are not all few small whole numbers: computed for this review. */
    private SourceFigures computedFigures(List<Rating> all, int source, int usable, MeasureOutcome out) {
        Rating[] mine = new Rating[all.size()];
        int c = 0;
        for (Rating r : all) {
            if (r.source().equals(sourceName[source])) {
                mine[c++] = r;
            }
        }
        MutableRational value = out.scratch;
        MutableRational points = out.scratch2;
        aggregate(mine, c, usable, value);
        scalePoints.pointsOf(value, points);
        return new SourceFigures(usable, Optional.of(value.toBigDecimal(scale)), Optional.of(points.toBigDecimal(scale)),
                points.toRational());
    }

    /**
     * The figures of a source of {@code usable} whole-number ratings adding up to {@code sum}, when they
     * are few enough to be remembered; else null, and the caller computes them.
     */
    private SourceFigures figures(int usable, long sum) {
        if (figures == null || usable > MAX_FIGURED_COUNT) {
            return null;
        }
        // ratings were checked to be on the scale, so the sum lies between usable x min and usable x max
        long offset = sum - usable * scaleMin;
        if (offset < 0 || offset >= figureStride) {
            return null;
        }
        int index = (usable - 1) * figureStride + (int) offset;
        SourceFigures f = figures.get(index);
        if (f == null) {
            MutableRational value = new MutableRational();
            MutableRational points = new MutableRational();
            scalePoints.meanPoints(usable, sum, value, points);
            f = new SourceFigures(usable, Optional.of(value.toBigDecimal(scale)), Optional.of(points.toBigDecimal(scale)),
                    points.toRational());
            figures.set(index, f);
        }
        return f;
    }

    /** The sources that count (scored, or counted as 0 under that policy), as bits by position; see {@link #counting}. */
    private long countingPattern(int[] usable, int n) {
        long pattern = 0;
        for (int i = 0; i < n; i++) {
            if (usable[i] >= minRatings[i] || policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
                pattern |= 1L << i;
            }
        }
        return pattern;
    }

    /** By source, whether it counts (scored, or counted as 0 under that policy). */
    private boolean[] counting(int[] usable, int n) {
        boolean[] counts = new boolean[n];
        for (int i = 0; i < n; i++) {
            counts[i] = usable[i] >= minRatings[i] || policy == MissingEvidencePolicy.COUNT_AS_ZERO;
        }
        return counts;
    }

    private String describeShortfall(int[] usable, int n, boolean[] withheld) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RatingSource s = m.sources().get(i);
            parts.add(withheld != null && withheld[i] ? WarningMessages.sourceWithheldCount(s.name(), minRaters[i])
                    : WarningMessages.sourceCount(s.name(), usable[i], s.minRatings()));
        }
        return String.join(", ", parts);
    }

    /** The warning for a source below its anonymity threshold: withheld, then left out or counted as 0 under that policy. */
    private Warning withheldWarning(int i) {
        return WarningMessages.sourceWithheld(m.id(), m.sources().get(i), minRaters[i], policy == MissingEvidencePolicy.COUNT_AS_ZERO);
    }

    /** The warning for a source below its minimum: left out, or counted as 0 under that policy. */
    private Warning sourceWarning(RatingSource src, int usable) {
        if (policy == MissingEvidencePolicy.COUNT_AS_ZERO) {
            return WarningMessages.sourceCountedAsZero(m.id(), src, usable);
        }
        return WarningMessages.sourceLeftOut(m.id(), src, usable);
    }

    /** Sets {@code out} to the source's value: the mean or median of the {@code usable} of its {@code n} ratings that are not N/A. */
    private void aggregate(Rating[] ratings, int n, int usable, MutableRational out) {
        if (m.aggregation() == org.blendscore.rubric.Aggregation.MEDIAN) {
            BigDecimal[] sorted = new BigDecimal[usable];
            int k = 0;
            for (int j = 0; j < n; j++) {
                Rating r = ratings[j];
                if (r.value().isPresent()) {
                    sorted[k++] = r.value().get();
                }
            }
            Arrays.sort(sorted);
            if (k % 2 == 1) {
                out.set(sorted[k / 2]);
            } else {
                out.set(sorted[k / 2 - 1]).add(new MutableRational().set(sorted[k / 2])).divide(2);
            }
            return;
        }
        out.setZero();
        long sum = 0;
        for (int j = 0; j < n; j++) {
            Rating r = ratings[j];
            if (r.value().isPresent()) {
                BigDecimal v = r.value().get();
                if (v.scale() == 0 && v.precision() <= 15) {
                    // whole-number ratings, the usual kind, add up in a long
                    long x = v.longValue();
                    long next = sum + x;
                    if (((sum ^ next) & (x ^ next)) < 0) {
                        out.add(new MutableRational().set(sum, 1));
                        next = x;
                    }
                    sum = next;
                } else {
                    out.add(new MutableRational().set(v));
                }
            }
        }
        out.add(new MutableRational().set(sum, 1)).divide(usable);
    }
}
