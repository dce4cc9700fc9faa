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

import static org.blendscore.scoring.Fixtures.d;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MilestoneCredit;
import org.blendscore.review.MilestoneInput;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.junit.jupiter.api.Test;

/** Milestone measures: plain milestones, stage ladders, counted milestones and the cap at 100. */
class MilestoneScoringTest {

    /** discovery 10, qualification 20, proposal 40, close 60. */
    private static final StageLadder DEAL = new StageLadder("deal", List.of(new Stage("discovery", d("10")),
            new Stage("qualification", d("20")), new Stage("proposal", d("40")), new Stage("close", d("60"))));

    private static MeasureResult score(boolean capAt100, MilestonesReached reached, MilestoneRule... rules) {
        MilestoneMeasure m = new MilestoneMeasure("m", d("100"), List.of(rules), capAt100);
        return Scorer.of(single(m)).score(evidence("sam", "m", reached)).measure("m").orElseThrow();
    }

    @Test
    void creditsOnlyTheFurthestStageOfALadder() {
        // discovery (10) and proposal (40) reached: the furthest, proposal, counts, not 10 + 40
        MeasureResult m = score(false, MilestonesReached.of("discovery", "proposal"), DEAL);
        assertEquals(d("40.00"), m.points().orElseThrow());
        assertEquals(List.of(new MilestoneCredit("deal", "stage proposal", d("40.00"))), ((MilestoneInput) m.input()).credits());
    }

    @Test
    void creditsALaterStageEvenWhenEarlierOnesAreNotListed() {
        assertEquals(d("60.00"), score(false, MilestonesReached.of("close"), DEAL).points().orElseThrow());
        assertEquals(d("20.00"), score(false, MilestonesReached.of("qualification"), DEAL).points().orElseThrow());
    }

    @Test
    void addsALadderAndPlainMilestonesUp() {
        // proposal 40 + executive-alignment 30 = 70; the unreached referral earns nothing
        MeasureResult m = score(false, MilestonesReached.of("proposal", "executive-alignment"),
                DEAL, new Milestone("executive-alignment", d("30")), new Milestone("referral", d("20")));
        assertEquals(d("70.00"), m.points().orElseThrow());
        assertEquals(List.of(new MilestoneCredit("deal", "stage proposal", d("40.00")),
                new MilestoneCredit("executive-alignment", "reached", d("30.00"))), ((MilestoneInput) m.input()).credits());
    }

    @Test
    void scoresZeroWhenNoMilestoneIsReached() {
        MeasureResult m = score(false, MilestonesReached.of(), DEAL);
        assertEquals(d("0.00"), m.points().orElseThrow());
        assertEquals(List.of(), ((MilestoneInput) m.input()).credits());
    }

    @Test
    void earnsTwoThirdsOfACountedMilestoneForTwoOfThree() {
        // 3 referrals earn 40 points; 2 of 3 earn 2/3 x 40 = 26.666... -> 26.67
        CountedMilestone referrals = new CountedMilestone("referrals", 3, d("40"));
        MeasureResult m = score(false, new MilestonesReached(Set.of(), Map.of("referrals", 2)), referrals);
        assertEquals(d("26.67"), m.points().orElseThrow());
        assertEquals(List.of(new MilestoneCredit("referrals", "2 of 3", d("26.67"))), ((MilestoneInput) m.input()).credits());
    }

    @Test
    void capsACountedMilestoneAboveItsTargetAtTheTarget() {
        CountedMilestone referrals = new CountedMilestone("referrals", 3, d("40"));
        assertEquals(d("40.00"), score(false, new MilestonesReached(Set.of(), Map.of("referrals", 3)), referrals).points().orElseThrow());
        assertEquals(d("40.00"), score(false, new MilestonesReached(Set.of(), Map.of("referrals", 7)), referrals).points().orElseThrow());
        assertEquals(d("0.00"), score(false, new MilestonesReached(Set.of(), Map.of("referrals", 0)), referrals).points().orElseThrow());
    }

    @Test
    void capsTheMilestoneTotalAt100WhenDeclared() {
        // 60 + 50 = 110: capped at 100 when declared, 110 otherwise
        Milestone a = new Milestone("a", d("60"));
        Milestone b = new Milestone("b", d("50"));
        MeasureResult capped = score(true, MilestonesReached.of("a", "b"), a, b);
        assertEquals(d("100.00"), capped.points().orElseThrow());
        assertTrue(((MilestoneInput) capped.input()).capped());
        MeasureResult uncapped = score(false, MilestonesReached.of("a", "b"), a, b);
        assertEquals(d("110.00"), uncapped.points().orElseThrow());
        assertFalse(((MilestoneInput) uncapped.input()).capped());
        // below 100 the cap changes nothing
        MeasureResult under = score(true, MilestonesReached.of("a"), a, b);
        assertEquals(d("60.00"), under.points().orElseThrow());
        assertFalse(((MilestoneInput) under.input()).capped());
    }

    @Test
    void declaresTheMaximumOfAMilestoneMeasure() {
        MilestoneMeasure m = new MilestoneMeasure("m", d("100"), List.of(DEAL, new Milestone("a", d("30")),
                new CountedMilestone("referrals", 3, d("40"))), false);
        // the ladder's last stage 60 + 30 + 40 = 130
        assertEquals(d("130"), m.maxPoints());
        assertEquals(d("100"), new MilestoneMeasure("m", d("100"), m.rules(), true).maxPoints());
    }
}
