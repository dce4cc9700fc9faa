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

import static org.blendscore.scoring.TargetFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.number.Fraction;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;
import org.junit.jupiter.api.Test;

/** What must hold for every target adjustment, on random rules and evidence drawn from a seed. */
class TargetPropertiesTest {

    private static final int EXAMPLES = 300;
    private static final DateRange YEAR = TargetFixtures.YEAR;

    /** Random target rules, participation, factors and reliefs, all drawn from one seed. */
    private record Draw(TargetRules rules, List<String> factorNames, Participation participation,
                        Map<String, BigDecimal> factors, List<Relief> reliefs, BigDecimal target, BigDecimal actual) {

        static Draw of(long seed) {
            Random r = new Random(seed);
            List<TargetFactor> factors = new ArrayList<>();
            List<String> names = new ArrayList<>();
            java.util.Map<String, BigDecimal> values = new java.util.HashMap<>();
            for (int i = 0; i < r.nextInt(4); i++) {
                String name = "f" + i;
                factors.add(new TargetFactor(name, d("0.5"), d("1.5"), "factor " + i));
                names.add(name);
                values.put(name, BigDecimal.valueOf(50 + r.nextInt(101), 2));
            }
            Optional<RampSchedule> ramp = r.nextBoolean() ? Optional.empty() : Optional.of(ramp(r));
            Optional<Seasonality> season = r.nextBoolean() ? Optional.empty()
                    : Optional.of(Seasonality.quarters(2026, d("20"), d("25"), d("25"), d("30")));
            Optional<BigDecimal> cap = r.nextBoolean() ? Optional.empty() : Optional.of(BigDecimal.valueOf(r.nextInt(41)));
            ProrationBasis basis = r.nextBoolean() ? ProrationBasis.CALENDAR_DAYS : ProrationBasis.WORKING_DAYS;
            TargetRules rules = new TargetRules(factors, basis, WorkCalendar.weekdays(), ramp, season, cap, 3);
            LocalDate start = YEAR.start().plusDays(r.nextInt(300) - 60);
            List<DateRange> leaves = new ArrayList<>();
            if (r.nextBoolean()) {
                LocalDate ls = YEAR.start().plusDays(r.nextInt(340));
                leaves.add(DateRange.of(ls, ls.plusDays(r.nextInt(20))));
            }
            Optional<LocalDate> from = r.nextBoolean() ? Optional.of(start) : Optional.empty();
            Participation p = new Participation(from, Optional.empty(), leaves, r.nextBoolean() ? from : Optional.empty());
            List<Relief> reliefs = new ArrayList<>();
            for (int i = 0; i < r.nextInt(3); i++) {
                reliefs.add(new Relief(r.nextBoolean() ? Relief.Kind.CREDIT : Relief.Kind.TARGET,
                        BigDecimal.valueOf(1 + r.nextInt(50_000)), "event " + i, "approver", YEAR.start().plusDays(r.nextInt(365))));
            }
            BigDecimal target = BigDecimal.valueOf(100_000 + r.nextInt(2_000_000));
            BigDecimal actual = BigDecimal.valueOf(r.nextInt(3_000_000), r.nextInt(3));
            return new Draw(rules, names, p, values, reliefs, target, actual);
        }

        private static RampSchedule ramp(Random r) {
            List<BigDecimal> percents = new ArrayList<>();
            int p = 5 + r.nextInt(30);
            for (int i = 0; i < 1 + r.nextInt(5); i++) {
                percents.add(BigDecimal.valueOf(Math.min(100, p)));
                p += r.nextInt(40);
            }
            return new RampSchedule(percents, 1 + r.nextInt(28));
        }

        Rubric rubric(BigDecimal scaleBy, List<String> factorOrder) {
            QuotaMeasure arr = new QuotaMeasure("new-arr", d("100"), new Target(target.multiply(scaleBy), "USD",
                    org.blendscore.rubric.QuantityKind.AMOUNT), Direction.HIGHER_IS_BETTER, TargetFixtures.arrCurve(), factorOrder);
            return new Rubric("targets", "1", YEAR, List.of(new Section("Revenue", d("100"), List.of(arr))),
                    List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT, 2, rules);
        }

        Evidence evidence(BigDecimal scaleBy, List<Relief> reliefList, Participation participation) {
            List<Relief> scaled = reliefList.stream().map(x -> new Relief(x.kind(), x.amount().multiply(scaleBy), x.reason(),
                    x.approver(), x.approved())).toList();
            Map<String, MeasureEvidence> m = Map.of("new-arr", new QuotaActual(actual.multiply(scaleBy), scaled, List.of()));
            return new Evidence("sam", YEAR, m, Map.of(), participation, factors);
        }
    }

    private static Optional<BigDecimal> points(Review r) {
        return r.measure("new-arr").orElseThrow().points();
    }

    @Test
    void adjustmentsComposeInAnyOrderToTheSameEffectiveTarget() {
        qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
            Draw draw = Draw.of(seed);
            List<String> shuffledFactors = new ArrayList<>(draw.factorNames());
            List<Relief> shuffledReliefs = new ArrayList<>(draw.reliefs());
            List<DateRange> shuffledLeaves = new ArrayList<>(draw.participation().leaves());
            Random r = new Random(seed + 1);
            Collections.shuffle(shuffledFactors, r);
            Collections.shuffle(shuffledReliefs, r);
            Collections.shuffle(shuffledLeaves, r);
            Participation p2 = new Participation(draw.participation().start(), draw.participation().end(), shuffledLeaves,
                    draw.participation().hired());
            Review a = Scorer.of(draw.rubric(BigDecimal.ONE, draw.factorNames())).score(draw.evidence(BigDecimal.ONE, draw.reliefs(),
                    draw.participation()));
            Review b = Scorer.of(draw.rubric(BigDecimal.ONE, shuffledFactors)).score(draw.evidence(BigDecimal.ONE, shuffledReliefs, p2));
            assertEquals(a.overall(), b.overall());
            assertEquals(((org.blendscore.review.QuotaInput) a.measure("new-arr").orElseThrow().input()).target(),
                    ((org.blendscore.review.QuotaInput) b.measure("new-arr").orElseThrow().input()).target());
        });
    }

    @Test
    void aPeriodAndItsComplementaryPartGiveSharesThatAddUpToTheWhole() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 363)).checkAssert((seed, split) -> {
            Draw draw = Draw.of(seed);
            TargetTime time = new TargetTime(draw.rubric(BigDecimal.ONE, draw.factorNames()));
            LocalDate s = YEAR.start().plusDays(split);
            List<DateRange> leaves = draw.participation().leaves();
            // the same person's year, cut at s: up to s, and from the day after
            Fraction whole = time.share(YEAR, new Participation(Optional.empty(), Optional.empty(), leaves)).value();
            Fraction first = time.share(DateRange.of(YEAR.start(), s), new Participation(Optional.empty(), Optional.empty(), leaves)).value();
            Fraction second = time.share(DateRange.of(s.plusDays(1), YEAR.end()),
                    new Participation(Optional.empty(), Optional.empty(), leaves)).value();
            assertEquals(whole, first.add(second));
            // and the same with the cut as leaving on s and starting again the day after, without a ramp
            if (draw.rules().ramp().isEmpty()) {
                Fraction left = time.share(YEAR, new Participation(Optional.empty(), Optional.of(s), leaves)).value();
                Fraction rejoined = time.share(YEAR, new Participation(Optional.of(s.plusDays(1)), Optional.empty(), leaves)).value();
                assertEquals(whole, left.add(rejoined));
            }
        });
    }

    @Test
    void aCurrencyChangeLeavesAttainmentAndPointsUnchanged() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 100_000)).checkAssert((seed, k) -> {
            Draw draw = Draw.of(seed);
            BigDecimal rate = BigDecimal.valueOf(k, 3);
            Review base = Scorer.of(draw.rubric(BigDecimal.ONE, draw.factorNames()))
                    .score(draw.evidence(BigDecimal.ONE, draw.reliefs(), draw.participation()));
            Review converted = Scorer.of(draw.rubric(rate, draw.factorNames()))
                    .score(draw.evidence(rate, draw.reliefs(), draw.participation()));
            assertEquals(points(base), points(converted));
            assertEquals(base.overall(), converted.overall());
            org.blendscore.review.QuotaInput a = (org.blendscore.review.QuotaInput) base.measure("new-arr").orElseThrow().input();
            org.blendscore.review.QuotaInput b = (org.blendscore.review.QuotaInput) converted.measure("new-arr").orElseThrow().input();
            assertEquals(a.attainment(), b.attainment());
        });
    }

    @Test
    void reliefNeverLowersAScore() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(1, 500_000), integers().between(0, 1))
                .checkAssert((seed, amount, kind) -> {
                    Draw draw = Draw.of(seed);
                    Scorer scorer = Scorer.of(draw.rubric(BigDecimal.ONE, draw.factorNames()));
                    Review without = scorer.score(draw.evidence(BigDecimal.ONE, draw.reliefs(), draw.participation()));
                    List<Relief> more = new ArrayList<>(draw.reliefs());
                    more.add(new Relief(kind == 0 ? Relief.Kind.CREDIT : Relief.Kind.TARGET, BigDecimal.valueOf(amount),
                            "extra", "approver", YEAR.end()));
                    Review with = scorer.score(draw.evidence(BigDecimal.ONE, more, draw.participation()));
                    assertTrue(with.overall().compareTo(without.overall()) >= 0, without.overall() + " -> " + with.overall());
                });
    }

    @Test
    void aLaterRampMonthNeverHasALowerTargetShare() {
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, 10)).checkAssert((seed, month) -> {
            Random r = new Random(seed);
            RampSchedule ramp = Draw.ramp(r);
            TargetRules rules = new TargetRules(List.of(), ProrationBasis.CALENDAR_DAYS, WorkCalendar.weekdays(), Optional.of(ramp),
                    Optional.empty(), Optional.empty(), 3);
            TargetTime time = new TargetTime(TargetFixtures.rubric(rules));
            Participation hired = Participation.hiredOn(YEAR.start().plusDays(r.nextInt(31)));
            LocalDate m1 = YEAR.start().plusMonths(month);
            LocalDate m2 = m1.plusMonths(1);
            DateRange first = DateRange.of(m1, m1.withDayOfMonth(m1.lengthOfMonth()));
            DateRange second = DateRange.of(m2, m2.withDayOfMonth(m2.lengthOfMonth()));
            // compare the share per day, since months differ in length
            Fraction perDay1 = time.share(first, hired).value().divide(Fraction.of(first.days()));
            Fraction perDay2 = time.share(second, hired).value().divide(Fraction.of(second.days()));
            assertTrue(perDay2.compareTo(perDay1) >= 0, ramp + ": " + perDay1 + " then " + perDay2);
        });
    }
}
