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
package org.blendscore.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;

/**
 * The baseline: plain Java written for the {@linkplain BenchRubric bench rubric} alone, as a
 * competent engineer would write it without the library. It reads the same {@link Evidence} records
 * as the library and produces the overall score, the band and one contribution per scored measure,
 * to the cent and identical to the exact computation.
 *
 * <p>Exactness without {@code BigDecimal}, in fixed point: every measure's points on this rubric are
 * an exact multiple of 1/{@value #P} (amounts in cents over targets of 1,000,000, 400,000 and
 * 250,000 give fifths of millionths; means of up to 4 ratings weighted 60/40 or 50/50 give 24ths),
 * so each is held as a long count of 1/{@value #P}ths. Renormalised weights are fractions of the
 * section and rubric weight sums, so every contribution is an exact integer over one denominator
 * per record, {@code D = P x (sum of section weights) x lcm(sums of measure weights)}, below 10^14.
 * The overall, its half-even rounding, the floors and the remainders of the largest-remainder
 * apportionment are then integer arithmetic, with no gcd on the hot path. Products that could grow
 * use {@link Math#multiplyExact(long, long)}, so an input outside what this rubric was written for
 * fails loudly instead of overflowing.
 *
 * <p>It checks what it relies on (actuals not negative and in cents, counts whole, ratings 1..5 from a
 * known source) and nothing more: unlike the library it does not check the period, unknown measure
 * ids or duplicate raters, and it explains nothing. Thread-safe: it holds no state.
 */
public final class HandWrittenScorer {

    /** Points are held as counts of 1/P: P = lcm(5 x 10^6, 2 x 10^6, 1.25 x 10^6, 800, 80, 20, 24). */
    static final long P = 30_000_000L;

    /** Measure positions, in declaration order. */
    private static final int CALLS = 3;
    private static final int MILESTONES = 6;
    private static final int TRUST = 7;
    private static final int COLLABORATION = 9;
    private static final int MEASURES = 10;

    private static final String[] IDS = BenchRubric.MEASURE_IDS.toArray(new String[0]);
    private static final int[] SECTION = {0, 0, 0, 1, 1, 1, 2, 3, 3, 3};
    private static final long[] SECTION_WEIGHT = {40, 15, 15, 30};
    private static final long[] WEIGHT = {50, 30, 20, 40, 30, 30, 100, 40, 30, 30};
    private static final int RELATIONSHIP = 3;
    /** Amount targets in currency units (new-arr, expansion-arr, gross-margin), then count targets. */
    private static final long[] TARGET = {1_000_000, 400_000, 250_000, 800, 80, 20};
    private static final String[] MILESTONE_IDS = BenchRubric.MILESTONES.toArray(new String[0]);
    private static final long[] MILESTONE_POINTS = {20, 30, 20, 30};

    /** Rating sources: 0 customer, 1 manager, 2 peer. Per rating measure: weight of each source (0: not a source) and minimum. */
    private static final long[][] SOURCE_WEIGHT = {{60, 40, 0}, {0, 100, 0}, {0, 50, 50}};
    private static final int[][] SOURCE_MIN = {{2, 1, 0}, {0, 1, 0}, {0, 1, 2}};
    /** 24 / k for k ratings. */
    private static final long[] TWENTY_FOURTHS = {0, 24, 12, 8, 6};

    /** Records per chunk of {@link #scoreInParallel}. */
    static final int PARALLEL_CHUNK = 512;

    private static final String[] BANDS = {"Exceeds", "Meets", "Developing", "Below"};
    /** The band of an incomplete review: its evidence covered less than 75% of the rubric's weight. */
    public static final String NO_BAND = "(none)";
    /** The least coverage, in millionths of the rubric's weight (percent x percent x percent). */
    private static final long LEAST_COVERAGE = 750_000;
    private static final long[] BAND_FLOOR_CENTS = {9000, 7000, 5000, 0};

    /**
     * One record's result.
     *
     * @param subjectId the subject
     * @param overallCents the overall score in hundredths, rounded half-even
     * @param band the band after the guard, or {@link #NO_BAND} when the evidence covered less than 75% of the rubric's weight
     * @param contributionCents each measure's contribution in hundredths, in declaration order (0 for a measure left out)
     * @param scored bit {@code i} set when measure {@code i} was scored
     */
    public record Result(String subjectId, long overallCents, String band, long[] contributionCents, int scored) {

        /**
         * The overall score as a decimal with 2 places.
         *
         * @return the overall
         */
        public BigDecimal overall() {
            return BigDecimal.valueOf(overallCents, 2);
        }

        /**
         * Whether the measure at this position was scored.
         *
         * @param measure the position, in declaration order
         * @return true when scored, false when left out
         */
        public boolean isScored(int measure) {
            return (scored & (1 << measure)) != 0;
        }

        /**
         * The contributions of the scored measures, by measure id, in declaration order, with 2 places.
         *
         * @return {@code id=contribution} entries, such as {@code new-arr=56.00}
         */
        public List<String> contributions() {
            List<String> out = new ArrayList<>();
            for (int m = 0; m < MEASURES; m++) {
                if (isScored(m)) {
                    out.add(IDS[m] + "=" + BigDecimal.valueOf(contributionCents[m], 2).toPlainString());
                }
            }
            return out;
        }
    }

    /**
     * Scores a batch on {@code threads} threads, the plain way: the calling thread and {@code threads - 1}
     * threads started for the call take chunks of {@value #PARALLEL_CHUNK} records (as many as the
     * library's parallel run takes at a time) one at a time from a shared counter, until none is left,
     * and keep each chunk's results in its place. The control the library's parallel run is measured
     * against: it hands out chunks as finely as the library does and balances the load as well, but
     * keeps no order, delivers nothing while it runs and bounds nothing.
     *
     * @param batch the records
     * @param threads how many threads score, at least 1
     * @return each chunk's results, by chunk, in the batch's order
     * @throws IllegalArgumentException if {@code threads} is below 1
     * @throws InterruptedException if the calling thread is interrupted while it waits for the others
     */
    public Result[][] scoreInParallel(List<Evidence> batch, int threads) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        int size = batch.size();
        Result[][] byChunk = new Result[(size + PARALLEL_CHUNK - 1) / PARALLEL_CHUNK][];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < byChunk.length; c = next.getAndIncrement()) {
                int first = c * PARALLEL_CHUNK;
                Result[] results = new Result[Math.min(size - first, PARALLEL_CHUNK)];
                for (int i = 0; i < results.length; i++) {
                    results[i] = score(batch.get(first + i));
                }
                byChunk[c] = results;
            }
        };
        Thread[] helpers = new Thread[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(work, "hand-written-" + (t + 1));
            helpers[t].start();
        }
        work.run();
        for (Thread t : helpers) {
            // join() orders the helper's writes into byChunk before the caller reads them
            t.join();
        }
        return byChunk;
    }

    /**
     * Scores one record.
     *
     * @param evidence the record
     * @return the overall, band and contributions
     * @throws IllegalArgumentException if the record is outside what this scorer was written for
     */
    public Result score(Evidence evidence) {
        Map<String, MeasureEvidence> in = evidence.measures();
        long[] points = new long[MEASURES]; // in 1/P
        int scored = 0;

        for (int m = 0; m < CALLS; m++) {
            MeasureEvidence e = in.get(IDS[m]);
            if (e != null) {
                points[m] = revenuePoints(TARGET[m], cents(((QuotaActual) e).actual(), m));
                scored |= 1 << m;
            }
        }
        for (int m = CALLS; m < MILESTONES; m++) {
            MeasureEvidence e = in.get(IDS[m]);
            if (e != null) {
                points[m] = activityPoints(TARGET[m], whole(((QuotaActual) e).actual(), m));
                scored |= 1 << m;
            }
        }
        MeasureEvidence ms = in.get(IDS[MILESTONES]);
        if (ms != null) {
            Set<String> reached = ((MilestonesReached) ms).reached();
            long sum = 0;
            for (int i = 0; i < MILESTONE_IDS.length; i++) {
                if (reached.contains(MILESTONE_IDS[i])) {
                    sum += MILESTONE_POINTS[i];
                }
            }
            points[MILESTONES] = sum * P;
            scored |= 1 << MILESTONES;
        }
        // coverage, in millionths: every scored quota and milestone measure, and each rating source with enough ratings
        long covered = 0;
        for (int m = 0; m < TRUST; m++) {
            covered += (scored & (1 << m)) != 0 ? SECTION_WEIGHT[SECTION[m]] * WEIGHT[m] * 100 : 0;
        }
        long[] used = new long[1];
        for (int m = TRUST; m <= COLLABORATION; m++) {
            MeasureEvidence e = in.get(IDS[m]);
            used[0] = 0;
            long p = e == null ? -1 : ratingPoints(m, ((Ratings) e).ratings(), used);
            if (p >= 0) {
                points[m] = p;
                scored |= 1 << m;
                covered += SECTION_WEIGHT[SECTION[m]] * WEIGHT[m] * used[0];
            }
        }

        // weights renormalised over what was scored: measures within sections, then sections
        long[] sectionSum = new long[SECTION_WEIGHT.length];
        for (int m = 0; m < MEASURES; m++) {
            if ((scored & (1 << m)) != 0) {
                sectionSum[SECTION[m]] += WEIGHT[m];
            }
        }
        long total = 0;
        long sumsLcm = 1;
        for (int s = 0; s < SECTION_WEIGHT.length; s++) {
            if (sectionSum[s] > 0) {
                total += SECTION_WEIGHT[s];
                sumsLcm = sumsLcm / gcd(sumsLcm, sectionSum[s]) * sectionSum[s];
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("subject '" + evidence.subjectId() + "': nothing to score");
        }

        // contribution of m = W_s / total x w_m / sectionSum_s x points_m / P, as an integer over d
        long d = Math.multiplyExact(P * total, sumsLcm);
        long[] contribution = new long[MEASURES];
        long sum = 0;
        for (int m = 0; m < MEASURES; m++) {
            if ((scored & (1 << m)) != 0) {
                int s = SECTION[m];
                contribution[m] = Math.multiplyExact(SECTION_WEIGHT[s] * WEIGHT[m] * (sumsLcm / sectionSum[s]), points[m]);
                sum += contribution[m];
            }
        }
        long overall = roundHalfEvenCents(sum, d);

        // largest remainder: floors, then one cent each to the largest remainders, ties to the earlier measure
        long[] cents = new long[MEASURES];
        long[] remainder = new long[MEASURES];
        long floors = 0;
        for (int m = 0; m < MEASURES; m++) {
            if ((scored & (1 << m)) != 0) {
                long hundred = Math.multiplyExact(contribution[m], 100L);
                cents[m] = hundred / d; // not negative
                remainder[m] = hundred - cents[m] * d;
                floors += cents[m];
            }
        }
        int given = 0;
        for (long deficit = overall - floors; deficit > 0; deficit--) {
            int best = -1;
            for (int m = 0; m < MEASURES; m++) {
                if ((scored & (1 << m)) != 0 && (given & (1 << m)) == 0 && (best < 0 || remainder[m] > remainder[best])) {
                    best = m;
                }
            }
            cents[best]++;
            given |= 1 << best;
        }

        int band = 0;
        while (overall < BAND_FLOOR_CENTS[band]) {
            band++;
        }
        // the guard fails closed: a Relationship section left out caps the band as if it scored below 50
        if (band == 0 && (sectionSum[RELATIONSHIP] == 0 || relationshipCents(scored, sectionSum[RELATIONSHIP], points) < 5000)) {
            band = 1;
        }
        return new Result(evidence.subjectId(), overall, covered < LEAST_COVERAGE ? NO_BAND : BANDS[band], cents, scored);
    }

    /** The Relationship section's score in hundredths, rounded half-even, as the guard reads it. */
    private static long relationshipCents(int scored, long sectionSum, long[] points) {
        long sum = 0;
        for (int m = TRUST; m <= COLLABORATION; m++) {
            if ((scored & (1 << m)) != 0) {
                sum += WEIGHT[m] * points[m];
            }
        }
        return roundHalfEvenCents(sum, P * sectionSum);
    }

    /**
     * (0.50, 0), (1.00, 100), (1.50, 130), gate below 0.50, capped; the actual in cents, so the
     * attainment is cents / (100 t) and the points are a multiple of 1 / (5 t).
     */
    private static long revenuePoints(long t, long cents) {
        long fifths; // points x 5 t
        if (cents < 50 * t) {
            fifths = 0;
        } else if (cents <= 100 * t) {
            fifths = 10 * cents - 500 * t; // 200 a - 100
        } else if (cents < 150 * t) {
            fifths = 3 * cents + 200 * t; // 100 + 60 (a - 1)
        } else {
            fifths = 650 * t;
        }
        return fifths * (P / (5 * t));
    }

    /** (0, 0), (1.0, 100), (1.2, 110), capped; the points are a multiple of 1 / t. */
    private static long activityPoints(long t, long count) {
        long times; // points x t
        if (count <= t) {
            times = 100 * count;
        } else if (5 * count < 6 * t) {
            times = 50 * t + 50 * count; // 100 + 50 (a - 1)
        } else {
            times = 110 * t;
        }
        return times * (P / t);
    }

    /**
     * Points of a rating measure in 1/P: each source with enough ratings scores 25 x (mean - 1), the
     * used sources' weights renormalised; the result is always a multiple of 1/24.
     *
     * @param used receives the summed weight of the sources with enough ratings
     * @return the points, or -1 when no source had enough ratings (the measure is left out)
     */
    private static long ratingPoints(int m, List<Rating> ratings, long[] used) {
        int r = m - TRUST;
        int[] count = new int[3];
        long[] sum = new long[3];
        for (int i = 0, n = ratings.size(); i < n; i++) {
            Rating rating = ratings.get(i);
            int source = source(rating.source());
            if (source < 0 || SOURCE_WEIGHT[r][source] == 0) {
                throw new IllegalArgumentException("measure " + IDS[m] + ": unknown source " + rating.source());
            }
            Optional<BigDecimal> value = rating.value();
            if (value.isPresent()) {
                int v = value.get().intValueExact();
                if (v < 1 || v > 5 || count[source] == 4) {
                    throw new IllegalArgumentException("measure " + IDS[m] + ": rating " + v + " off the 1..5 scale or over 4 ratings");
                }
                count[source]++;
                sum[source] += v;
            }
        }
        long weight = 0;
        long weighted = 0; // sum of source weight x points x 24
        for (int s = 0; s < 3; s++) {
            if (SOURCE_WEIGHT[r][s] > 0 && count[s] >= SOURCE_MIN[r][s]) {
                weight += SOURCE_WEIGHT[r][s];
                weighted += SOURCE_WEIGHT[r][s] * 25 * (sum[s] - count[s]) * TWENTY_FOURTHS[count[s]];
            }
        }
        if (weight == 0) {
            return -1;
        }
        used[0] = weight;
        return weighted / weight * (P / 24); // exact: the weights 60/40, 100 and 50/50 keep 24ths whole
    }

    private static int source(String name) {
        switch (name) {
            case "customer":
                return 0;
            case "manager":
                return 1;
            case "peer":
                return 2;
            default:
                return -1;
        }
    }

    /** value / d in hundredths, rounded half-even; value not negative. */
    private static long roundHalfEvenCents(long value, long d) {
        long hundred = Math.multiplyExact(value, 100L);
        long q = hundred / d;
        long twice = 2 * (hundred - q * d);
        if (twice > d || (twice == d && (q & 1) == 1)) {
            q++;
        }
        return q;
    }

    private static long cents(BigDecimal actual, int m) {
        if (actual.signum() < 0) {
            throw new IllegalArgumentException("measure " + IDS[m] + ": negative actual " + actual);
        }
        return actual.movePointRight(2).longValueExact();
    }

    private static long whole(BigDecimal actual, int m) {
        if (actual.signum() < 0) {
            throw new IllegalArgumentException("measure " + IDS[m] + ": negative count " + actual);
        }
        return actual.longValueExact();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
