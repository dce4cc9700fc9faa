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

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.junit.jupiter.api.Test;

/** Declared fairness rules through the DSL: immutable steps, checked by {@code build()}. */
class FairnessDslTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** Two quota measures: bookings with a gate above its first breakpoint, calls with step tiers. */
    private static final RubricStep FIELD = rubric("field").version("1").effective(RubricDslTest.YEAR)
            .section("Revenue", 60, s -> s
                    .quota("bookings", 100, q -> q.target(500_000, "USD")
                            .curve(linear().point(0.5, 0).point(1.0, 100).gateBelow(0.8).capped())))
            .section("Activity", 40, s -> s
                    .quota("calls", 100, q -> q.count(800, "calls").curve(tiers().from(0, 0).from(0.9, 50).from(1.0, 100))))
            .band("Meets", 70).band("Below", 0);

    @Test
    void aRubricDeclaresItsRulesInOneLine() {
        Rubric ae = RubricDslTest.ENTERPRISE_AE.fairness(f -> f.minQualitativeShare(30).maxMeasureShare(50).maxCliff(10)).build();
        assertEquals(new FairnessRules(Optional.of(d("30")), Optional.of(d("50")), Optional.of(d("10")), true, true), ae.fairness());
        assertEquals(FairnessRules.defaults(), RubricDslTest.ENTERPRISE_AE.build().fairness());
    }

    @Test
    void aBrokenRuleFailsTheBuildWithTheMeasuredValueAndTheLimit() {
        // bookings: at the 0.8 gate the points jump from 0 to 60, at a 60% share: 36 overall points
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> FIELD.fairness(f -> f.maxCliff(20)).build());
        assertEquals(List.of(new RubricProblem("fairness.maxCliff",
                "largest cliff is 36.00 overall points at measures[bookings] gate at attainment 0.8, limit 20")), e.problems());
        InvalidRubricException share = assertThrows(InvalidRubricException.class,
                () -> FIELD.fairness(f -> f.minQualitativeShare(25)).build());
        assertEquals(List.of(new RubricProblem("fairness.minQualitativeShare", "qualitative measures (milestones, ratings) carry"
                + " 0.00% of the overall by nominal weight, limit at least 25%")), share.problems());
    }

    @Test
    void rulesCanBeSwitchedOffWholeOrOneByOne() {
        assertEquals(FairnessRules.none(), FIELD.fairness(FairnessRules.none()).build().fairness());
        assertEquals(FairnessRules.none().withMaxCliff(d("40")), FIELD.fairness(f -> f.none().maxCliff(40)).build().fairness());
        assertEquals(FairnessRules.defaults().withCurvesNonDecreasing(false).withNoTierGaps(false),
                FIELD.fairness(f -> f.curvesNonDecreasing(false).noTierGaps(false)).build().fairness());
    }

    @Test
    void stepsAreImmutableSoATemplateKeepsItsRules() {
        RubricStep strict = FIELD.fairness(f -> f.maxCliff(40));
        RubricStep stricter = strict.fairness(f -> f.maxMeasureShare(70));
        assertEquals(FairnessRules.defaults().withMaxCliff(d("40")), strict.build().fairness());
        assertEquals(FairnessRules.defaults().withMaxCliff(d("40")).withMaxMeasureShare(d("70")), stricter.build().fairness());
        assertEquals(FairnessRules.defaults(), FIELD.build().fairness());
    }

    @Test
    void aDecreasingTierTableIsRejectedByTheDefaultRules() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric("down").version("1")
                .effective(RubricDslTest.YEAR)
                .section("Only", 100, s -> s.quota("calls", 100, q -> q.count(10, "calls")
                        .curve(tiers().from(0, 0).from(1.0, 100).from(1.5, 90))))
                .band("Below", 0).build());
        assertEquals(List.of(new RubricProblem("fairness.curvesNonDecreasing", "measures[calls] curve falls by 10.00 points"
                + " from tiers[1] [1, 1.5) to tiers[2] [1.5, \u221e) (100.00 to 90.00); more attainment must never earn fewer points")),
                e.problems());
    }
}
