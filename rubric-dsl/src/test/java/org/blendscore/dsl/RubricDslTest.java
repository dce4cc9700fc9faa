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
package org.blendscore.dsl;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDsl.tiers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class RubricDslTest {

    static final DateRange YEAR = DateRange.year(2026);

    static final ScaleStep ONE_TO_FIVE = scale(1, 5)
            .level(1, "Poor", "Breaks commitments; customers escalate around the rep")
            .level(2, "Weak", "Keeps some commitments; customers rarely seek the rep out")
            .level(3, "Solid", "Keeps commitments; customers come to the rep with routine needs")
            .level(4, "Strong", "Anticipates needs; customers bring the rep into plans early")
            .level(5, "Exceptional", "Trusted adviser; customers seek the rep's view on strategy");

    static final RubricStep ENTERPRISE_AE = rubric("enterprise-ae").version("2026.1").effective(YEAR)
            .section("Revenue", 50, s -> s
                    .quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                            .curve(linear().point(0.50, 0).point(1.00, 100).point(1.50, 130).gateBelow(0.50).capped())))
            .section("Progression", 20, s -> s
                    .milestones("milestones", 100, m -> m
                            .milestone("discovery-complete", 20)
                            .milestone("executive-alignment", 30)
                            .milestone("referral-secured", 20)
                            .milestone("customer-success-milestone", 30)))
            .section("Relationship", 30, s -> s
                    .rating("customer-trust", 60, r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2).source("manager", 40, 1))
                    .rating("account-knowledge", 40, r -> r.scale(ONE_TO_FIVE).source("manager", 100, 1)))
            .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0)
            .guard(sectionScore("Relationship").below(50), "Meets");

    @Test
    void buildsTheReferenceRubricAndScoresAnaToTheCent() {
        Rubric rubric = ENTERPRISE_AE.build();
        Evidence ana = evidence("ana").period(YEAR)
                .actual("new-arr", 1_200_000)
                .reached("milestones", "executive-alignment", "referral-secured", "customer-success-milestone")
                .rating("customer-trust", "customer", "c1", 4)
                .rating("customer-trust", "customer", "c2", 5)
                .rating("customer-trust", "customer", "c3", 4)
                .rating("customer-trust", "manager", "m1", 4)
                .rating("account-knowledge", "manager", "m1", 3)
                .build();
        Review review = Scorer.of(rubric).score(ana);
        assertEquals(new BigDecimal("92.40"), review.overall());
        assertEquals(Optional.of("Exceeds"), review.band());
        assertEquals(List.of(new BigDecimal("56.00"), new BigDecimal("16.00"), new BigDecimal("14.40"), new BigDecimal("6.00")),
                review.measures().stream().map(m -> m.contribution()).toList());
    }

    @Test
    void scoresBenCaraAndEveAsTheReferenceScenariosSay() {
        Scorer scorer = Scorer.of(ENTERPRISE_AE.build());
        Review ben = scorer.score(evidence("ben").period(YEAR).actual("new-arr", 1_600_000)
                .reached("milestones", "discovery-complete", "executive-alignment", "referral-secured", "customer-success-milestone")
                .rating("customer-trust", "customer", "c1", 2).rating("customer-trust", "customer", "c2", 1)
                .rating("customer-trust", "manager", "m1", 2).rating("account-knowledge", "manager", "m1", 2).build());
        assertEquals(new BigDecimal("91.15"), ben.overall());
        assertEquals(Optional.of("Meets"), ben.band());
        assertEquals(Optional.of("Exceeds"), ben.bandBeforeGuards());
        Review cara = scorer.score(evidence("cara").period(YEAR).actual("new-arr", 450_000)
                .reached("milestones", "discovery-complete")
                .rating("customer-trust", "customer", "c1", 5).rating("customer-trust", "manager", "m1", 4)
                .rating("account-knowledge", "manager", "m1", 5).build());
        assertEquals(new BigDecimal("29.50"), cara.overall());
        assertEquals(Optional.of("Below"), cara.band());
        assertEquals(1, cara.warnings().size());
        Review eve = scorer.score(evidence("eve").period(YEAR).actual("new-arr", 1_000_000)
                .reached("milestones", "discovery-complete", "executive-alignment")
                .rating("customer-trust", "customer", "c1", 3).rating("customer-trust", "customer", "c2", 3)
                .rating("customer-trust", "manager", "m1", 3).notApplicable("account-knowledge", "manager", "m1").build());
        assertEquals(new BigDecimal("75.00"), eve.overall());
        assertEquals(Optional.of("Meets"), eve.band());
        assertEquals(1, eve.warnings().size());
    }

    @Test
    void aHalfBuiltRubricIsATemplateThatVariantsDoNotChange() {
        RubricStep template = rubric("sales").version("1").effective(YEAR)
                .section("Revenue", 100, s -> s.quota("bookings", 100, q -> q.target(500_000, "EUR")
                        .curve(linear().point(0, 0).point(1, 100).capped())));
        Rubric hunter = template.id("hunter").band("Exceeds", 90).band("Meets", 70).band("Below", 0).build();
        Rubric farmer = template.id("farmer").band("Meets", 60).band("Below", 0).resultDecimals(3).build();
        assertEquals("hunter", hunter.id());
        assertEquals(3, hunter.bands().size());
        assertEquals(2, hunter.scale());
        assertEquals("farmer", farmer.id());
        assertEquals(2, farmer.bands().size());
        assertEquals(3, farmer.scale());
        InvalidRubricException untouched = assertThrows(InvalidRubricException.class, template::build);
        assertEquals(List.of("bands"), untouched.problems().stream().map(RubricProblem::path).toList());
        assertNotEquals(hunter, farmer);
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        // a rubric without a version or an effective period no longer compiles; a blank version is still
        // reported with the other problems, and a null effective period at once (see RubricDslStagingTest)
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric("broken").version("").effective(YEAR)
                .section("Revenue", 50, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")))
                .section("Relationship", 45, s -> s.rating("trust", 100, r -> r.source("manager", 100, 1)))
                .band("Meets", 70).band("Below", 0)
                .build());
        List<String> paths = e.problems().stream().map(RubricProblem::path).toList();
        assertEquals(List.of("measures[new-arr].curve", "measures[trust].scale", "version", "sections"), paths,
                e.getMessage());
        assertTrue(e.getMessage().contains("section weights add up to 95%, not 100%"), e.getMessage());
    }

    @Test
    void describesStagesCountedMilestonesTiersAndLowerIsBetter() {
        Rubric rubric = rubric("cycle").version("1").effective(YEAR)
                .section("Speed", 50, s -> s.quota("cycle-days", 100, q -> q.rate(60, "days").lowerIsBetter()
                        .curve(tiers().from(0, 0).from(0.8, 50).from(1.0, 100).edgesToLowerTier())))
                .section("Progress", 50, s -> s.milestones("pipeline", 100, m -> m
                        .stages("cycle", l -> l.stage("discovery", 25).stage("proposal", 50).stage("close", 70))
                        .counted("referrals", 3, 30)
                        .capAt100()))
                .band("Meets", 50).band("Below", 0)
                .build();
        QuotaMeasure q = (QuotaMeasure) rubric.measure("cycle-days").orElseThrow();
        assertEquals(Direction.LOWER_IS_BETTER, q.direction());
        TierCurve t = (TierCurve) q.curve();
        assertEquals(TierEdge.LOWER, t.edge());
        assertEquals(3, t.tiers().size());
        assertEquals(Optional.of(new BigDecimal("0.8")), t.tiers().get(0).to());
        Review r = Scorer.of(rubric).score(evidence("x").period(YEAR).actual("cycle-days", 75)
                .reached("pipeline", "discovery", "proposal").count("pipeline", "referrals", 2).build());
        // attainment 60/75 = 0.8, exactly on an edge that belongs to the lower tier: 0 points
        assertEquals(Optional.of(new BigDecimal("0.00")), r.measure("cycle-days").orElseThrow().points());
        // furthest stage proposal 50 + referrals 2 of 3 x 30 = 20: 70 points
        assertEquals(Optional.of(new BigDecimal("70.00")), r.measure("pipeline").orElseThrow().points());
        assertEquals(new BigDecimal("35.00"), r.overall());
        assertTrue(rubric.measure("pipeline").map(m -> ((org.blendscore.rubric.MilestoneMeasure) m).rules().get(0))
                .orElseThrow() instanceof StageLadder);
    }

    @Test
    void evidenceBuilderRejectsDuplicateFactsAndAMissingPeriod() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> evidence("ana")
                .actual("new-arr", 1).actual("new-arr", 2).reached("milestones", "a", "a").build());
        assertTrue(e.getMessage().contains("actual given twice"), e.getMessage());
        assertTrue(e.getMessage().contains("milestone 'a' given twice"), e.getMessage());
        assertTrue(e.getMessage().contains("the period is missing"), e.getMessage());
    }

    @Test
    void evidenceBuilderKeepsNotApplicableRatingsCountsAndAttributes() {
        Evidence e = evidence("ana").period(YEAR).notApplicable("trust", "manager", "m1")
                .rating("trust", "customer", "c1", 4, "great partner").count("pipeline", "referrals", 2)
                .attribute("team", "north").build();
        Ratings ratings = (Ratings) e.measures().get("trust");
        assertTrue(ratings.ratings().get(0).isNotApplicable());
        assertEquals(Optional.of("great partner"), ratings.ratings().get(1).comment());
        assertEquals(2, ((MilestonesReached) e.measures().get("pipeline")).counts().get("referrals"));
        assertEquals("north", e.attributes().get("team"));
    }

    @Test
    void rejectsNumbersThatAreNotFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rubric("r").version("1").effective(YEAR).section("Revenue", Double.NaN, s -> s));
        assertTrue(e.getMessage().contains("weight of section Revenue is NaN"), e.getMessage());
    }
}
