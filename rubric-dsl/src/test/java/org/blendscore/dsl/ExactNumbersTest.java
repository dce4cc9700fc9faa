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
package org.blendscore.dsl;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.measurePoints;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDsl.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** Every number of the DSL can be given as a BigDecimal, so money, factors, weights and points never pass through double. */
class ExactNumbersTest {

    private static final DateRange YEAR = RubricDslTest.YEAR;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aFactorComputedAsBigDecimalIsAcceptedExactlyWhereTheSameDoubleSumIsRejected() {
        Rubric rubric = rubric("hunter").version("1").effective(YEAR)
                .targets(t -> t.factor("territory", d("0.8"), d("1.2"), "territory potential"))
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD").factors("territory")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .build();
        Scorer scorer = Scorer.of(rubric);
        BigDecimal exact = d("0.8").add(d("0.4"));
        Review review = scorer.score(evidence("sam").period(YEAR).factor("territory", exact).actual("new-arr", 600_000).build());
        // 1,000,000 x 1.2 = 1,200,000; 600,000 of it is 50%: 50 points
        BigDecimal target = ((QuotaInput) review.measure("new-arr").orElseThrow().input()).target();
        assertEquals(0, d("1200000").compareTo(target), target.toPlainString());
        assertEquals(d("50.00"), review.overall());

        double sum = 0.8 + 0.4;
        assertEquals(1.2000000000000002, sum);
        Evidence inexact = evidence("sam").period(YEAR).factor("territory", sum).actual("new-arr", 600_000).build();
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.score(inexact));
        assertTrue(e.getMessage().contains("1.2000000000000002"), e.getMessage());
    }

    @Test
    void bigDecimalOverloadsDescribeTheSameRubricAsTheDoubleLiterals() {
        ScaleStep doubles = scale(1, 5).level(1, "Poor", "a").level(2, "Weak", "b").level(3, "Solid", "c", 60)
                .level(4, "Strong", "d").level(5, "Top", "e");
        ScaleStep decimals = scale(d("1"), d("5")).level(d("1"), "Poor", "a").level(d("2"), "Weak", "b")
                .level(d("3"), "Solid", "c", d("60")).level(d("4"), "Strong", "d").level(d("5.00"), "Top", "e");
        Rubric fromDoubles = rubric("r").version("1").effective(YEAR)
                .targets(t -> t.factor("territory", 0.8, 1.2, "potential").ramp(15, 50, 100).quarters(2026, 20, 25, 25, 30)
                        .reliefCap(20))
                .section("Revenue", 60, s -> s
                        .quota("new-arr", 70, q -> q.target(1_000_000, "USD").factors("territory")
                                .curve(linear().point(0.5, 0).point(1, 100).point(1.5, 130).gateBelow(0.5).capped()))
                        .quota("cycle", 30, q -> q.rate(60.5, "days").lowerIsBetter()
                                .curve(tiers().from(0, 0).from(0.8, 50).from(1, 100))))
                .section("Progress", 15, s -> s.milestones("pipeline", 100, m -> m.milestone("discovery", 40)
                        .counted("referrals", 3, 30).stages("cycle", l -> l.stage("proposal", 10).stage("close", 30))))
                .section("Relationship", 25, s -> s.rating("trust", 100, r -> r.scale(doubles).source("customer", 62.5, 2)
                        .source("manager", 37.5, 1)))
                .band("Exceeds", 90).band("Meets", 70.5).band("Below", 0)
                .guard(sectionScore("Relationship").below(50), "Meets").guard(measurePoints("new-arr").atMost(10.5), "Below")
                .fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(40))
                .build();
        Rubric fromDecimals = rubric("r").version("1").effective(YEAR)
                .targets(t -> t.factor("territory", d("0.80"), d("1.2"), "potential").ramp(15, List.of(d("50"), d("100")))
                        .quarters(2026, d("20"), d("25"), d("25"), d("30")).reliefCap(d("20")))
                .section("Revenue", d("60"), s -> s
                        .quota("new-arr", d("70"), q -> q.target(d("1000000.00"), "USD").factors("territory")
                                .curve(linear().point(d("0.5"), d("0")).point(d("1"), d("100")).point(d("1.5"), d("130"))
                                        .gateBelow(d("0.50")).capped()))
                        .quota("cycle", d("30"), q -> q.rate(d("60.50"), "days").lowerIsBetter()
                                .curve(tiers().from(d("0"), d("0")).from(d("0.8"), d("50")).from(d("1"), d("100")))))
                .section("Progress", d("15"), s -> s.milestones("pipeline", d("100"), m -> m.milestone("discovery", d("40"))
                        .counted("referrals", 3, d("30")).stages("cycle", l -> l.stage("proposal", d("10")).stage("close", d("30")))))
                .section("Relationship", d("25"), s -> s.rating("trust", d("100"), r -> r.scale(decimals).source("customer", d("62.5"), 2)
                        .source("manager", d("37.5"), 1)))
                .band("Exceeds", d("90")).band("Meets", d("70.5")).band("Below", d("0"))
                .guard(sectionScore("Relationship").below(d("50")), "Meets").guard(measurePoints("new-arr").atMost(d("10.5")), "Below")
                .fairness(f -> f.minQualitativeShare(d("30")).maxMeasureShare(d("50")).maxCliff(d("40")))
                .build();
        assertEquals(fromDoubles, fromDecimals);
    }

    @Test
    void amountsADoubleCannotHoldKeepEveryDigit() {
        long huge = 9_007_199_254_740_993L; // 2^53 + 1: as a double it would be 9007199254740992
        BigDecimal cents = d("0.1").add(d("0.2"));
        Rubric rubric = rubric("r").version("1").effective(YEAR)
                .section("Revenue", 100, s -> s
                        .quota("big", 50, q -> q.target(huge, "USD").curve(linear().point(0, 0).point(1, 100).capped()))
                        .quota("small", 50, q -> q.target(cents, "USD").curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Below", 0)
                .build();
        assertEquals(d("9007199254740993"), ((QuotaMeasure) rubric.measure("big").orElseThrow()).target().value());
        assertEquals(d("0.3"), ((QuotaMeasure) rubric.measure("small").orElseThrow()).target().value());
        Evidence e = evidence("sam").period(YEAR).actual("big", huge).actual("small", cents)
                .credit("small", d("0.01"), "rounding", "cfo", LocalDate.of(2026, 3, 1))
                .checkIn("big", LocalDate.of(2026, 3, 31), d("4503599627370496.5"))
                .rating("trust", "customer", "c1", d("4.5"), "ok").build();
        QuotaActual big = (QuotaActual) e.measures().get("big");
        assertEquals(d("9007199254740993"), big.actual());
        assertEquals(d("4503599627370496.5"), big.checkIns().get(0).actualToDate());
        assertEquals(d("0.3"), ((QuotaActual) e.measures().get("small")).actual());
        assertEquals(d("0.01"), ((QuotaActual) e.measures().get("small")).reliefs().get(0).amount());
    }

    @Test
    void aDoubleIsReadAsItsShortestDecimalString() {
        Rubric rubric = rubric("r").version("1").effective(YEAR)
                .targets(t -> t.factor("territory", 0.1, 1.3, "potential"))
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(0.3, "USD").factors("territory")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .band("Below", 0)
                .build();
        assertEquals(d("0.1"), rubric.targets().factor("territory").orElseThrow().min());
        assertEquals(d("1.3"), rubric.targets().factor("territory").orElseThrow().max());
        assertEquals(d("0.3"), ((QuotaMeasure) rubric.measure("new-arr").orElseThrow()).target().value());
        assertEquals(d("0.30000000000000004"), evidence("sam").period(YEAR).factor("territory", 0.1 + 0.2).build().factors()
                .get("territory"), "a computed double keeps its binary error");
    }
}
