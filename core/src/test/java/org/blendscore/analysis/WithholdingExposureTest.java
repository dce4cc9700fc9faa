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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.analysis.WithholdingExposure.Scope;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.FairnessRule;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.ReferenceRubric;
import org.junit.jupiter.api.Test;

/**
 * Withholding exposure on the reference rubric (enterprise-ae), worked by hand. Sections Revenue
 * 50% (new-arr 0..130), Progression 20% (milestones 0..100), Relationship 30% (customer-trust 60%,
 * account-knowledge 40%, both 0..100); everything LEAVE_OUT; least coverage 75%; one fail-closed
 * guard, Relationship below 50: at most Meets.
 */
class WithholdingExposureTest {

    private static final Rubric AE = ReferenceRubric.rubric();
    private static final RubricAnalysis A = RubricAnalysis.of(AE);

    private static Rubric rebuilt(List<Section> sections, List<org.blendscore.rubric.BandGuard> guards, MissingEvidencePolicy policy) {
        return new Rubric(AE.id(), AE.version(), AE.effective(), sections, AE.bands(), guards, policy, AE.scale());
    }

    private static WithholdingExposure exposure(RubricAnalysis a, Scope scope, String id) {
        return a.withholding(scope, id).orElseThrow();
    }

    private static Fraction gain(RubricAnalysis a, Scope scope, String id) {
        return exposure(a, scope, id).gain().orElseThrow();
    }

    @Test
    void newArrAloneInItsSectionTakesRevenueOutAndGainsFiveHundredSevenths() {
        // new-arr at 0 beside milestones at 100: (0.5 x 0 + 0.2 x 100) / 0.7 = 28.57; without it 100
        // gain = 0.5 x (100 - 0) / (0.2 + 0.5) = 500/7; with Relationship instead 0.5 x 100 / 0.8 = 62.5 is less
        assertEquals(Fraction.of(500, 7), gain(A, Scope.MEASURE, "new-arr"));
        WithholdingExposure e = exposure(A, Scope.MEASURE, "new-arr");
        assertTrue(e.withholdable());
        assertEquals(Fraction.of(1, 2), e.coverageAtMost());
        assertTrue(e.leavesIncomplete(), "50% coverage is below the least 75%: no band can be bought");
        assertEquals(Fraction.of(500, 7), gain(A, Scope.SECTION, "Revenue"));
    }

    @Test
    void milestonesGainMostBesideRelationshipAlone() {
        // 0.2 x 100 / (0.3 + 0.2) = 40; beside Revenue at 130: 0.2 x 130 / 0.7 = 260/7 ~ 37.14
        assertEquals(Fraction.of(40), gain(A, Scope.MEASURE, "milestones"));
        WithholdingExposure e = exposure(A, Scope.MEASURE, "milestones");
        assertEquals(Fraction.of(4, 5), e.coverageAtMost());
        assertFalse(e.leavesIncomplete());
        assertEquals(List.of(), e.guardsEscaped());
    }

    @Test
    void aRelationshipMeasureCanLiftItsSectionPastTheGuard() {
        // inside the section: customer-trust at 0 beside account-knowledge at 100 scores 40; without it 100:
        // 0.6 x 100 / (0.4 + 0.6) = 60, lifted by 0.3 / 0.3 when the other sections are left out;
        // taking the section out instead (beside milestones at 100): 0.3 x 100 / 0.5 = 60 as well
        assertEquals(Fraction.of(60), gain(A, Scope.MEASURE, "customer-trust"));
        // account-knowledge: 0.4 x 100 / 1 = 40 inside the section, 60 with the section out
        assertEquals(Fraction.of(60), gain(A, Scope.MEASURE, "account-knowledge"));
        // the section stays, and its score crosses 50: customer-trust at 0 holds it below, without it it need not be
        assertEquals(List.of(0), exposure(A, Scope.MEASURE, "customer-trust").guardsEscaped());
        assertEquals(List.of(0), exposure(A, Scope.MEASURE, "account-knowledge").guardsEscaped());
    }

    @Test
    void theWholeRelationshipSectionGainsSixtyButNeverABandPastTheGuard() {
        WithholdingExposure e = exposure(A, Scope.SECTION, "Relationship");
        assertEquals(Optional.of(Fraction.of(60)), e.gain());
        assertEquals(Fraction.of(7, 10), e.coverageAtMost());
        assertTrue(e.leavesIncomplete(), "70% is below the least coverage 75%");
        assertEquals(List.of(), e.guardsEscaped(), "the guard fails closed");
    }

    @Test
    void aFailOpenGuardIsEscapedByWithholdingItsSection() {
        Rubric open = rebuilt(AE.sections(), List.of(AE.guards().get(0).failingOpen()), MissingEvidencePolicy.LEAVE_OUT);
        WithholdingExposure e = exposure(RubricAnalysis.of(open), Scope.SECTION, "Relationship");
        assertEquals(List.of(0), e.guardsEscaped());
    }

    @Test
    void countAsZeroAndRejectAreNotWithholdable() {
        RubricAnalysis zero = RubricAnalysis.of(rebuilt(AE.sections(), AE.guards(), MissingEvidencePolicy.COUNT_AS_ZERO));
        for (WithholdingExposure e : zero.withholding()) {
            assertFalse(e.withholdable(), e.path());
            assertEquals(Optional.of(Fraction.ZERO), e.gain(), e.path());
        }
        assertEquals(Optional.empty(), zero.largestWithholding());
        RubricAnalysis reject = RubricAnalysis.of(rebuilt(AE.sections(), AE.guards(), MissingEvidencePolicy.REJECT));
        assertEquals(MissingEvidencePolicy.REJECT, exposure(reject, Scope.MEASURE, "new-arr").policy());
        assertFalse(exposure(reject, Scope.MEASURE, "new-arr").withholdable());
    }

    @Test
    void aRelationshipSectionCountedAsZeroStopsTheOthersFromRenormalisingAwayFromIt() {
        List<Section> sections = AE.sections().stream()
                .map(s -> s.name().equals("Relationship") ? s.withMissingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO) : s).toList();
        RubricAnalysis a = RubricAnalysis.of(rebuilt(sections, AE.guards(), MissingEvidencePolicy.LEAVE_OUT));
        assertFalse(exposure(a, Scope.SECTION, "Relationship").withholdable());
        // milestones: Relationship always present (weight 0.3), so 0.2 x 100 / 0.5 = 40 still, beside it at 100
        assertEquals(Fraction.of(40), gain(a, Scope.MEASURE, "milestones"));
        // new-arr beside Relationship at 100: 0.5 x 100 / 0.8 = 62.5 (Progression alone can no longer be all that is left)
        assertEquals(Fraction.of(125, 2), gain(a, Scope.MEASURE, "new-arr"));
        // customer-trust takes its section's policy: counted as zero when missing, so withholding gains nothing
        assertEquals(MissingEvidencePolicy.COUNT_AS_ZERO, exposure(a, Scope.MEASURE, "customer-trust").policy());
        assertFalse(exposure(a, Scope.MEASURE, "customer-trust").withholdable());
        assertEquals(Fraction.ZERO, gain(a, Scope.MEASURE, "customer-trust"));
    }

    @Test
    void theReportListsEveryExposure() {
        String report = A.report();
        assertTrue(report.contains("measures[new-arr]: +\u224871.43 overall, coverage at most 50.00%, below the least coverage"), report);
        assertTrue(report.contains("measures[customer-trust]: +60.00 overall, coverage at most 82.00%, can lift the band past guards[0]"),
                report);
        assertTrue(report.contains("sections[Relationship]: +60.00 overall, coverage at most 70.00%, below the least coverage"), report);
        assertTrue(report.contains("largest: measures[new-arr], +\u224871.43 overall points"), report);
    }

    @Test
    void aDeclaredWithholdingLimitRejectsARubricThatExceedsIt() {
        FairnessRules rules = FairnessRules.defaults().withMaxWithholdingGain(new BigDecimal("70"));
        List<RubricProblem> problems = assertThrows(InvalidRubricException.class,
                () -> DeclaredRules.check(AE.withFairness(rules))).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("fairness.maxWithholdingGain", problems.get(0).path());
        assertEquals("largest withholding gain is \u224871.43 overall points at measures[new-arr], limit 70"
                + " (2 measures and sections above the limit)", problems.get(0).message());
        assertEquals("curves non-decreasing, no tier gaps, no withholding gain above 70 overall points", rules.toString());
    }

    @Test
    void aLimitAtTheExposureHolds() {
        FairnessRules rules = FairnessRules.defaults().withMaxWithholdingGain(new BigDecimal("71.43"));
        RuleCheck check = RubricAnalysis.of(AE).check(rules).get(2);
        assertEquals(FairnessRule.MAX_WITHHOLDING_GAIN, check.rule());
        assertEquals(Fraction.of(500, 7), check.measured());
        assertTrue(check.holds(), check.finding());
    }

    @Test
    void aNegativeWithholdingLimitIsAStructuralProblem() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> AE.withFairness(FairnessRules.none().withMaxWithholdingGain(new BigDecimal("-1"))));
        assertTrue(e.getMessage().contains("fairness.maxWithholdingGain"), e.getMessage());
    }
}
