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
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
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
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/**
 * The inputs of {@link LimitsBenchmark}: a large rubric and a large record written with the widest
 * legal decimals ({@link NumberLimits}: 30 integer digits, 20 fraction digits), and each made illegal
 * by one number just over a limit. The library sets no limit on the count of parts: the sizes here
 * ({@value #BREAKPOINTS} breakpoints, {@value #RATINGS} ratings) are large for a sales rubric and a
 * subject's year, and the hostile-input tests take each part to tens of thousands.
 */
final class LimitsInputs {

    /** Breakpoints of the rubric's curve. */
    static final int BREAKPOINTS = 1_000;

    /** Ratings of the record. */
    static final int RATINGS = 10_000;

    static final DateRange YEAR = DateRange.year(2026);

    private static final BigInteger TINY = BigInteger.ONE;

    private LimitsInputs() {
    }

    /** {@code whole / 1000}, plus {@code whole} units of the 20th decimal place: a legal number with all 20 fraction digits. */
    private static BigDecimal widest(long whole) {
        return new BigDecimal(BigInteger.valueOf(whole).multiply(BigInteger.TEN.pow(17)).add(BigInteger.valueOf(whole).multiply(TINY)),
                NumberLimits.MAX_FRACTION_DIGITS);
    }

    /**
     * The curve's breakpoints: attainment and points each with 20 fraction digits, rising.
     *
     * @param illegal whether the last points have a 21st fraction digit, one more than {@link NumberLimits} allows
     */
    static List<Breakpoint> breakpoints(boolean illegal) {
        List<Breakpoint> out = new ArrayList<>();
        for (int i = 0; i < BREAKPOINTS; i++) {
            BigDecimal points = widest(i * 100L);
            if (illegal && i == BREAKPOINTS - 1) {
                points = points.add(new BigDecimal(BigInteger.ONE, NumberLimits.MAX_FRACTION_DIGITS + 1));
            }
            out.add(new Breakpoint(widest(i), points));
        }
        return out;
    }

    /**
     * The rubric: Revenue 60% (a quota on a curve of the given breakpoints), Relationship 40% (customer
     * ratings on a 1 to 5 scale), under the default fairness rules.
     *
     * @param breakpoints from {@link #breakpoints(boolean)}
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
     * The record: the widest legal actual (30 nines, a point, 20 nines) and {@value #RATINGS} customer
     * ratings from as many raters.
     *
     * @param illegal whether the actual has a 31st integer digit, one more than {@link NumberLimits} allows
     * @return the record
     */
    static Evidence record(boolean illegal) {
        int integerDigits = NumberLimits.MAX_INTEGER_DIGITS + (illegal ? 1 : 0);
        BigDecimal actual = new BigDecimal("9".repeat(integerDigits) + "." + "9".repeat(NumberLimits.MAX_FRACTION_DIGITS));
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < RATINGS; i++) {
            ratings.add(Rating.of("rater-" + i, "customer", 1 + i % 5));
        }
        return new Evidence(illegal ? "over" : "widest", YEAR,
                Map.of("new-arr", new QuotaActual(actual), "customer-trust", new Ratings(ratings)), Map.of());
    }
}
