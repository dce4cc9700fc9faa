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

import static org.blendscore.scoring.Fixtures.actual;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.single;
import static org.blendscore.scoring.Fixtures.straight;
import static org.blendscore.scoring.ReferenceRubric.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.number.Fraction;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.Review;
import org.blendscore.review.Warning;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.junit.jupiter.api.Test;

/**
 * Evidence coverage, the least coverage for a band, policies per section and per measure, guards that
 * fail closed and the rounding point of bands, on the reference rubric {@code enterprise-ae} (Revenue
 * 50%: new-arr; Progression 20%: milestones; Relationship 30%: customer-trust 60% with customer 60%
 * and manager 40%, account-knowledge 40% with manager 100%; guard: Relationship below 50, at most
 * Meets) with its default band rules: least coverage 75%, no band below it, bands read the rounded
 * overall.
 *
 * <p>Dan: new-arr 1,380,000 (a = 1.38: 100 + 0.38 / 0.5 x 30 = 122.80), every milestone but discovery
 * (80), customer-trust customer 3, 3 and manager 3 (50), account-knowledge manager 2 (25):
 * Relationship 0.6 x 50 + 0.4 x 25 = 40, overall 61.40 + 16.00 + 12.00 = 89.40, Meets.
 */
class CoverageTest {

    private static final List<String> DAN_MILESTONES = List.of("executive-alignment", "referral-secured", "customer-success-milestone");

    private static final Scorer REFERENCE = Scorer.of(ReferenceRubric.rubric());

    private static org.blendscore.evidence.Evidence dan(boolean trust, boolean knowledge) {
        return ReferenceRubric.evidence("dan", "1380000", DAN_MILESTONES,
                trust ? List.of("customer:c1=3", "customer:c2=3", "manager:m1=3") : null,
                knowledge ? List.of("manager:m1=2") : null);
    }

    @Test
    void theReferenceScenariosKeepTheirResultsAndStateTheirCoverage() {
        Review ana = REFERENCE.score(ReferenceRubric.ana());
        assertEquals(Fraction.ONE, ana.coverage().overall());
        assertTrue(ana.complete());
        assertEquals(List.of(), ana.coverage().missing());
        // Cara's customer source (60% of customer-trust, 60% of Relationship, 30% of the rubric) is missing: 10.8%
        Review cara = REFERENCE.score(ReferenceRubric.cara());
        assertEquals(Fraction.of(223, 250), cara.coverage().overall());
        assertEquals(d("89.20"), cara.coverage().overallPercent());
        assertEquals(Optional.of(Fraction.of(64, 100)), cara.coverage().section("Relationship"));
        assertEquals(List.of(new MissingEvidence("Relationship", "customer-trust", Optional.of("customer"), "1 usable rating, needs 2",
                Fraction.of(108, 1000))), cara.coverage().missing());
        assertEquals(Optional.of("Below"), cara.band());
        assertTrue(cara.complete());
        // Eve's account-knowledge (40% of Relationship) is missing: 12%
        Review eve = REFERENCE.score(ReferenceRubric.eve());
        assertEquals(Fraction.of(22, 25), eve.coverage().overall());
        assertEquals(Optional.of("Meets"), eve.band());
        assertEquals(d("75.00"), eve.overall());
        assertTrue(eve.explain().contains("Evidence coverage 88.00% of the rubric's weight (Revenue 100.00%, Progression 100.00%, "
                + "Relationship 60.00%)"), eve.explain());
        assertTrue(eve.explain().contains("  missing: account-knowledge: no source had enough usable ratings (manager 0 of 1 needed) "
                + "(12.00% of the rubric's weight)"), eve.explain());
    }

    @Test
    void relationshipRatingsThatWereNotHandedInNoLongerBuyABand() {
        Review full = REFERENCE.score(dan(true, true));
        assertEquals(d("89.40"), full.overall());
        assertEquals(Optional.of("Meets"), full.band());
        // without the ratings the default policy leaves Relationship out and renormalises: (61.40 + 16.00) / 0.7
        Review withheld = REFERENCE.score(dan(false, false));
        assertEquals(d("110.57"), withheld.overall());
        assertFalse(withheld.complete());
        assertEquals(Optional.empty(), withheld.band());
        assertEquals(Optional.empty(), withheld.bandBeforeGuards());
        assertEquals(Fraction.of(7, 10), withheld.coverage().overall());
        assertEquals(Optional.of(Fraction.ZERO), withheld.coverage().section("Relationship"));
        assertEquals(List.of("customer-trust", "account-knowledge"),
                withheld.coverage().missing().stream().map(MissingEvidence::measureId).toList());
        assertEquals(List.of(Fraction.of(18, 100), Fraction.of(12, 100)),
                withheld.coverage().missing().stream().map(MissingEvidence::nominalShare).toList());
        assertEquals(List.of(Warning.Kind.MEASURE_LEFT_OUT, Warning.Kind.MEASURE_LEFT_OUT, Warning.Kind.SECTION_LEFT_OUT,
                Warning.Kind.GUARD_FAILED_CLOSED, Warning.Kind.INCOMPLETE), withheld.warnings().stream().map(Warning::kind).toList());
        assertEquals("incomplete review: evidence covered 70.00% of the rubric's weight, below its least coverage of 75.00% for a "
                + "banded review; no band is given", withheld.warnings().get(4).message());
        assertTrue(withheld.explain().contains("Overall 110.57, no band: evidence coverage 70.00% is below the rubric's least "
                + "coverage of 75.00% for a banded review"), withheld.explain());
    }

    @Test
    void evidenceForOneSmallMeasureAloneNoLongerScoresATopBand() {
        // only account-knowledge (12% of the rubric) was handed in: a manager 5 is 100 points, and
        // renormalisation makes it the whole overall; it used to be Exceeds on 12% of the evidence
        Review r = REFERENCE.score(ReferenceRubric.evidence("fin", null, null, null, List.of("manager:m1=5")));
        assertEquals(d("100.00"), r.overall());
        assertEquals(Fraction.of(12, 100), r.coverage().overall());
        assertEquals(Optional.empty(), r.band());
        assertEquals(List.of("new-arr", "milestones", "customer-trust"),
                r.coverage().missing().stream().map(MissingEvidence::measureId).toList());
    }

    @Test
    void aRubricMayGiveIncompleteReviewsAProvisionalBandWhichTheFailedClosedGuardStillCaps() {
        Rubric provisional = ReferenceRubric.rubric().withBandRules(BandRules.defaults().withBelowLeastCoverage(BandRules.IncompleteBand.PROVISIONAL));
        Review r = Scorer.of(provisional).score(dan(false, false));
        assertEquals(d("110.57"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(Optional.of("Exceeds"), r.bandBeforeGuards());
        assertTrue(r.provisional());
        assertFalse(r.complete());
        assertTrue(r.explain().contains("Overall 110.57, band Meets (Exceeds before a band guard), provisional: evidence coverage "
                + "70.00% is below"), r.explain());
    }

    @Test
    void aGuardThatFailsOpenAndALeastCoverageOfZeroGiveTheOldResult() {
        Rubric old = ReferenceRubric.rubric();
        old = new Rubric(old.id(), old.version(), old.effective(), old.sections(), old.bands(),
                List.of(old.guards().get(0).failingOpen()), old.missingEvidence(), old.scale(), old.targets(), old.fairness(),
                BandRules.defaults().withLeastCoverage(BigDecimal.ZERO));
        Review r = Scorer.of(old).score(dan(false, false));
        assertEquals(Optional.of("Exceeds"), r.band());
        assertTrue(r.complete());
        assertEquals(Warning.Kind.GUARD_NOT_EVALUATED, r.warnings().get(3).kind());
    }

    /** The reference rubric with Relationship counting as zero when it is missing, and account-knowledge left out when it is. */
    private static Rubric relationshipCountsAsZero(boolean trustLeftOut) {
        Rubric ref = ReferenceRubric.rubric();
        Section rel = ref.sections().get(2);
        Measure trust = rel.measures().get(0);
        Measure knowledge = ((org.blendscore.rubric.RatingMeasure) rel.measures().get(1)).withMissingEvidence(MissingEvidencePolicy.LEAVE_OUT);
        if (trustLeftOut) {
            trust = ((org.blendscore.rubric.RatingMeasure) trust).withMissingEvidence(MissingEvidencePolicy.LEAVE_OUT);
        }
        Section relationship = new Section(rel.name(), rel.weight(), List.of(trust, knowledge)).withMissingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO);
        return new Rubric(ref.id(), ref.version(), ref.effective(), List.of(ref.sections().get(0), ref.sections().get(1), relationship),
                ref.bands(), ref.guards(), ref.missingEvidence(), ref.scale(), ref.targets(), ref.fairness(),
                BandRules.defaults().withLeastCoverage(BigDecimal.valueOf(60)));
    }

    @Test
    void aMissingRelationshipSectionCountsAsZeroWhileAMissingMeasureOfItsOwnPolicyIsLeftOut() {
        // account-knowledge missing: left out under its own policy, customer-trust carries Relationship (50)
        Review knowledgeMissing = Scorer.of(relationshipCountsAsZero(false)).score(dan(true, false));
        assertEquals(MeasureStatus.LEFT_OUT, knowledgeMissing.measure("account-knowledge").orElseThrow().status());
        assertEquals(Optional.of(d("50.00")), knowledgeMissing.section("Relationship").orElseThrow().score());
        assertEquals(d("92.40"), knowledgeMissing.overall());
        assertEquals(Optional.of("Exceeds"), knowledgeMissing.band());
        assertEquals(Fraction.of(88, 100), knowledgeMissing.coverage().overall());
        // no ratings at all: customer-trust counts as zero under the section's policy, account-knowledge is left out
        Review noRatings = Scorer.of(relationshipCountsAsZero(false)).score(dan(false, false));
        assertEquals(MeasureStatus.COUNTED_AS_ZERO, noRatings.measure("customer-trust").orElseThrow().status());
        assertEquals(Optional.of(d("0.00")), noRatings.section("Relationship").orElseThrow().score());
        assertEquals(d("77.40"), noRatings.overall());
        assertEquals(Optional.of("Meets"), noRatings.band());
        assertEquals(Fraction.of(7, 10), noRatings.coverage().overall());
        assertTrue(noRatings.complete());
        // both measures left out under their own policy: the section, empty, counts as zero under its policy
        Review sectionZero = Scorer.of(relationshipCountsAsZero(true)).score(dan(false, false));
        assertEquals(List.of(MeasureStatus.COUNTED_AS_ZERO, MeasureStatus.COUNTED_AS_ZERO), sectionZero.sections().get(2).measures()
                .stream().map(m -> m.status()).toList());
        assertEquals(d("77.40"), sectionZero.overall());
        assertEquals(d("30.0000"), sectionZero.sections().get(2).effectiveWeight());
        assertTrue(sectionZero.warnings().stream().anyMatch(w -> w.path().equals("sections[Relationship]")
                && w.kind() == Warning.Kind.COUNTED_AS_ZERO), sectionZero.warnings().toString());
    }

    @Test
    void aSectionWhosePolicyIsRejectRejectsTheReviewWhenAllItsMeasuresAreMissing() {
        Rubric ref = relationshipCountsAsZero(true);
        Section rel = ref.sections().get(2).withMissingEvidence(MissingEvidencePolicy.REJECT);
        Rubric rejecting = new Rubric(ref.id(), ref.version(), ref.effective(), List.of(ref.sections().get(0), ref.sections().get(1), rel),
                ref.bands(), ref.guards(), ref.missingEvidence(), ref.scale(), ref.targets(), ref.fairness(), ref.bandRules());
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> Scorer.of(rejecting).score(dan(false, false)));
        assertEquals(List.of(new EvidenceProblem("dan", Optional.empty(), Optional.empty(), "sections[Relationship]",
                "section Relationship: no measure had usable evidence, and the section's missing-evidence policy is REJECT")), e.problems());
        // one measure present: scored, the other left out under its own policy
        assertEquals(d("92.40"), Scorer.of(rejecting).score(dan(true, false)).overall());
    }

    /** One measure straight to 100 on a target of 100, with a guard: points below 90 cap at Meets. */
    private static Rubric roundingPoint(BandRules.BandReading reading) {
        Rubric r = single(quota("q", "100", straight()));
        return new Rubric(r.id(), r.version(), r.effective(), r.sections(), r.bands(),
                List.of(new BandGuard(new ScoreCondition(ScoreCondition.Scope.MEASURE, "q", Comparison.BELOW, d("90")), "Meets")),
                r.missingEvidence(), r.scale(), r.targets(), r.fairness(), BandRules.defaults().withReading(reading));
    }

    @Test
    void bandsAndGuardsReadTheRoundedOverallByDefaultAndTheExactOneWhenTheRubricSaysSo() {
        // an actual of 89.995 against 100: exactly 89.995 points, shown as 90.00 (half-even)
        Review rounded = Scorer.of(roundingPoint(BandRules.BandReading.ROUNDED)).score(evidence("sam", "q", actual("89.995")));
        assertEquals(d("90.00"), rounded.overall());
        assertEquals(Optional.of("Exceeds"), rounded.band());
        assertEquals(List.of(), rounded.warnings());
        Review exact = Scorer.of(roundingPoint(BandRules.BandReading.EXACT)).score(evidence("sam", "q", actual("89.995")));
        assertEquals(d("90.00"), exact.overall());
        assertEquals(Optional.of("Meets"), exact.band());
        assertEquals(Optional.empty(), exact.bandBeforeGuards());
        // at exactly 90 both read Exceeds
        Review ninety = Scorer.of(roundingPoint(BandRules.BandReading.EXACT)).score(evidence("sam", "q", actual("90")));
        assertEquals(Optional.of("Exceeds"), ninety.band());
    }

    @Test
    void aLeastCoverageOutside0To100IsRejectedWhenTheRubricIsBuilt() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> ReferenceRubric.rubric().withBandRules(BandRules.defaults().withLeastCoverage(d("100.5"))));
        assertEquals("bandRules.leastCoverage", e.problems().get(0).path());
        assertEquals("least coverage is 100.5%, allowed 0 to 100", e.problems().get(0).message());
    }
}
