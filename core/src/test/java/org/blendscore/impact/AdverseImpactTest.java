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
package org.blendscore.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Adverse impact on reviews scored by the library. The rubric {@code sales-rep} has one measure
 * whose points equal the actual (target 100, curve (0, 0) to (1, 100)), so an actual of 90 gives an
 * overall of 90.00; bands Top 80, Pass 50, Below 0.
 */
class AdverseImpactTest {

    private static final DateRange YEAR = DateRange.year(2026);
    private static final Rubric RUBRIC = new Rubric("sales-rep", "2026.1", YEAR,
            List.of(new Section("Sales", BigDecimal.valueOf(100), List.of(new QuotaMeasure("sales", BigDecimal.valueOf(100),
                    Target.amount("100", "USD"), Direction.HIGHER_IS_BETTER,
                    new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true))))),
            List.of(new Band("Top", new BigDecimal("80")), new Band("Pass", new BigDecimal("50")), new Band("Below", BigDecimal.ZERO)),
            List.of(), MissingEvidencePolicy.LEAVE_OUT, 2);
    private static final Scorer SCORER = Scorer.of(RUBRIC);

    private final List<Review> reviews = new ArrayList<>();
    private final Map<String, String> groups = new HashMap<>();

    private static Review review(String subject, String overall) {
        return SCORER.score(Evidence.of(subject, YEAR, Map.of("sales", QuotaActual.of(overall))));
    }

    /** Adds {@code count} members of {@code group}, of whom {@code selected} score 90 (Top) and the rest 40 (Below). */
    private void add(String group, int count, int selected) {
        for (int i = 0; i < count; i++) {
            String subject = group + "-" + (groups.size() + 1);
            reviews.add(review(subject, i < selected ? "90" : "40"));
            groups.put(subject, group);
        }
    }

    private AdverseImpact analyse(int minimumGroupSize) {
        return AdverseImpact.of(reviews, groups, Outcome.bandAtLeast(RUBRIC, "Pass"), minimumGroupSize);
    }

    @Test
    void fortyEightOfEightyAgainstTwelveOfFortyIsFlaggedWithRatioOneHalf() {
        add("A", 80, 48);
        add("B", 40, 12);
        AdverseImpact impact = analyse(30);
        assertEquals(120, impact.reviewCount());
        assertEquals(60, impact.selectedCount());
        assertEquals(Optional.of("A"), impact.referenceGroup());
        GroupImpact a = impact.group("A").orElseThrow();
        GroupImpact b = impact.group("B").orElseThrow();
        assertEquals(0.60, a.selectionRate(), 0.0);
        assertEquals(0.30, b.selectionRate(), 0.0);
        assertEquals(Verdict.REFERENCE, a.verdict());
        assertEquals(Optional.empty(), a.againstReference());
        assertEquals(Verdict.FLAGGED, b.verdict());
        AgainstReference vs = b.againstReference().orElseThrow();
        assertEquals("A", vs.referenceGroup());
        assertEquals(0.50, vs.impactRatio(), 0.0);
        assertTrue(vs.belowFourFifths());
        // pinned against the independent references of StatisticsTest
        assertEquals(StatisticsTest.Z, vs.z().orElseThrow(), 1e-9);
        assertEquals(StatisticsTest.Z_P, vs.zPValue().orElseThrow(), 1e-9);
        assertEquals(StatisticsTest.FISHER_P, vs.fisherPValue(), 1e-9);
        assertEquals(StatisticsTest.simpsonTwoSidedTail(3.0983866769659336), vs.zPValue().orElseThrow(), 1e-9);
        assertEquals(StatisticsTest.exactFisher(12, 40, 48, 80).doubleValue(), vs.fisherPValue(), 1e-9);
        assertTrue(impact.anyFlagged());
        assertEquals(List.of(b), impact.flaggedGroups());
    }

    @Test
    void theSameSelectionByOverallScoreGivesTheSameNumbers() {
        add("A", 80, 48);
        add("B", 40, 12);
        AdverseImpact byBand = analyse(30);
        AdverseImpact byScore = AdverseImpact.of(reviews, groups, Outcome.overallAtLeast(new BigDecimal("50")), 30);
        assertEquals(byBand.groups(), byScore.groups());
    }

    @Test
    void aRatioOfExactlyFourFifthsIsNotFlagged() {
        add("A", 100, 50);
        add("B", 100, 40);
        GroupImpact b = analyse(30).group("B").orElseThrow();
        assertEquals(0.8, b.againstReference().orElseThrow().impactRatio(), 0.0);
        assertFalse(b.againstReference().orElseThrow().belowFourFifths());
        assertEquals(Verdict.NOT_FLAGGED, b.verdict());
    }

    @Test
    void aRatioJustBelowFourFifthsIsFlagged() {
        add("A", 100, 50);
        add("B", 100, 39);
        GroupImpact b = analyse(30).group("B").orElseThrow();
        assertEquals(0.78, b.againstReference().orElseThrow().impactRatio(), 0.0);
        assertEquals(Verdict.FLAGGED, b.verdict());
    }

    @Test
    void aGroupBelowTheMinimumSizeIsTooSmallToJudgeAndNeverTheReference() {
        add("A", 80, 48);
        add("B", 40, 30);
        add("C", 10, 1);
        add("D", 3, 3);
        AdverseImpact impact = analyse(30);
        assertEquals(Optional.of("B"), impact.referenceGroup());
        GroupImpact c = impact.group("C").orElseThrow();
        assertEquals(Verdict.TOO_SMALL, c.verdict());
        assertFalse(c.flagged());
        // the numbers are shown, but no judgement is made
        assertTrue(c.againstReference().orElseThrow().belowFourFifths());
        assertEquals(Verdict.TOO_SMALL, impact.group("D").orElseThrow().verdict());
        assertEquals(Verdict.NOT_FLAGGED, impact.group("A").orElseThrow().verdict());
        assertEquals(0.8, impact.group("A").orElseThrow().againstReference().orElseThrow().impactRatio(), 0.0);
        assertFalse(impact.anyFlagged());
        assertTrue(impact.render().contains("too small to judge"), impact.render());
    }

    @Test
    void withNoGroupLargeEnoughThereIsNoReference() {
        add("A", 5, 3);
        add("B", 5, 1);
        AdverseImpact impact = analyse(30);
        assertEquals(Optional.empty(), impact.referenceGroup());
        assertTrue(impact.groups().stream().allMatch(g -> g.verdict() == Verdict.TOO_SMALL && g.againstReference().isEmpty()));
        assertTrue(impact.render().contains("no group is large enough to judge"), impact.render());
    }

    @Test
    void whenNobodyIsSelectedThereIsNoRatioAndNoFlag() {
        add("A", 40, 0);
        add("B", 40, 0);
        AdverseImpact impact = analyse(30);
        assertEquals(Optional.of("A"), impact.referenceGroup());
        assertEquals(Verdict.NOT_FLAGGED, impact.group("B").orElseThrow().verdict());
        assertEquals(Optional.empty(), impact.group("B").orElseThrow().againstReference());
    }

    @Test
    void topPercentSelectsEveryoneTiedAtTheCutoff() {
        String[] overall = {"95", "90", "80", "80", "80", "70", "60", "50", "40", "30"};
        for (int i = 0; i < overall.length; i++) {
            reviews.add(review("s" + i, overall[i]));
            groups.put("s" + i, i % 2 == 0 ? "even" : "odd");
        }
        AdverseImpact top20 = AdverseImpact.of(reviews, groups, Outcome.topPercent(new BigDecimal("20")), 1);
        assertEquals(Optional.of(new BigDecimal("90.00")), top20.cutoff());
        assertEquals(2, top20.selectedCount());
        // 25% of 10 is 2.5: three wanted, the third-highest is 80, and all three at 80 are selected
        AdverseImpact top25 = AdverseImpact.of(reviews, groups, Outcome.topPercent(new BigDecimal("25")), 1);
        assertEquals(Optional.of(new BigDecimal("80.00")), top25.cutoff());
        assertEquals(5, top25.selectedCount());
        assertEquals(3, top25.group("even").orElseThrow().selected());
        assertEquals(2, top25.group("odd").orElseThrow().selected());
        assertTrue(top25.render().contains("5 selected (cutoff: overall at least 80.00)"), top25.render());
        assertEquals(10, AdverseImpact.of(reviews, groups, Outcome.topPercent(new BigDecimal("100")), 1).selectedCount());
    }

    @Test
    void rendersATableWithOneLinePerGroup() {
        add("A", 80, 48);
        add("B", 40, 12);
        String table = analyse(30).render();
        assertTrue(table.startsWith("Adverse impact: selected = band at least Pass (rubric sales-rep)\n"
                + "120 reviews, 60 selected; minimum group size 30\n"
                + "reference group: A (highest selection rate)\n"), table);
        assertTrue(table.contains(
                "group  count  selected    rate  impact ratio  verdict         z  p (z, two-sided)  p (Fisher, two-sided)\n"
                + "A         80        48  0.6000        1.0000  reference       -                 -                      -\n"
                + "B         40        12  0.3000        0.5000  FLAGGED    3.0984          0.001946               0.003409\n"), table);
        assertEquals(table, analyse(30).toString());
    }

    @Test
    void aReviewWithoutAGroupLabelIsAnErrorNamingTheSubject() {
        add("A", 3, 1);
        reviews.add(review("zoe", "70"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyse(1));
        assertEquals("subject 'zoe' has no group label; every reviewed subject needs one", e.getMessage());
        groups.put("zoe", " ");
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> analyse(1));
        assertEquals("subject 'zoe' has a blank group label", blank.getMessage());
    }

    @Test
    void aSubjectReviewedTwiceIsAnError() {
        add("A", 3, 1);
        reviews.add(reviews.get(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyse(1));
        assertEquals("subject 'A-1' has 2 reviews; adverse impact counts each subject once, so analyse one review per subject"
                + " (one period at a time)", e.getMessage());
    }

    @Test
    void badOutcomesAndSizesAreErrorsNamingTheValue() {
        IllegalArgumentException band = assertThrows(IllegalArgumentException.class, () -> Outcome.bandAtLeast(RUBRIC, "Meets"));
        assertEquals("no band labelled 'Meets' in rubric 'sales-rep'; bands are Top, Pass, Below", band.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Outcome.topPercent(BigDecimal.ZERO));
        assertEquals("top percent is 0, allowed more than 0 and at most 100", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Outcome.topPercent(new BigDecimal("100.5")));
        add("A", 3, 1);
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> analyse(0));
        assertEquals("minimum group size is 0, allowed 1 or more", size.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> AdverseImpact.of(List.of(), groups, Outcome.overallAtLeast(BigDecimal.ONE), 1));
        assertEquals("no reviews to analyse; adverse impact needs at least one review", none.getMessage());
    }

    @Test
    void aBandOutcomeOfAnotherRubricIsAnError() {
        add("A", 3, 1);
        Outcome other = new Outcome.BandAtLeast("other-rubric", List.of("Top", "Pass", "Below"), "Pass");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AdverseImpact.of(reviews, groups, other, 1));
        assertEquals("the review of subject 'A-1' is of rubric 'sales-rep', but the outcome's bands are those of rubric 'other-rubric'",
                e.getMessage());
    }

    @Test
    void countsMadeElsewhereGiveTheSameAnalysisAsTheReviews() {
        add("A", 80, 48);
        add("B", 40, 12);
        add("C", 10, 1);
        assertEquals(analyse(30), AdverseImpact.ofCounts(List.of(new GroupCount("C", 10, 1), new GroupCount("A", 80, 48),
                new GroupCount("B", 40, 12)), Outcome.bandAtLeast(RUBRIC, "Pass"), 30, Optional.empty()));
        Outcome top = Outcome.topPercent(new BigDecimal("25"));
        AdverseImpact fromReviews = AdverseImpact.of(reviews, groups, top, 1);
        assertEquals(fromReviews, AdverseImpact.ofCounts(fromReviews.groups().stream()
                .map(g -> new GroupCount(g.group(), g.count(), g.selected())).toList(), top, 1, fromReviews.cutoff()));
    }

    @Test
    void countsAreRefusedWhenAGroupComesTwiceOrTheCutoffDoesNotFitTheOutcome() {
        Outcome pass = Outcome.bandAtLeast(RUBRIC, "Pass");
        List<GroupCount> twice = List.of(new GroupCount("A", 3, 1), new GroupCount("A", 2, 1));
        assertEquals("group 'A' is counted twice; give one count per group", assertThrows(IllegalArgumentException.class,
                () -> AdverseImpact.ofCounts(twice, pass, 1, Optional.empty())).getMessage());
        List<GroupCount> once = List.of(new GroupCount("A", 3, 1));
        assertThrows(IllegalArgumentException.class, () -> AdverseImpact.ofCounts(once, pass, 1, Optional.of(BigDecimal.ONE)));
        assertThrows(IllegalArgumentException.class, () -> AdverseImpact.ofCounts(once, Outcome.topPercent(BigDecimal.TEN), 1,
                Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new GroupCount("A", 2, 3));
    }
}
