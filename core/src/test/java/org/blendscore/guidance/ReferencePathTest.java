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
package org.blendscore.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.ReferenceRubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The path to the next band on the reference scenarios, exact to the cent. */
class ReferencePathTest {
    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());
    private final NextBand next = NextBand.of(scorer);

    static Evidence evidence(String subject, String newArr, List<String> milestones, List<Rating> trust, List<Rating> knowledge) {
        Map<String, MeasureEvidence> m = new LinkedHashMap<>();
        m.put("new-arr", QuotaActual.of(newArr));
        m.put("milestones", MilestonesReached.of(milestones.toArray(String[]::new)));
        m.put("customer-trust", new Ratings(trust));
        m.put("account-knowledge", new Ratings(knowledge));
        return Evidence.of(subject, DateRange.year(2026), m);
    }

    static Evidence ana() {
        return evidence("ana", "1200000", List.of("executive-alignment", "referral-secured", "customer-success-milestone"),
                List.of(Rating.of("c1", "customer", 4), Rating.of("c2", "customer", 5), Rating.of("c3", "customer", 4),
                        Rating.of("m1", "manager", 4)),
                List.of(Rating.of("m1", "manager", 3)));
    }

    static Evidence ben() {
        return evidence("ben", "1600000", List.of("discovery-complete", "executive-alignment", "referral-secured", "customer-success-milestone"),
                List.of(Rating.of("c1", "customer", 2), Rating.of("c2", "customer", 1), Rating.of("m1", "manager", 2)),
                List.of(Rating.of("m1", "manager", 2)));
    }

    static Evidence cara() {
        return evidence("cara", "450000", List.of("discovery-complete"),
                List.of(Rating.of("c1", "customer", 5), Rating.of("m1", "manager", 4)),
                List.of(Rating.of("m1", "manager", 5)));
    }

    static Evidence eve() {
        return evidence("eve", "1000000", List.of("discovery-complete", "executive-alignment"),
                List.of(Rating.of("c1", "customer", 3), Rating.of("c2", "customer", 3), Rating.of("m1", "manager", 3)),
                List.of(Rating.notApplicable("m1", "manager")));
    }

    private PathToNextBand path(Evidence e) {
        return next.path(scorer.score(e), e);
    }

    @Test
    void aTopBandReviewHasAnEmptyPathWithTheReason() {
        PathToNextBand p = path(ana());
        assertTrue(p.isEmpty());
        assertTrue(p.nextBand().isEmpty());
        assertEquals(List.of("the review is in the top band, Exceeds: there is no next band"), p.notes());
    }

    @Test
    void benTheGuardIsLiftedByAccountKnowledgeFromTheManagerAtFiveInsteadOfTwo() {
        PathToNextBand p = path(ben());
        assertEquals("Meets", p.band().orElseThrow());
        assertEquals("Exceeds", p.nextBand().orElseThrow());
        assertEquals(1, p.steps().size());
        Step s = p.steps().get(0);
        assertEquals("account-knowledge", s.measureId());
        assertEquals("account-knowledge from the manager at 5 instead of 2", s.change());
        // Relationship = 0.6 x 17.5 + 0.4 x 100 = 50.5, not below 50: overall 65 + 20 + 15.15
        assertEquals(new BigDecimal("100.15"), s.overall());
        assertEquals("Exceeds", s.band());
        assertEquals(Ratings.of(Rating.of("m1", "manager", 5)), s.evidence());
        // at 4: Relationship 0.6 x 17.5 + 0.4 x 75 = 40.5, the guard still holds
        assertEquals(Ratings.of(Rating.of("m1", "manager", 4)), s.smaller());
        assertEquals(new BigDecimal("0.7500"), s.cost());
        assertTrue(p.pairs().isEmpty());
        assertTrue(p.notes().contains("new-arr cannot lift the review to Exceeds alone: even at its cap or the top of its scale it falls short"));
        assertTrue(p.notes().contains("milestones has nothing left to raise: every usable rating is at the top of the scale, or every milestone is reached"));
    }

    @Test
    void caraNeedsNewArrAtTheRoundingPointNotAtFiftyExactly() {
        // overall = 0.5 x (200a - 100) + 29.5 = 100a - 20.5; 49.995 rounds half-even to 50.00 at a = 0.70495
        PathToNextBand p = path(cara());
        assertEquals("Developing", p.nextBand().orElseThrow());
        assertEquals(1, p.steps().size());
        Step s = p.steps().get(0);
        assertEquals("+254,950 USD of new-arr", s.change());
        assertEquals(QuotaActual.of("704950.00"), s.evidence());
        assertEquals(QuotaActual.of("704949.99"), s.smaller());
        assertEquals(new BigDecimal("50.00"), s.overall());
        assertEquals("Developing", s.band());
        assertEquals(List.of(
                "milestones cannot lift the review to Developing alone: even at its cap or the top of its scale it falls short",
                "customer-trust cannot lift the review to Developing alone: even at its cap or the top of its scale it falls short",
                "account-knowledge has nothing left to raise: every usable rating is at the top of the scale, or every milestone is reached"),
                p.notes());
    }

    @Test
    void eveNeedsNewArrJustBelowItsCap() {
        // overall = 0.5 x (100 + 60 (a - 1)) + 25 >= 89.995 at a = 1.49983333...: 1,499,833.34 USD rounded up to the cent
        PathToNextBand p = path(eve());
        Step s = p.steps().get(0);
        assertEquals(1, p.steps().size());
        assertEquals("+499,833.34 USD of new-arr", s.change());
        assertEquals(QuotaActual.of("1499833.34"), s.evidence());
        assertEquals(QuotaActual.of("1499833.33"), s.smaller());
        assertEquals(new BigDecimal("90.00"), s.overall());
        // the cost: 29.99 of the 130 points new-arr can give
        assertEquals(new BigDecimal("0.2307"), s.cost());
        assertTrue(p.notes().contains(
                "account-knowledge has nothing left to raise: every usable rating is at the top of the scale, or every milestone is reached"));
    }

    @Test
    void caraGetsTheCheapestMilestoneThatIsEnough() {
        // Cara at 700,000 (a = 0.70): 40 points, overall 20 + 4 + 25.5 = 49.50; referral-secured adds 0.2 x 20 = 4.00,
        // enough and cheaper than executive-alignment (30 points) or customer-success-milestone (30)
        Evidence e = evidence("cara", "700000", List.of("discovery-complete"),
                List.of(Rating.of("c1", "customer", 5), Rating.of("m1", "manager", 4)), List.of(Rating.of("m1", "manager", 5)));
        PathToNextBand p = path(e);
        List<String> changes = p.steps().stream().map(Step::change).toList();
        assertEquals(List.of("+4,950 USD of new-arr", "the referral-secured milestone", "customer-trust from the manager at 5 instead of 4"),
                changes);
        Step milestone = p.steps().get(1);
        assertEquals(new BigDecimal("53.50"), milestone.overall());
        assertEquals(new BigDecimal("0.2000"), milestone.cost());
        assertEquals(MilestonesReached.of("discovery-complete"), milestone.smaller());
    }

    @Test
    void benWithNeglectedRatingsNeedsAPairAndTheGuardIsNamed() {
        // customer-trust 0 points, account-knowledge 50: Relationship 20, overall 85 + 6 = 91.00, capped at Meets by the guard.
        // Alone, account-knowledge gives Relationship at most 0.4 x 100 = 40, customer-trust at most 0.6 x 40 + 20 = 44.
        // Cheapest pair: manager at 5 on customer-trust (+40 points, 0.40) and at 4 on account-knowledge (+25, 0.25):
        // Relationship 0.6 x 40 + 0.4 x 75 = 54, overall 85 + 16.20; the pair (3, 5) costs 0.20 + 0.50 = 0.70
        Evidence e = evidence("ben", "1600000", List.of("discovery-complete", "executive-alignment", "referral-secured",
                        "customer-success-milestone"),
                List.of(Rating.of("c1", "customer", 1), Rating.of("c2", "customer", 1), Rating.of("m1", "manager", 1)),
                List.of(Rating.of("m1", "manager", 3)));
        PathToNextBand p = path(e);
        assertEquals("Meets", p.band().orElseThrow());
        assertTrue(p.steps().isEmpty());
        assertFalse(p.pairs().isEmpty());
        StepPair best = p.pairs().get(0);
        assertEquals("customer-trust from the manager at 5 instead of 1", best.first().change());
        assertEquals("account-knowledge from the manager at 4 instead of 3", best.second().change());
        assertEquals(new BigDecimal("0.6500"), best.cost());
        assertEquals(new BigDecimal("101.20"), best.second().overall());
        assertEquals("Exceeds", best.second().band());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("a guard holds the band down")), p.notes()::toString);
    }

    @Test
    void nullsAndMismatchesAreNamed() {
        Evidence e = cara();
        Review r = scorer.score(e);
        assertEquals("review", assertThrows(NullPointerException.class, () -> next.path(null, e)).getMessage());
        assertEquals("evidence", assertThrows(NullPointerException.class, () -> next.path(r, null)).getMessage());
        assertEquals("scorer", assertThrows(NullPointerException.class, () -> NextBand.of(null)).getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> next.path(r, eve()));
        assertTrue(other.getMessage().contains("'cara'") && other.getMessage().contains("'eve'"), other.getMessage());
        IllegalArgumentException changed = assertThrows(IllegalArgumentException.class, () -> next.path(r, eve().withSubjectId("cara")));
        assertTrue(changed.getMessage().contains("scores 75.00") && changed.getMessage().contains("29.50"), changed.getMessage());
    }

    @Test
    void explainAppendsThePathToTheReviewsExplanation() {
        Evidence e = cara();
        Review r = scorer.score(e);
        String text = next.explain(r, e);
        assertTrue(text.startsWith(r.explain()));
        assertTrue(text.contains("Path to the next band (Developing):\n  +254,950 USD of new-arr -> 50.00 Developing\n"), text);
    }
}
