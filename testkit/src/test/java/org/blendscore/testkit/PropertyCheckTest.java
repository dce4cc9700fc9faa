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
package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The kit on the reference and example rubrics, and how it is configured, run and reported. */
class PropertyCheckTest {

    private static final Rubric AE = KitRubrics.enterpriseAe();

    private static void assertPassedButTheCliff(PropertyReport report) {
        assertTrue(report.fair(), report.render());
        for (PropertyVerdict v : report.verdicts()) {
            PropertyVerdict.Status expected = v.property() == ScoringProperty.NO_CLIFF_ABOVE_LIMIT
                    ? PropertyVerdict.Status.SKIPPED : PropertyVerdict.Status.PASSED;
            assertEquals(expected, v.status(), report.render());
        }
        assertEquals(ScoringProperty.values().length, report.verdicts().size());
    }

    @Test
    void theLibrarysScorerIsFairOnTheReferenceAndExampleRubrics() {
        for (Rubric rubric : List.of(AE, KitRubrics.hunter(), KitRubrics.farmer())) {
            PropertyReport report = PropertyCheck.of(rubric).seed(2026).run();
            assertPassedButTheCliff(report);
            assertEquals(PropertyCheck.DEFAULT_TRIES, report.verdict(ScoringProperty.BOUNDED).orElseThrow().tries());
        }
    }

    @Test
    void theKitChecksCliffsAgainstTheRubricsDeclaredLimit() {
        // the farmer's net-revenue-retention tiers jump by up to 40 points at a 24% share: 9.60 overall points
        Rubric farmer = KitRubrics.farmer().withFairness(FairnessRules.defaults().withMaxCliff(new BigDecimal("10")));
        PropertyCheck check = PropertyCheck.of(farmer).seed(7);
        assertEquals(Optional.of(new BigDecimal("10")), check.cliffLimit());
        PropertyVerdict cliff = check.check(ScoringProperty.NO_CLIFF_ABOVE_LIMIT);
        assertEquals(PropertyVerdict.Status.PASSED, cliff.status(), cliff.render());
        assertEquals("limit 10 overall points", cliff.note());
        // a stricter limit given to the kit finds the 9.60 jump
        PropertyVerdict stricter = check.maxCliff(9).check(ScoringProperty.NO_CLIFF_ABOVE_LIMIT);
        assertTrue(stricter.failed(), stricter.render());
        assertTrue(stricter.counterexample().orElseThrow().finding().contains("a jump of 9.60 overall points above the limit of 9"),
                stricter.render());
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        PropertyCheck check = PropertyCheck.of(KitRubrics.plantedCliff()).maxCliff(10).seed(99).tries(50);
        assertEquals(check.run(), check.run());
        assertEquals(check.run().render(), PropertyCheck.of(KitRubrics.plantedCliff()).maxCliff(10).tries(50).seed(99).run().render());
        assertEquals(99, check.seed());
    }

    @Test
    void aPassingReportRendersOneLinePerProperty() {
        String report = PropertyCheck.of(AE).seed(42).tries(20).run().render();
        assertEquals("""
                Fairness check of rubric enterprise-ae version 2026.1: seed 42, 20 tries per property
                  PASSED  bounded: the overall and every measure's points stay within what the rubric allows (20 tries; overall 0.00..130.00)
                  PASSED  monotone: a better quota actual, rating or milestone never lowers the overall or the band (20 tries)
                  PASSED  N/A-neutral: an N/A rating, added or removed, changes nothing (20 tries)
                  PASSED  subject-blind: the subject's id and attributes change nothing (20 tries)
                  PASSED  order-blind: the order of ratings, sources, milestones and measures changes nothing (20 tries)
                  PASSED  deterministic: the same evidence always gives the same review (20 tries)
                  PASSED  unit-blind: multiplying all amounts and targets by one constant changes nothing (20 tries)
                  SKIPPED no cliff above the limit: the rubric declares no maxCliff and none was given to the kit (PropertyCheck.maxCliff)
                  PASSED  withholding-bounded: leaving evidence out never gains more than the rubric declares, nor escapes a guard (20 tries)
                Result: fair, no property failed
                """, report);
    }

    @Test
    void assertFairThrowsAnAssertionErrorWithTheRenderedReport() {
        PropertyCheck check = PropertyCheck.of(KitRubrics.plantedCliff()).maxCliff(10).seed(3);
        AssertionError e = assertThrows(AssertionError.class, check::assertFair);
        PropertyReport report = check.run();
        assertEquals(report.render(), e.getMessage());
        assertFalse(report.fair());
        assertEquals(List.of(ScoringProperty.NO_CLIFF_ABOVE_LIMIT), report.failures().stream().map(PropertyVerdict::property).toList());
        assertTrue(e.getMessage().contains("  FAILED  no cliff above the limit: the actual of bookings from 399,999 to 400,000"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Result: UNFAIR, 1 of 9 properties failed\n"), e.getMessage());
        PropertyCheck.of(AE).seed(3).tries(5).assertFair();
    }

    @Test
    void aFixedScoringFunctionSkipsUnitBlindnessAndACompilerChecksIt() {
        Scorer scorer = Scorer.of(AE);
        PropertyVerdict fixed = PropertyCheck.of(AE).scoredBy(scorer::score).tries(10).check(ScoringProperty.UNIT_BLIND);
        assertEquals(PropertyVerdict.Status.SKIPPED, fixed.status());
        assertTrue(fixed.note().contains("compiledBy"), fixed.note());
        PropertyVerdict compiled = PropertyCheck.of(AE).compiledBy(r -> Scorer.of(r)::score).tries(10).check(ScoringProperty.UNIT_BLIND);
        assertEquals(PropertyVerdict.Status.PASSED, compiled.status());
    }

    @Test
    void onlyTheChosenPropertiesRun() {
        PropertyReport report = PropertyCheck.of(AE).only(ScoringProperty.BOUNDED, ScoringProperty.DETERMINISTIC).tries(5).run();
        assertEquals(List.of(ScoringProperty.BOUNDED, ScoringProperty.DETERMINISTIC),
                report.verdicts().stream().map(PropertyVerdict::property).toList());
        assertEquals(Optional.empty(), report.verdict(ScoringProperty.MONOTONE));
    }

    @Test
    void badOptionsAreRejectedWithTheValue() {
        PropertyCheck check = PropertyCheck.of(AE);
        assertEquals("tries is 0, at least 1 is needed", assertThrows(IllegalArgumentException.class, () -> check.tries(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> check.maxCliff(-1));
        assertThrows(IllegalArgumentException.class, () -> check.maxCliff(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> check.maxCliff(new BigDecimal("-0.5")));
        assertThrows(IllegalArgumentException.class, check::only);
        assertThrows(IllegalArgumentException.class, () -> check.generator(EvidenceGenerator.of(KitRubrics.farmer())));
        assertThrows(IllegalArgumentException.class, () -> new PropertyVerdict(ScoringProperty.BOUNDED,
                PropertyVerdict.Status.FAILED, 1, Optional.empty(), ""));
    }

    /**
     * A short steep segment of a count measure's curve is slope, not a cliff: with a limit of 0 the
     * cliff search finds nothing on a rubric without gates or steps, whatever the seed.
     */
    @Test
    void aShortSteepSegmentOfACountCurveIsNotACliff() {
        Rubric rubric = KitRubrics.shortSteepSegment();
        for (long seed : new long[] {1, 2, 3, 42, 2026, 3_873_372_651_366_730_074L}) {
            PropertyReport report = PropertyCheck.of(rubric).seed(seed).tries(400).maxCliff(0)
                    .only(ScoringProperty.NO_CLIFF_ABOVE_LIMIT).run();
            assertTrue(report.fair(), report.render());
            assertEquals(PropertyVerdict.Status.PASSED, report.verdict(ScoringProperty.NO_CLIFF_ABOVE_LIMIT).orElseThrow().status());
        }
    }
}
