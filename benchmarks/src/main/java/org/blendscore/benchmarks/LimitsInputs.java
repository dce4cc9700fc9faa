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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.NumberLimits;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricLimits;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/**
 * The inputs of {@link LimitsBenchmark}: the largest legal rubric and record by the count limits
 * ({@link RubricLimits#MAX_BREAKPOINTS} breakpoints of one curve, {@link EvidenceLimits#MAX_RATINGS_PER_MEASURE}
 * ratings of one measure, which is also {@link EvidenceLimits#MAX_RATINGS} of a record), every number
 * written with the widest legal decimal ({@link NumberLimits}: 30 integer digits, 20 fraction digits),
 * and two illegal twins of each: one with a single part more than its count limit allows, one with a
 * single number just over {@link NumberLimits}.
 */
final class LimitsInputs {

    /** Breakpoints of the legal rubric's curve: as many as a curve may have. */
    static final int BREAKPOINTS = RubricLimits.MAX_BREAKPOINTS;

    /** Ratings of the legal record: as many as a measure, and a record, may have. */
    static final int RATINGS = EvidenceLimits.MAX_RATINGS_PER_MEASURE;

    static final DateRange YEAR = DateRange.year(2026);

    /** How an input of the benchmark is made: legal, or over one limit. */
    enum Twin {
        /** The largest legal input. */
        LEGAL,
        /** The legal input with one part more than its count limit allows. */
        ONE_PART_TOO_MANY,
        /** The legal input with one number one digit longer than {@link NumberLimits} allows. */
        ONE_DIGIT_TOO_MANY
    }

    private LimitsInputs() {
    }

    /** {@code i / 1000}, plus {@code i} units of the 20th decimal place: a legal number with all 20 fraction digits. */
    private static BigDecimal widest(long i) {
        BigInteger whole = BigInteger.valueOf(i);
        return new BigDecimal(whole.multiply(BigInteger.TEN.pow(17)).add(whole), NumberLimits.MAX_FRACTION_DIGITS);
    }

    /**
     * The curve's breakpoints: the {@code i}th at attainment and points {@code i / 1000} (plus a unit of
     * the 20th fraction digit per {@code i}), rising to just under 100 points at the last legal one.
     *
     * @param twin which input
     * @return {@link #BREAKPOINTS} breakpoints, one more for {@link Twin#ONE_PART_TOO_MANY}, and for
     *     {@link Twin#ONE_DIGIT_TOO_MANY} the last one's points with a 21st fraction digit
     */
    static List<Breakpoint> breakpoints(Twin twin) {
        int count = BREAKPOINTS + (twin == Twin.ONE_PART_TOO_MANY ? 1 : 0);
        List<Breakpoint> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal points = widest(i);
            if (twin == Twin.ONE_DIGIT_TOO_MANY && i == count - 1) {
                points = points.add(new BigDecimal(BigInteger.ONE, NumberLimits.MAX_FRACTION_DIGITS + 1));
            }
            out.add(new Breakpoint(widest(i), points));
        }
        return out;
    }

    /**
     * The rubric: Revenue 60% (a quota on a capped curve of the given breakpoints), Relationship 40%
     * (customer ratings on a 1 to 5 scale), under the default fairness rules.
     *
     * @param breakpoints from {@link #breakpoints(Twin)}
     * @return the rubric
     * @throws org.blendscore.rubric.InvalidRubricException for the illegal breakpoints
     */
    static Rubric rubric(List<Breakpoint> breakpoints) {
        QuotaMeasure arr = new QuotaMeasure("new-arr", new BigDecimal("100"), Target.amount("1000000", "USD"),
                Direction.HIGHER_IS_BETTER, new LinearCurve(breakpoints, Optional.empty(), true));
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "behaviour at level " + v, Optional.empty()));
        }
        RatingMeasure trust = new RatingMeasure("customer-trust", new BigDecimal("100"),
                new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels),
                List.of(new RatingSource("customer", new BigDecimal("100"), 1)), Aggregation.MEAN);
        return new Rubric("limits", "1", YEAR, List.of(new Section("Revenue", new BigDecimal("60"), List.of(arr)),
                new Section("Relationship", new BigDecimal("40"), List.of(trust))),
                List.of(new Band("Exceeds", new BigDecimal("90")), new Band("Meets", new BigDecimal("70")), new Band("Below", BigDecimal.ZERO)),
                List.of(), MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    /**
     * The customer ratings of the records, one more than the legal record holds: rater {@code i} rates
     * {@code 1 + i % 5}, so the legal ones' mean is 3. The records share these.
     *
     * @return {@link #RATINGS} + 1 ratings from as many raters
     */
    static List<Rating> ratings() {
        List<Rating> ratings = new ArrayList<>(RATINGS + 1);
        for (int i = 0; i <= RATINGS; i++) {
            ratings.add(Rating.of("rater-" + i, "customer", 1 + i % 5));
        }
        return ratings;
    }

    /**
     * A record: the widest legal actual (30 nines, a point, 20 nines) and {@link #RATINGS} customer
     * ratings.
     *
     * @param twin which input: {@link Twin#ONE_PART_TOO_MANY} has one rating more,
     *     {@link Twin#ONE_DIGIT_TOO_MANY} an actual with a 31st integer digit
     * @param ratings from {@link #ratings()}
     * @return the record
     */
    static Evidence record(Twin twin, List<Rating> ratings) {
        int integerDigits = NumberLimits.MAX_INTEGER_DIGITS + (twin == Twin.ONE_DIGIT_TOO_MANY ? 1 : 0);
        BigDecimal actual = new BigDecimal("9".repeat(integerDigits) + "." + "9".repeat(NumberLimits.MAX_FRACTION_DIGITS));
        int count = RATINGS + (twin == Twin.ONE_PART_TOO_MANY ? 1 : 0);
        return new Evidence(twin.name().toLowerCase(Locale.ROOT), YEAR,
                Map.of("new-arr", new QuotaActual(actual), "customer-trust", new Ratings(ratings.subList(0, count))), Map.of());
    }
}
