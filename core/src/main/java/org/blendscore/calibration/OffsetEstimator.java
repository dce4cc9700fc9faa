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
package org.blendscore.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;

/**
 * Estimates the offsets of one rating measure's raters, in exact arithmetic.
 *
 * <p>The sources that declare calibration are pooled. For each subject, each usable rating of a pooled
 * source is compared with the mean of the other raters' usable ratings of the same subject in the pool:
 * its residual is the rating minus that mean (a rating with no other rater beside it says nothing about
 * leniency and is skipped). A rater's offset is the sum of their n residuals divided by (n + k), k the
 * shrinkage constant; the exact quotient is rounded half-even once, at the rules' scale. Its interval is
 * offset &plusmn; z &sigma; / &radic;(n + k), &sigma; the root mean square of every residual of the measure,
 * rounded outward. An anonymous source below its threshold for a subject contributes nothing.
 */
final class OffsetEstimator {

    /** Digits of the square root in the interval; far beyond any scale an offset is shown at. */
    private static final MathContext ROOT = new MathContext(34, RoundingMode.HALF_EVEN);

    private final RatingMeasure measure;
    private final CalibrationRules rules;
    private final Fraction k;
    /** The pooled sources, by name. */
    private final Map<String, RatingSource> pooled = new LinkedHashMap<>();
    /** By source, then rater: the count and exact sum of residuals. */
    private final Map<String, Map<String, Fraction[]>> residuals = new HashMap<>();
    private Fraction squares = Fraction.ZERO;
    private long count;

    OffsetEstimator(RatingMeasure measure, CalibrationRules rules) {
        this.measure = measure;
        this.rules = rules;
        this.k = Fraction.of(rules.shrinkage());
        for (RatingSource s : measure.sources()) {
            if (s.calibrated()) {
                pooled.put(s.name(), s);
                residuals.put(s.name(), new TreeMap<>());
            }
        }
    }

    /** Adds one subject's ratings of the measure, if it has any. */
    void add(Evidence evidence) {
        MeasureEvidence found = evidence.measures().get(measure.id());
        if (!(found instanceof Ratings ratings)) {
            return;
        }
        List<Rating> usable = usable(evidence.subjectId(), ratings.ratings());
        // by rater (source and id): the count and sum of their ratings of this subject
        Map<List<String>, Fraction[]> byRater = new LinkedHashMap<>();
        Fraction total = Fraction.ZERO;
        for (Rating r : usable) {
            Fraction v = Fraction.of(r.value().orElseThrow());
            Fraction[] mine = byRater.computeIfAbsent(List.of(r.source(), r.raterId()), x -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
            mine[0] = mine[0].add(Fraction.ONE);
            mine[1] = mine[1].add(v);
            total = total.add(v);
        }
        for (Rating r : usable) {
            Fraction[] mine = byRater.get(List.of(r.source(), r.raterId()));
            Fraction others = Fraction.of(usable.size()).subtract(mine[0]);
            if (others.signum() == 0) {
                continue;
            }
            Fraction residual = Fraction.of(r.value().orElseThrow()).subtract(total.subtract(mine[1]).divide(others));
            Fraction[] acc = residuals.get(r.source()).computeIfAbsent(r.raterId(), x -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
            acc[0] = acc[0].add(Fraction.ONE);
            acc[1] = acc[1].add(residual);
            squares = squares.add(residual.multiply(residual));
            count++;
        }
        // raters seen only alone are still listed, with no residual behind them
        for (List<String> rater : byRater.keySet()) {
            residuals.get(rater.get(0)).computeIfAbsent(rater.get(1), x -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
        }
    }

    /** The usable ratings of the pooled sources, leaving out an anonymous source below its threshold; checked on the scale. */
    private List<Rating> usable(String subjectId, List<Rating> all) {
        Map<String, java.util.Set<String>> raters = new HashMap<>();
        List<Rating> kept = new ArrayList<>();
        for (Rating r : all) {
            if (r.value().isEmpty() || !pooled.containsKey(r.source())) {
                continue;
            }
            if (!measure.scale().isOnScale(r.value().get())) {
                throw new IllegalArgumentException(CalibrationMessages.offScale(subjectId, measure.id(), r.raterId(),
                        r.value().get(), measure.scale().toString()));
            }
            raters.computeIfAbsent(r.source(), x -> new java.util.HashSet<>()).add(r.raterId());
            kept.add(r);
        }
        kept.removeIf(r -> pooled.get(r.source()).anonymity()
                .map(a -> raters.get(r.source()).size() < a.minRaters()).orElse(false));
        return kept;
    }

    /** The offsets, by source in the measure's order, then rater id. */
    List<RaterOffset> offsets() {
        List<RaterOffset> out = new ArrayList<>();
        for (String source : pooled.keySet()) {
            for (Map.Entry<String, Fraction[]> e : residuals.get(source).entrySet()) {
                Fraction n = e.getValue()[0];
                Fraction shrunk = n.add(k);
                if (shrunk.signum() == 0) {
                    // no residual and no shrinkage: nothing to estimate; the rater counts at face value
                    continue;
                }
                Fraction exact = e.getValue()[1].divide(shrunk);
                BigDecimal half = halfWidth(shrunk);
                int ratings = n.longNumerator() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n.longNumerator();
                Optional<String> warning = ratings < rules.minRatings()
                        ? Optional.of(CalibrationMessages.tooFewRatings(ratings, rules.minRatings())) : Optional.empty();
                BigDecimal centre = exact.toBigDecimal(ROOT.getPrecision());
                out.add(new RaterOffset(measure.id(), source, e.getKey(), ratings, exact.toBigDecimal(rules.scale()),
                        centre.subtract(half).setScale(rules.scale(), RoundingMode.FLOOR),
                        centre.add(half).setScale(rules.scale(), RoundingMode.CEILING), warning));
            }
        }
        return out;
    }

    /** z &sigma; / &radic;(n + k), to 34 digits; 0 before any residual. */
    private BigDecimal halfWidth(Fraction shrunk) {
        if (count == 0) {
            return BigDecimal.ZERO;
        }
        Fraction variance = squares.divide(Fraction.of(count)).divide(shrunk);
        return new BigDecimal(variance.numerator()).divide(new BigDecimal(variance.denominator()), ROOT)
                .sqrt(ROOT).multiply(rules.z(), ROOT);
    }
}
