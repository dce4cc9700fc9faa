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
package org.blendscore.team;

import static org.blendscore.team.TeamFixtures.d;
import static org.blendscore.team.TeamFixtures.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class PooledGoalTest {

    private static final PooledGoal GOAL = new PooledGoal("east", "new-arr", "team-arr", List.of("ana", "ben"));

    @Test
    void feedsTheTeamActualToEveryMemberAndScoresItWithTheDeclaredWeight() {
        List<Evidence> team = GOAL.apply(List.of(evidence("ana", "new-arr", QuotaActual.of("400")),
                evidence("ben", "new-arr", QuotaActual.of("500")), evidence("zoe", "new-arr", QuotaActual.of("10"))));
        assertEquals(d("900"), ((QuotaActual) team.get(0).measures().get("team-arr")).actual());
        assertEquals(d("900"), ((QuotaActual) team.get(1).measures().get("team-arr")).actual());
        assertEquals(List.of("new-arr"), List.copyOf(team.get(2).measures().keySet()));
        Scorer scorer = Scorer.of(TeamFixtures.teamRubric());
        // ana: own 400 / 500 = 80 points x 70% = 56.00; team 900 / 1000 = 90 points x 30% = 27.00
        Review ana = scorer.score(team.get(0));
        assertEquals(d("83.00"), ana.overall());
        assertEquals(d("27.00"), ana.measure("team-arr").orElseThrow().contribution());
        // ben: own 500 / 500 = 100 x 70% = 70.00, team 27.00
        assertEquals(d("97.00"), scorer.score(team.get(1)).overall());
    }

    @Test
    void namesTheTeamAndMemberWhenEvidenceIsMissing() {
        assertEquals("team 'east': member 'ben' has no evidence", assertThrows(IllegalArgumentException.class,
                () -> GOAL.teamActual(List.of(evidence("ana", "new-arr", QuotaActual.of("400"))))).getMessage());
        assertEquals("team 'east': member 'ben' has no quota actual for 'new-arr'", assertThrows(IllegalArgumentException.class,
                () -> GOAL.teamActual(List.of(evidence("ana", "new-arr", QuotaActual.of("400")), evidence("ben")))).getMessage());
        assertEquals("team 'east': member 'ana' already reports the pooled measure 'team-arr'", assertThrows(IllegalArgumentException.class,
                () -> GOAL.apply(List.of(evidence("ana", "new-arr", QuotaActual.of("1"), "team-arr", QuotaActual.of("1")),
                        evidence("ben", "new-arr", QuotaActual.of("1"))))).getMessage());
    }

    @Test
    void rejectsAGoalWithoutDistinctMembersOrPooledOnItsSource() {
        assertThrows(IllegalArgumentException.class, () -> new PooledGoal("east", "new-arr", "team-arr", List.of("ana", "ana")));
        assertThrows(IllegalArgumentException.class, () -> new PooledGoal("east", "new-arr", "new-arr", List.of("ana")));
    }
}
