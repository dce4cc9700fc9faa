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
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
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

    private final RatingMeasure m;
    private final String[] sourceName;
    private final int[] minRatings;
    private final Fraction[] sourceWeight;
    /** By source, its anonymity threshold of distinct raters, or 0 for a signed source. */
    private final int[] minRaters;
    /** Whether any source declares an anonymity threshold. */
    private final boolean anyAnonymous;
    /** The renormalised source weights for each pattern of sources that count, or null with too many sources. */
    private final PatternCache<SourceShares> shares;
    /** The sources' figures, shared by count and sum where they can be. */
    private final RatingSourceFigures figures;
    /** The warnings and reasons of sources with too few ratings or raters. */
    private final RatingShortfalls shortfalls;

    /** The sources' shares of the measure for one pattern of counting sources, exact and as percentages. */
    private record SourceShares(Fraction[] share, BigDecimal[] percent) {
    }

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
        int n = m.sources().size();
        sourceName = new String[n];
        minRatings = new int[n];
        sourceWeight = new Fraction[n];
        minRaters = new int[n];
        for (int i = 0; i < n; i++) {
            RatingSource src = m.sources().get(i);
            sourceName[i] = src.name();
            minRatings[i] = src.minRatings();
            sourceWeight[i] = Fraction.of(src.weight());
            minRaters[i] = src.anonymity().map(a -> a.minRaters()).orElse(0);
        }
        anyAnonymous = Arrays.stream(minRaters).anyMatch(t -> t > 0);
        shares = n <= PatternCache.MAX_PARTS ? new PatternCache<>(n, this::sharesOf) : null;
        figures = new RatingSourceFigures(m, scale, new RatingScalePoints(m.scale()));
        shortfalls = new RatingShortfalls(m, policy, minRaters);
        table = figures.tallyTable(policy);
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
            out.missing(shortfalls.missingReason(counts, n));
            return new Tally(key);
        }
        for (int i = 0; i < n; i++) {
            if (counts[i] < minRatings[i]) {
                out.warn(shortfalls.belowMinimum(i, counts[i]));
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
            found[i] = usable >= minRatings[i] ? figures.remembered(usable, table.sum(t.key(), i, n)) : figures.belowMinimum(i, usable);
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
                SourceFigures f = counts[n + i] == 0 ? figures.remembered(usable, sums[i]) : null;
                if (f == null) {
                    f = figures.computed(all, i, usable, out);
                }
                found[i] = f;
                total.add(out.scratch.set(f.exactPoints()).multiply(sh.share()[i]));
            } else {
                found[i] = figures.belowMinimum(i, usable);
                if (anyScored) {
                    out.warn(withheld != null && withheld[i] ? shortfalls.withheld(i) : shortfalls.belowMinimum(i, usable));
                }
            }
        }
        if (!anyScored) {
            // no points: left out, or (under COUNT_AS_ZERO) counted as 0 by the run, which reports the reason
            out.missing(withheld == null ? shortfalls.missingReason(counts, n) : shortfalls.missingReason(counts, n, withheld));
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
            SourceFigures raw = status == SourceStatus.SCORED ? figures.computed(all, i, f.usable(), out) : null;
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
        return shortfalls.problems(subjectId, input, problems);
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
}
