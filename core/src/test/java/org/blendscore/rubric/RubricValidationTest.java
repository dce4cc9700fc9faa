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
package org.blendscore.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.analysis.DeclaredRules;
import org.junit.jupiter.api.Test;

/** A rubric is checked when it is built, and every problem is reported at once with its path. */
class RubricValidationTest {

    private static final DateRange YEAR = DateRange.year(2026);
    private static final List<Band> BANDS = List.of(new Band("Exceeds", d("90")), new Band("Meets", d("70")),
            new Band("Developing", d("50")), new Band("Below", d("0")));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static RatingScale oneToFive() {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            levels.add(new ScaleLevel(BigDecimal.valueOf(v), "level " + v, "anchor " + v, Optional.empty()));
        }
        return new RatingScale(BigDecimal.ONE, BigDecimal.valueOf(5), BigDecimal.ONE, levels);
    }

    private static LinearCurve straight() {
        return new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true);
    }

    private static QuotaMeasure quota(String id, String weight, Curve curve) {
        return new QuotaMeasure(id, d(weight), Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER, curve);
    }

    private static RatingMeasure rating(String id, String weight, RatingScale scale, RatingSource... sources) {
        return new RatingMeasure(id, d(weight), scale, List.of(sources), Aggregation.MEAN);
    }

    private static Section section(String name, String weight, Measure... measures) {
        return new Section(name, d(weight), List.of(measures));
    }

    private static Rubric rubric(List<Section> sections, List<Band> bands, List<BandGuard> guards) {
        return new Rubric("r", "1", YEAR, sections, bands, guards, MissingEvidencePolicy.LEAVE_OUT, 2);
    }

    private static Rubric withoutFairness(List<Section> sections) {
        return new Rubric("r", "1", YEAR, sections, BANDS, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2, TargetRules.none(),
                FairnessRules.none());
    }

    /** The problems of a rubric of one section holding this measure. */
    private static List<RubricProblem> problemsOf(Measure measure) {
        return assertThrows(InvalidRubricException.class,
                () -> rubric(List.of(section("Only", "100", measure)), BANDS, List.of())).problems();
    }

    private static List<RubricProblem> tierProblems(Tier... tiers) {
        return problemsOf(quota("m", "100", new TierCurve(List.of(tiers), TierEdge.HIGHER)));
    }

    private static Tier tier(String from, String to, String points) {
        return new Tier(d(from), Optional.ofNullable(to).map(BigDecimal::new), d(points));
    }

    @Test
    void rejectsSectionWeightsAddingUpTo95NamingTheLevelAndTheSum() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric("enterprise-ae", "2026.1", YEAR,
                List.of(section("Revenue", "50", quota("new-arr", "100", straight())),
                        section("Progression", "20", quota("pipeline", "100", straight())),
                        section("Relationship", "25", quota("nps", "100", straight()))),
                BANDS, List.of(), MissingEvidencePolicy.LEAVE_OUT, 2));
        assertEquals(List.of(new RubricProblem("sections", "section weights add up to 95%, not 100%")), e.problems());
        assertEquals("rubric 'enterprise-ae' is invalid (1 problem):\n  - sections: section weights add up to 95%, not 100%",
                e.getMessage());
    }

    @Test
    void rejectsMeasureWeightsThatDoNotAddUpInASection() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(List.of(
                section("Relationship", "100", quota("a", "60", straight()), quota("b", "30", straight()))), BANDS, List.of()));
        assertEquals(List.of(new RubricProblem("sections[Relationship].measures",
                "measure weights in sections[Relationship] add up to 90%, not 100%")), e.problems());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        Measure badCurve = quota("new-arr", "100",
                new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("0.5", "100")), Optional.empty(), true));
        Measure badSources = rating("trust", "100", oneToFive(),
                new RatingSource("customer", d("60"), 2), new RatingSource("manager", d("30"), 1));
        List<Band> bands = List.of(new Band("Exceeds", d("90")), new Band("Meets", d("70")), new Band("Below", d("10")));
        List<BandGuard> guards = List.of(new BandGuard(ScoreCondition.sectionBelow("Relation", d("50")), "Outstanding"));
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> new Rubric("r", "", YEAR,
                List.of(section("Revenue", "50", badCurve), section("Relationship", "45", badSources)),
                bands, guards, MissingEvidencePolicy.LEAVE_OUT, 7));
        assertEquals(List.of("version", "scale", "measures[new-arr].curve.breakpoints[1].attainment", "measures[trust].sources",
                "sections", "bands[Below].lowerBound", "guards[0].condition.ref", "guards[0].capAt"),
                e.problems().stream().map(RubricProblem::path).toList());
        assertEquals(List.of(
                "rubric version is missing (blank)",
                "scale is 7, allowed 0..6",
                "attainment 0.5 does not increase on the previous breakpoint's 0.5",
                "source weights in measures[trust] add up to 90%, not 100%",
                "section weights add up to 95%, not 100%",
                "the lowest band starts at 10; it must start at 0 so that every score has a band",
                "no section named 'Relation' in the rubric",
                "no band labelled 'Outstanding'; bands are Exceeds, Meets, Below"),
                e.problems().stream().map(RubricProblem::message).toList());
        assertEquals(e.problems().size() + 1, e.getMessage().lines().count());
    }

    @Test
    void rejectsAGapBetweenTiers() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.tiers[1].from", "attainments in [0.8, 0.9) fall in no tier (gap)")),
                tierProblems(tier("0", "0.8", "0"), tier("0.9", null, "100")));
    }

    @Test
    void rejectsOverlappingTiers() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.tiers[1].from", "tiers [0, 1.0) -> 0 and [0.8, \u221e) -> 100 overlap")),
                tierProblems(tier("0", "1.0", "0"), tier("0.8", null, "100")));
    }

    @Test
    void rejectsTiersThatDoNotStartAtZero() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.tiers[0].from", "attainments in [0, 0.5) fall in no tier (gap)")),
                tierProblems(tier("0.5", null, "100")));
    }

    @Test
    void rejectsTiersThatDoNotReachOpenEnded() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.tiers[1].to", "attainments in [1.5, \u221e) fall in no tier (gap)")),
                tierProblems(tier("0", "1", "0"), tier("1", "1.5", "100")));
    }

    @Test
    void rejectsAnOpenEndedTierBeforeTheLast() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.tiers[0].to", "only the last tier may be open-ended")),
                tierProblems(tier("0", null, "0"), tier("1", null, "100")));
    }

    @Test
    void rejectsAnEmptyTier() {
        assertEquals(List.of("measures[m].curve.tiers[1]"),
                tierProblems(tier("0", "1", "0"), tier("1", "1", "50"), tier("1", null, "100")).stream().map(RubricProblem::path).toList());
    }

    @Test
    void rejectsAGuardCappingAtAnUnknownBand() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(
                List.of(section("Only", "100", quota("m", "100", straight()))), BANDS,
                List.of(new BandGuard(ScoreCondition.sectionBelow("Only", d("50")), "Outstanding"))));
        assertEquals(List.of(new RubricProblem("guards[0].capAt", "no band labelled 'Outstanding'; bands are Exceeds, Meets, Developing, Below")),
                e.problems());
    }

    @Test
    void rejectsAGuardOnAnUnknownMeasure() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(
                List.of(section("Only", "100", quota("m", "100", straight()))), BANDS,
                List.of(new BandGuard(new ScoreCondition(ScoreCondition.Scope.MEASURE, "x", Comparison.BELOW, d("50")), "Meets"))));
        assertEquals(List.of(new RubricProblem("guards[0].condition.ref", "no measure named 'x' in the rubric")), e.problems());
    }

    @Test
    void rejectsDuplicateIdsInsteadOfDroppingThem() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(
                List.of(section("A", "50", quota("m", "100", straight())), section("A", "50", quota("m", "100", straight()))),
                List.of(new Band("Top", d("50")), new Band("Top", d("0"))), List.of()));
        assertEquals(List.of("sections[A].name", "measures[m].id", "bands[Top].label"),
                e.problems().stream().map(RubricProblem::path).toList());
    }

    @Test
    void rejectsWeightsOutOfRange() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric(
                List.of(section("A", "120", quota("m", "100", straight())), section("B", "-20", quota("n", "100", straight()))),
                BANDS, List.of()));
        assertEquals(List.of(new RubricProblem("sections[A].weight", "weight is 120%, allowed more than 0 and at most 100"),
                new RubricProblem("sections[B].weight", "weight is -20%, allowed more than 0 and at most 100")), e.problems());
    }

    @Test
    void rejectsAnUncappedCurveWhereLowerIsBetter() {
        Measure days = new QuotaMeasure("days", d("100"), new Target(d("30"), "days", QuantityKind.RATE), Direction.LOWER_IS_BETTER,
                new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), false));
        assertEquals(List.of("measures[days].curve.capped"), problemsOf(days).stream().map(RubricProblem::path).toList());
    }

    @Test
    void rejectsAnUncappedCurveWhoseLastSegmentFalls() {
        // (0, 100) to (1, 50) uncapped would give 100 - 50 x 3 = -50 points at an attainment of 3: out of bounds
        List<Breakpoint> falling = List.of(Breakpoint.of("0", "100"), Breakpoint.of("1", "50"));
        assertEquals(List.of(new RubricProblem("measures[m].curve.capped", "the last segment falls from 100 to 50 points, so uncapped "
                + "the points would drop below 0 as attainment grows; cap the curve")),
                problemsOf(quota("m", "100", new LinearCurve(falling, Optional.empty(), false))));
        // capped its structure is fine, and so is an uncapped curve whose last segment is flat; only the
        // default fairness rule that curves never fall rejects them (DeclaredFairnessRulesTest), so switch it off here
        withoutFairness(List.of(section("Only", "100", quota("m", "100", new LinearCurve(falling, Optional.empty(), true)))));
        List<Breakpoint> fallingThenFlat = List.of(Breakpoint.of("0", "100"), Breakpoint.of("1", "50"), Breakpoint.of("2", "50"));
        withoutFairness(List.of(section("Only", "100", quota("m", "100", new LinearCurve(fallingThenFlat, Optional.empty(), false)))));
        // the constructor checks structure only; the declared rule is measured by the analysis (DSL build, Scorer.of)
        Rubric fallingCapped = rubric(List.of(section("Only", "100", quota("m", "100", new LinearCurve(falling, Optional.empty(), true)))),
                BANDS, List.of());
        assertEquals(List.of("fairness.curvesNonDecreasing"),
                assertThrows(InvalidRubricException.class, () -> DeclaredRules.check(fallingCapped)).problems().stream()
                        .map(RubricProblem::path).toList());
    }

    @Test
    void rejectsACurveWithFewerThanTwoBreakpoints() {
        assertEquals(List.of(new RubricProblem("measures[m].curve.breakpoints", "needs at least 2 breakpoints, found 1")),
                problemsOf(quota("m", "100", new LinearCurve(List.of(Breakpoint.of("1", "100")), Optional.empty(), true))));
    }

    @Test
    void rejectsATargetThatIsNotPositive() {
        Measure m = new QuotaMeasure("m", d("100"), Target.amount("0", "USD"), Direction.HIGHER_IS_BETTER, straight());
        assertEquals(List.of(new RubricProblem("measures[m].target", "target is 0, must be greater than 0")), problemsOf(m));
    }

    @Test
    void rejectsAStageLadderWhoseLaterStageLowersThePoints() {
        Measure m = new MilestoneMeasure("m", d("100"), List.of(new StageLadder("deal",
                List.of(new Stage("a", d("20")), new Stage("b", d("10"))))), false);
        assertEquals(List.of("measures[m].milestones[deal].stages[b].points"), problemsOf(m).stream().map(RubricProblem::path).toList());
    }

    @Test
    void rejectsAScaleWhoseLevelsDoNotMatchItsSteps() {
        List<ScaleLevel> four = oneToFive().levels().subList(0, 4);
        Measure missingLevel = rating("r", "100", new RatingScale(d("1"), d("5"), d("1"), four), new RatingSource("peer", d("100"), 1));
        assertEquals(List.of(new RubricProblem("measures[r].scale.levels",
                "scale 1..5 in steps of 1 has 5 levels, but 4 are described; describe each level with a label and an anchor")),
                problemsOf(missingLevel));
        Measure badStep = rating("r", "100", new RatingScale(d("1"), d("5"), d("1.5"), oneToFive().levels()),
                new RatingSource("peer", d("100"), 1));
        assertEquals(List.of(new RubricProblem("measures[r].scale.step", "step 1.5 does not divide the scale 1..5")), problemsOf(badStep));
        List<ScaleLevel> swapped = new ArrayList<>(oneToFive().levels());
        swapped.set(1, oneToFive().levels().get(2));
        swapped.set(2, oneToFive().levels().get(1));
        Measure unordered = rating("r", "100", new RatingScale(d("1"), d("5"), d("1"), swapped), new RatingSource("peer", d("100"), 1));
        assertEquals(List.of("measures[r].scale.levels[1].value", "measures[r].scale.levels[2].value"),
                problemsOf(unordered).stream().map(RubricProblem::path).toList());
    }

    @Test
    void reportsAScaleOfMoreLevelsThanCanBeDescribedAsAProblem() {
        // 1..5 in steps of 0.0000000001 would need 40,000,000,001 levels: a problem, not an arithmetic overflow
        Measure huge = rating("r", "100", new RatingScale(d("1"), d("5"), d("0.0000000001"), oneToFive().levels()),
                new RatingSource("peer", d("100"), 1));
        assertEquals(List.of(new RubricProblem("measures[r].scale.levels",
                "scale 1..5 in steps of 0.0000000001 has 40000000001 levels, but 5 are described; "
                        + "describe each level with a label and an anchor")), problemsOf(huge));
    }

    @Test
    void rejectsASourceWithoutRequiredRatings() {
        Measure m = rating("r", "100", oneToFive(), new RatingSource("peer", d("100"), 0));
        assertEquals(List.of(new RubricProblem("measures[r].sources[peer].minRatings", "minimum number of ratings is 0, allowed 1 or more")),
                problemsOf(m));
    }

    @Test
    void acceptsAValidRubricAndKeepsDeclarationOrder() {
        Rubric r = rubric(List.of(section("B", "40", quota("z", "100", straight())), section("A", "60", quota("y", "100", straight()))),
                BANDS, List.of());
        assertEquals(List.of("z", "y"), r.measures().stream().map(Measure::id).toList());
        assertEquals("Meets", r.bandFor(d("89.99")).label());
        assertEquals("Exceeds", r.bandFor(d("90")).label());
        assertEquals(Optional.of(d("100")), r.maxOverall());
    }
}
