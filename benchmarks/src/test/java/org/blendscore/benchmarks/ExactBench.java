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
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;

/**
 * The bench rubric computed exactly and independently, for the tests: every quantity is a fraction of
 * two {@link BigInteger}s from the evidence to the end, written from the rubric's table (not from
 * {@link BenchRubric} nor the library), then rounded once half-even at 2 places, then apportioned by
 * largest remainder with ties to the earlier-declared measure. The guard reads the Relationship
 * score as a review shows it, rounded at 2 places (as core's {@code ScoreCondition} documents).
 */
final class ExactBench {

    /** A fraction in lowest terms with a positive denominator. */
    record Q(BigInteger num, BigInteger den) implements Comparable<Q> {

        static final Q ZERO = of(0);

        Q {
            if (den.signum() == 0) {
                throw new ArithmeticException("zero denominator");
            }
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        static Q of(long n) {
            return new Q(BigInteger.valueOf(n), BigInteger.ONE);
        }

        static Q of(long n, long d) {
            return new Q(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }

        static Q of(BigDecimal d) {
            return d.scale() >= 0 ? new Q(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                    : new Q(d.toBigIntegerExact(), BigInteger.ONE);
        }

        Q plus(Q o) {
            return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Q minus(Q o) {
            return plus(new Q(o.num.negate(), o.den));
        }

        Q times(Q o) {
            return new Q(num.multiply(o.num), den.multiply(o.den));
        }

        Q over(Q o) {
            return new Q(num.multiply(o.den), den.multiply(o.num));
        }

        BigDecimal round(int scale, RoundingMode mode) {
            return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
        }

        @Override
        public int compareTo(Q o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /** The outcome that all three scorers must agree on. */
    record Outcome(String subjectId, BigDecimal overall, String band, List<String> contributions) {
    }

    private static final String[] IDS = {"new-arr", "expansion-arr", "gross-margin", "calls", "pitches", "commitments",
        "milestones", "customer-trust", "account-knowledge", "collaboration"};
    private static final int[] SECTION = {0, 0, 0, 1, 1, 1, 2, 3, 3, 3};
    private static final long[] SECTION_WEIGHT = {40, 15, 15, 30};
    private static final long[] WEIGHT = {50, 30, 20, 40, 30, 30, 100, 40, 30, 30};
    private static final long[] TARGET = {1_000_000, 400_000, 250_000, 800, 80, 20};
    private static final Map<String, Long> MILESTONE_POINTS = Map.of("discovery-complete", 20L, "executive-alignment", 30L,
            "referral-secured", 20L, "customer-success-milestone", 30L);
    /** Rating measure sources: name, weight, minimum. */
    private static final Object[][][] SOURCES = {
        {{"customer", 60L, 2}, {"manager", 40L, 1}},
        {{"manager", 100L, 1}},
        {{"peer", 50L, 2}, {"manager", 50L, 1}},
    };

    private ExactBench() {
    }

    static Outcome score(Evidence e) {
        Q[] points = new Q[IDS.length];
        // coverage: the nominal weight (percent x percent x percent of sources) that had usable evidence
        long covered = 0;
        for (int m = 0; m < IDS.length; m++) {
            MeasureEvidence me = e.measures().get(IDS[m]);
            if (me == null) {
                continue;
            }
            covered += SECTION_WEIGHT[SECTION[m]] * WEIGHT[m] * (m < 7 ? 100 : usedWeight(SOURCES[m - 7], ((Ratings) me).ratings()));
            if (m < 3) {
                points[m] = revenue(Q.of(((QuotaActual) me).actual()).over(Q.of(TARGET[m])));
            } else if (m < 6) {
                points[m] = activity(Q.of(((QuotaActual) me).actual()).over(Q.of(TARGET[m])));
            } else if (m == 6) {
                long sum = 0;
                for (String id : ((MilestonesReached) me).reached()) {
                    sum += MILESTONE_POINTS.get(id);
                }
                points[m] = Q.of(sum);
            } else {
                points[m] = rating(SOURCES[m - 7], ((Ratings) me).ratings()).orElse(null);
            }
        }
        long[] sectionSum = new long[4];
        for (int m = 0; m < IDS.length; m++) {
            if (points[m] != null) {
                sectionSum[SECTION[m]] += WEIGHT[m];
            }
        }
        long total = 0;
        for (int s = 0; s < 4; s++) {
            total += sectionSum[s] > 0 ? SECTION_WEIGHT[s] : 0;
        }
        Q[] exact = new Q[IDS.length];
        Q overall = Q.ZERO;
        Q relationship = Q.ZERO;
        for (int m = 0; m < IDS.length; m++) {
            if (points[m] == null) {
                continue;
            }
            int s = SECTION[m];
            Q inSection = Q.of(WEIGHT[m], sectionSum[s]);
            exact[m] = Q.of(SECTION_WEIGHT[s], total).times(inSection).times(points[m]);
            overall = overall.plus(exact[m]);
            if (s == 3) {
                relationship = relationship.plus(inSection.times(points[m]));
            }
        }
        BigDecimal rounded = overall.round(2, RoundingMode.HALF_EVEN);

        // largest remainder over hundredths
        Q hundred = Q.of(100);
        long[] cents = new long[IDS.length];
        Q[] remainder = new Q[IDS.length];
        long floors = 0;
        for (int m = 0; m < IDS.length; m++) {
            if (exact[m] != null) {
                Q scaled = exact[m].times(hundred);
                cents[m] = scaled.round(0, RoundingMode.FLOOR).longValueExact();
                remainder[m] = scaled.minus(Q.of(cents[m]));
                floors += cents[m];
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < IDS.length; m++) {
            if (exact[m] != null) {
                order.add(m);
            }
        }
        // stable sort: equal remainders keep declaration order
        order.sort((a, b) -> remainder[b].compareTo(remainder[a]));
        long deficit = rounded.movePointRight(2).longValueExact() - floors;
        for (int i = 0; i < deficit; i++) {
            cents[order.get(i)]++;
        }
        List<String> contributions = new ArrayList<>();
        for (int m = 0; m < IDS.length; m++) {
            if (exact[m] != null) {
                contributions.add(IDS[m] + "=" + BigDecimal.valueOf(cents[m], 2).toPlainString());
            }
        }

        String band = rounded.compareTo(BigDecimal.valueOf(90)) >= 0 ? "Exceeds"
                : rounded.compareTo(BigDecimal.valueOf(70)) >= 0 ? "Meets"
                : rounded.compareTo(BigDecimal.valueOf(50)) >= 0 ? "Developing" : "Below";
        // the guard fails closed: a Relationship section left out caps the band as if it scored below 50
        if (band.equals("Exceeds") && (sectionSum[3] == 0
                || relationship.round(2, RoundingMode.HALF_EVEN).compareTo(BigDecimal.valueOf(50)) < 0)) {
            band = "Meets";
        }
        // below the least coverage of 75% of the rubric's weight, no band
        if (covered < 750_000) {
            band = HandWrittenScorer.NO_BAND;
        }
        return new Outcome(e.subjectId(), rounded, band, contributions);
    }

    /** (0.50, 0), (1.00, 100), (1.50, 130), linear between; 0 below the gate 0.50; 130 from 1.50 on. */
    private static Q revenue(Q a) {
        if (a.compareTo(Q.of(1, 2)) < 0) {
            return Q.ZERO;
        }
        if (a.compareTo(Q.of(1)) <= 0) {
            return a.minus(Q.of(1, 2)).over(Q.of(1, 2)).times(Q.of(100));
        }
        if (a.compareTo(Q.of(3, 2)) < 0) {
            return Q.of(100).plus(a.minus(Q.of(1)).over(Q.of(1, 2)).times(Q.of(30)));
        }
        return Q.of(130);
    }

    /** (0, 0), (1.0, 100), (1.2, 110), linear between; 110 from 1.2 on. */
    private static Q activity(Q a) {
        if (a.compareTo(Q.of(1)) <= 0) {
            return a.times(Q.of(100));
        }
        if (a.compareTo(Q.of(6, 5)) < 0) {
            return Q.of(100).plus(a.minus(Q.of(1)).over(Q.of(1, 5)).times(Q.of(10)));
        }
        return Q.of(110);
    }

    /** The summed weight of the sources with enough usable ratings. */
    private static long usedWeight(Object[][] sources, List<Rating> ratings) {
        long used = 0;
        for (Object[] src : sources) {
            int n = 0;
            for (Rating r : ratings) {
                if (r.source().equals(src[0]) && r.value().isPresent()) {
                    n++;
                }
            }
            used += n >= (Integer) src[2] ? (Long) src[1] : 0;
        }
        return used;
    }

    /** Each source with enough usable ratings: mean, points (mean - 1) / 4 x 100; used sources' weights renormalised. */
    private static Optional<Q> rating(Object[][] sources, List<Rating> ratings) {
        Q weighted = Q.ZERO;
        long used = 0;
        for (Object[] src : sources) {
            Q sum = Q.ZERO;
            int n = 0;
            for (Rating r : ratings) {
                if (r.source().equals(src[0]) && r.value().isPresent()) {
                    sum = sum.plus(Q.of(r.value().get()));
                    n++;
                }
            }
            if (n >= (Integer) src[2]) {
                Q mean = sum.over(Q.of(n));
                Q pts = mean.minus(Q.of(1)).over(Q.of(4)).times(Q.of(100));
                weighted = weighted.plus(pts.times(Q.of((Long) src[1])));
                used += (Long) src[1];
            }
        }
        return used == 0 ? Optional.empty() : Optional.of(weighted.over(Q.of(used)));
    }
}
