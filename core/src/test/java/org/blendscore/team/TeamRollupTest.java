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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.scoring.BatchResult;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class TeamRollupTest {

    private static final Scorer SOLO = Scorer.of(TeamFixtures.soloRubric());

    /** A review whose overall is actual / 10 (target 1000, straight line). */
    private static Review review(String subject, String actual) {
        return SOLO.score(evidence(subject, "new-arr", QuotaActual.of(actual)));
    }

    private static final List<Review> THREE = List.of(review("ana", "800"), review("ben", "905"), review("cy", "501"));

    @Test
    void meanOfTheMembersRoundedOnceHalfEven() {
        // (80.00 + 90.50 + 50.10) / 3 = 73.5333...
        TeamReview t = new TeamRollup("east", List.of("ana", "ben", "cy"), Aggregation.mean()).roll(THREE, List.of());
        assertEquals(Optional.of(d("73.53")), t.score());
        assertEquals(List.of("ana", "ben", "cy"), t.counted().stream().map(MemberScore::subjectId).toList());
        assertEquals("team east: 73.53 (mean of 3 members)\n  ana 80.00\n  ben 90.50\n  cy 50.10\n", t.explain());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(Optional.of(d("80.00")),
                new TeamRollup("east", List.of("ana", "ben", "cy"), Aggregation.median()).roll(THREE, List.of()).score());
        // (80.00 + 90.50) / 2 = 85.25
        assertEquals(Optional.of(d("85.25")),
                new TeamRollup("east", List.of("ana", "ben"), Aggregation.median()).roll(THREE, List.of()).score());
    }

    @Test
    void weightedByEachMembersQuotaTarget() {
        // team rubric: ana target 500 for new-arr, scored 83.00 and 97.00 with equal targets: the plain mean, 90.00
        Scorer team = Scorer.of(TeamFixtures.teamRubric());
        List<Review> reviews = List.of(team.score(evidence("ana", "new-arr", QuotaActual.of("400"), "team-arr", QuotaActual.of("900"))),
                team.score(evidence("ben", "new-arr", QuotaActual.of("500"), "team-arr", QuotaActual.of("900"))));
        TeamReview t = new TeamRollup("east", List.of("ana", "ben"), Aggregation.weightedByQuota("new-arr")).roll(reviews, List.of());
        assertEquals(Optional.of(d("90.00")), t.score());
        assertEquals("team east: 90.00 (weighted by new-arr target of 2 members)\n  ana 83.00 x 500\n  ben 97.00 x 500\n", t.explain());
        assertEquals("subject 'ana': the review has no quota measure 'team-arr-x'", assertThrows(IllegalArgumentException.class,
                () -> new TeamRollup("east", List.of("ana"), Aggregation.weightedByQuota("team-arr-x")).roll(reviews, List.of()))
                .getMessage());
    }

    @Test
    void reportsRejectedAndMissingMembersAndLeavesThemOut() {
        BatchResult batch = SOLO.scoreAll(List.of(evidence("ana", "new-arr", QuotaActual.of("800")),
                evidence("ben", "new-arr", QuotaActual.of("-1")), evidence("zoe", "new-arr", QuotaActual.of("100"))));
        TeamReview t = new TeamRollup("east", List.of("cy", "ben", "ana"), Aggregation.mean()).roll(batch);
        assertEquals(Optional.of(d("80.00")), t.score());
        assertEquals(List.of("ben"), t.rejected());
        assertEquals(List.of("cy"), t.missing());
        assertFalse(t.complete());
        assertEquals("team east: 80.00 (mean of 1 members)\n  ana 80.00\n  ben: rejected, left out\n  cy: no review, left out\n",
                t.explain());
    }

    @Test
    void noScoreWhenNoMemberWasReviewed() {
        assertEquals(Optional.empty(), new TeamRollup("east", List.of("ana"), Aggregation.mean()).roll(List.of(), List.of()).score());
    }
}
