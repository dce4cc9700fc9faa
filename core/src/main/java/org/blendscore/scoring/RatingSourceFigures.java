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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.blendscore.evidence.Rating;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;

/**
 * A rating measure's {@link SourceFigures}: a source's ratings aggregated (mean or median) and turned
 * into points on the scale. The figures of few whole-number ratings under the mean are remembered by
 * count and sum as they occur, and those of a source below its minimum by count, so that most reviews
 * share them; the others are computed for the review. Thread-safe: the remembered figures are set
 * atomically, and two threads that compute the same figures compute equal ones.
 */
final class RatingSourceFigures {

    /** Sources of at most this many whole-number ratings have their figures computed once per count and sum. */
    private static final int MAX_FIGURED_COUNT = 8;
    /** Scales spanning at most this many whole numbers (from min to max) do. */
    private static final int MAX_FIGURED_SPAN = 100;
    /** Sources needing at most this many ratings have their figures below the minimum made once. */
    private static final int MAX_SHARED_BELOW = 16;

    private final RatingMeasure m;
    private final int scale;
    private final RatingScalePoints scalePoints;
    private final String[] sourceName;
    /** By source and number of usable ratings below its minimum: its figures (counts only), or null when made as needed. */
    private final SourceFigures[][] belowMinimum;
    /**
     * The figures by count and sum, filled as they occur; null when the scale is not whole numbers
     * within {@value #MAX_FIGURED_SPAN} of each other or the aggregation is not the mean.
     */
    private final AtomicReferenceArray<SourceFigures> figures;
    private final long scaleMin;
    private final int figureStride;

    RatingSourceFigures(RatingMeasure m, int scale, RatingScalePoints scalePoints) {
        this.m = m;
        this.scale = scale;
        this.scalePoints = scalePoints;
        int n = m.sources().size();
        sourceName = new String[n];
        belowMinimum = new SourceFigures[n][];
        for (int i = 0; i < n; i++) {
            int least = m.sources().get(i).minRatings();
            sourceName[i] = m.sources().get(i).name();
            if (least <= MAX_SHARED_BELOW) {
                belowMinimum[i] = new SourceFigures[least];
                for (int usable = 0; usable < least; usable++) {
                    belowMinimum[i][usable] = SourceFigures.belowMinimum(usable);
                }
            }
        }
        RatingScale s = m.scale();
        boolean whole = s.min().stripTrailingZeros().scale() <= 0 && s.max().stripTrailingZeros().scale() <= 0
                && s.max().subtract(s.min()).compareTo(BigDecimal.valueOf(MAX_FIGURED_SPAN)) <= 0
                && s.min().abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0;
        if (whole && m.aggregation() == Aggregation.MEAN) {
            scaleMin = s.min().longValueExact();
            figureStride = s.max().subtract(s.min()).intValueExact() * MAX_FIGURED_COUNT + 1;
            figures = new AtomicReferenceArray<>(MAX_FIGURED_COUNT * figureStride);
        } else {
            scaleMin = 0;
            figureStride = 0;
            figures = null;
        }
    }

    /**
     * The measure's table of points by the tally of its ratings, or null when it does not qualify (see
     * {@link RatingTallyTable}): only a measure whose figures are remembered by count and sum can.
     */
    RatingTallyTable tallyTable(MissingEvidencePolicy policy) {
        return figures == null ? null
                : RatingTallyTable.of(m, scalePoints, scaleMin, (figureStride - 1) / MAX_FIGURED_COUNT, policy);
    }

    /** The figures of source {@code i} with {@code usable} ratings, below its minimum: shared, or made now. */
    SourceFigures belowMinimum(int i, int usable) {
        return belowMinimum[i] != null ? belowMinimum[i][usable] : SourceFigures.belowMinimum(usable);
    }

    /**
     * The figures of a source of {@code usable} whole-number ratings adding up to {@code sum}, when they
     * are few enough to be remembered; else null, and the caller {@linkplain #computed computes} them.
     */
    SourceFigures remembered(int usable, long sum) {
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

    /** The figures of source {@code source} from its ratings among {@code all}, computed for this review. */
    SourceFigures computed(List<Rating> all, int source, int usable, MeasureOutcome out) {
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

    /** Sets {@code out} to the source's value: the mean or median of the {@code usable} of its {@code n} ratings that are not N/A. */
    private void aggregate(Rating[] ratings, int n, int usable, MutableRational out) {
        if (m.aggregation() == Aggregation.MEDIAN) {
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
