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
package org.blendscore.analysis;

import static org.blendscore.analysis.AnalysisRubrics.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.FairnessRule;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * A rubric declares fairness rules and is rejected when it is built through the DSL or compiled
 * ({@link DeclaredRules}, which {@code Scorer.of} runs) if it breaks one, with the rule,
 * the value measured by the analysis and the limit. Numbers from enterprise-ae (reference-scenarios.md)
 * and field-rep (see {@link AnalysisRubrics}).
 */
class DeclaredFairnessRulesTest {

    private static final Rubric AE = AnalysisRubrics.enterpriseAe();
    private static final Rubric FIELD = AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT);

    /** The problems of the rubric under other rules: structural ones from its constructor, broken rules from the analysis. */
    private static List<RubricProblem> problems(Rubric rubric, FairnessRules rules) {
        return assertThrows(InvalidRubricException.class, () -> DeclaredRules.check(rubric.withFairness(rules))).problems();
    }

    private static RuleCheck only(Rubric rubric, FairnessRules rules) {
        List<RuleCheck> checks = RubricAnalysis.of(rubric).check(rules);
        assertEquals(1, checks.size(), checks.toString());
        return checks.get(0);
    }

    @Test
    void everyRubricGetsTheDefaultRulesCurvesNonDecreasingAndNoTierGaps() {
        assertEquals(FairnessRules.defaults(), AE.fairness());
        assertEquals(List.of(FairnessRule.CURVES_NON_DECREASING, FairnessRule.NO_TIER_GAPS), FairnessRules.defaults().declared());
        assertEquals("curves non-decreasing, no tier gaps", FairnessRules.defaults().toString());
        assertEquals(List.of(), FairnessRules.none().declared());
        assertTrue(FairnessRules.none().isNone());
        List<RuleCheck> rules = RubricAnalysis.of(AE).rules();
        assertEquals(List.of("fairness.curvesNonDecreasing: every curve is non-decreasing",
                "fairness.noTierGaps: every tier table gives one tier to every attainment"),
                rules.stream().map(RuleCheck::toString).toList());
        assertTrue(rules.stream().allMatch(RuleCheck::holds));
        assertEquals(Fraction.ZERO, rules.get(0).measured());
        assertEquals(Fraction.ZERO, rules.get(1).measured());
    }

    @Test
    void aFallingCurveIsRejectedByDefaultWithTheFallAndWhere() {
        LinearCurve falling = new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1.0", "100"),
                Breakpoint.of("1.5", "80")), Optional.empty(), true);
        // constructed directly, the rubric is structurally valid; compiling it measures its declared rules
        Rubric unchecked = AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, falling, List.of());
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> Scorer.of(unchecked));
        assertEquals(List.of(new RubricProblem("fairness.curvesNonDecreasing", "measures[bookings] curve falls by 20.00 points"
                + " from breakpoints[1] (1.0) to breakpoints[2] (1.5) (100.00 to 80.00); more attainment must never earn fewer points")),
                e.problems());
        assertTrue(e.getMessage().startsWith("rubric 'field-rep' is invalid (1 problem):\n  - fairness.curvesNonDecreasing: "),
                e.getMessage());
        // switched off, it builds, and the analysis measures the same fall
        Rubric built = AnalysisRubrics.fieldRep(MissingEvidencePolicy.LEAVE_OUT, falling, List.of(), FairnessRules.none());
        RuleCheck curves = only(built, FairnessRules.none().withCurvesNonDecreasing(true));
        assertFalse(curves.holds());
        assertEquals(Fraction.of(20), curves.measured());
        assertEquals(List.of(), RubricAnalysis.of(built).rules());
    }

    @Test
    void aRubricConstructedDirectlyChecksItsStructureAndItsRulesAreMeasuredWhenItIsCompiled() {
        Rubric strict = AE.withFairness(FairnessRules.defaults().withMaxMeasureShare(d("40")));
        assertEquals(Optional.of(d("40")), strict.fairness().limit(FairnessRule.MAX_MEASURE_SHARE));
        List<RubricProblem> expected = List.of(new RubricProblem("fairness.maxMeasureShare", "largest measure share is 50.00%"
                + " of the overall at measures[new-arr] by nominal weight, limit 40%"));
        assertEquals(expected, DeclaredRules.broken(strict));
        assertEquals(expected, assertThrows(InvalidRubricException.class, () -> DeclaredRules.check(strict)).problems());
        assertEquals(expected, assertThrows(InvalidRubricException.class, () -> Scorer.of(strict)).problems());
        assertSame(AE, DeclaredRules.check(AE));
        assertEquals(List.of(), DeclaredRules.broken(strict.withFairness(FairnessRules.none())));
    }

    @Test
    void enterpriseQualitativeShareIsFiftyPercentByNominalWeight() {
        // Progression 20% + Relationship 30% (customer-trust 18% + account-knowledge 12%)
        RuleCheck atLimit = only(AE, FairnessRules.none().withMinQualitativeShare(d("50")));
        assertTrue(atLimit.holds());
        assertEquals(Fraction.of(50), atLimit.measured());
        assertEquals(Optional.of(d("50")), atLimit.limit());
        assertEquals(List.of(new RubricProblem("fairness.minQualitativeShare", "qualitative measures (milestones, ratings) carry"
                + " 50.00% of the overall by nominal weight, limit at least 60%")),
                problems(AE, FairnessRules.defaults().withMinQualitativeShare(d("60"))));
        assertEquals(FairnessRules.none().withMinQualitativeShare(d("50")),
                AE.withFairness(FairnessRules.none().withMinQualitativeShare(d("50"))).fairness());
    }

    @Test
    void newArrCarriesHalfTheOverallSoALimitOf40PercentRejectsEnterpriseAe() {
        RuleCheck atLimit = only(AE, FairnessRules.none().withMaxMeasureShare(d("50")));
        assertTrue(atLimit.holds());
        assertEquals(Fraction.of(50), atLimit.measured());
        assertEquals(List.of(new RubricProblem("fairness.maxMeasureShare", "largest measure share is 50.00% of the overall at"
                + " measures[new-arr] by nominal weight, limit 40%")),
                problems(AE, FairnessRules.defaults().withMaxMeasureShare(d("40"))));
        // field-rep: bookings 40%, meetings 20%, client-rating and referrals 20% each
        assertEquals("largest measure share is 40.00% of the overall at measures[bookings] by nominal weight, limit 15%"
                + " (4 measures above the limit: bookings 40.00%, meetings 20.00%, client-rating 20.00%, referrals 20.00%)",
                only(FIELD, FairnessRules.none().withMaxMeasureShare(d("15"))).finding());
    }

    @Test
    void theBookingsGateIsA24PointCliffAboveALimitOf10() {
        List<RubricProblem> problems = problems(FIELD, FairnessRules.defaults().withMaxCliff(d("10")));
        assertEquals(List.of(new RubricProblem("fairness.maxCliff",
                "largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 10")), problems);
        assertEquals("fairness.maxCliff: largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8,"
                + " limit 10", problems.get(0).toString());
        RuleCheck cliff = only(FIELD, FairnessRules.none().withMaxCliff(d("10")));
        assertEquals(Fraction.of(24), cliff.measured());
        assertFalse(cliff.holds());
        // the meetings tier edges jump by 50 points at a 20% share: 10 overall points each, so three cliffs exceed 9.99
        assertEquals("largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 9.99"
                + " (3 cliffs above the limit)", only(FIELD, FairnessRules.none().withMaxCliff(d("9.99"))).finding());
        // exactly at the limit holds
        Rubric atLimit = FIELD.withFairness(FairnessRules.defaults().withMaxCliff(d("24")));
        assertEquals(Optional.of(d("24")), atLimit.fairness().maxCliff());
        assertEquals(Fraction.of(24), RubricAnalysis.of(FIELD).largestCurveCliff().orElseThrow().overallJump());
    }

    @Test
    void milestoneStepsAreNotCliffsOfACurve() {
        // enterprise-ae's milestones jump the overall by up to 6 points, but its only curve is continuous
        RuleCheck cliff = only(AE, FairnessRules.none().withMaxCliff(d("0")));
        assertTrue(cliff.holds());
        assertEquals(Fraction.ZERO, cliff.measured());
        assertEquals("no curve has a cliff, limit 0", cliff.finding());
        assertEquals(Optional.empty(), RubricAnalysis.of(AE).largestCurveCliff());
        assertEquals(Fraction.of(6), RubricAnalysis.of(AE).largestCliff().orElseThrow().overallJump());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInTheOrderOfTheRules() {
        FairnessRules strict = FairnessRules.defaults().withMaxCliff(d("10")).withMaxMeasureShare(d("30"))
                .withMinQualitativeShare(d("50"));
        assertEquals(List.of("fairness.minQualitativeShare", "fairness.maxMeasureShare", "fairness.maxCliff"),
                problems(FIELD, strict).stream().map(RubricProblem::path).toList());
        assertEquals("curves non-decreasing, no tier gaps, qualitative share at least 50%, no measure above 30% of the overall,"
                + " no cliff above 10 overall points", strict.toString());
    }

    @Test
    void limitsOutOfRangeAreStructuralProblemsReportedWithTheRestAndBeforeAnyMeasurement() {
        FairnessRules nonsense = FairnessRules.none().withMinQualitativeShare(d("120")).withMaxMeasureShare(d("-1"))
                .withMaxCliff(d("-5"));
        assertEquals(List.of(new RubricProblem("fairness.minQualitativeShare", "share limit is 120%, allowed 0 to 100"),
                new RubricProblem("fairness.maxMeasureShare", "share limit is -1%, allowed 0 to 100"),
                new RubricProblem("fairness.maxCliff", "cliff limit is -5, must not be negative")), problems(AE, nonsense));
        assertEquals(List.of(new RubricProblem("fairness.maxCliff", "limit 1E+5000000 is outside the supported range: at most 30"
                + " digits before the decimal point and 20 after it")),
                problems(AE, FairnessRules.none().withMaxCliff(new java.math.BigDecimal("1E+5000000"))));
        // a structural problem stops the check before the rules are measured
        Rubric broken = AE;
        List<Section> sections = List.of(new Section("Revenue", d("95"), broken.sections().get(0).measures()));
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric(AE.id(), AE.version(), AE.effective(),
                sections, AE.bands(), List.of(), AE.missingEvidence(), 2, AE.targets(),
                FairnessRules.defaults().withMaxMeasureShare(d("10"))));
        assertEquals(List.of("sections"), e.problems().stream().map(RubricProblem::path).toList());
    }

    @Test
    void theAnalysisReportListsTheDeclaredRulesWithTheirMeasuredValues() {
        Rubric declared = FIELD.withFairness(FairnessRules.defaults().withMaxCliff(d("30")).withMinQualitativeShare(d("40")));
        String report = RubricAnalysis.of(declared).report();
        assertTrue(report.contains("Fairness rules declared by the rubric\n"
                + "  fairness.curvesNonDecreasing: holds, every curve is non-decreasing\n"
                + "  fairness.noTierGaps: holds, every tier table gives one tier to every attainment\n"
                + "  fairness.minQualitativeShare: holds, qualitative measures (milestones, ratings) carry 40.00% of the overall by"
                + " nominal weight, limit at least 40%\n"
                + "  fairness.maxCliff: holds, largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8,"
                + " limit 30\n"), report);
        assertTrue(RubricAnalysis.of(FIELD.withFairness(FairnessRules.none())).report()
                .endsWith("Fairness rules declared by the rubric\n  (none)\n"));
    }
}
