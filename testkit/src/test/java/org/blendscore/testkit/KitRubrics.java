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
package org.blendscore.testkit;

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.measurePoints;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDsl.tiers;

import org.blendscore.dsl.RubricStep;
import org.blendscore.dsl.ScaleStep;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Rubric;

/**
 * The rubrics the kit is tried on: {@code enterprise-ae} of reference-scenarios.md, the example
 * program's hunter and farmer rubrics (copied from examples' SampleRubrics, which this module cannot
 * depend on), and a rubric with a planted cliff.
 */
final class KitRubrics {

    static final DateRange YEAR = DateRange.year(2026);

    static final ScaleStep ONE_TO_FIVE = scale(1, 5)
            .level(1, "Poor", "Misses commitments; customers go around the rep")
            .level(2, "Weak", "Keeps some commitments; customers rarely seek the rep out")
            .level(3, "Solid", "Keeps commitments; customers bring routine needs to the rep")
            .level(4, "Strong", "Anticipates needs; customers involve the rep in their plans early")
            .level(5, "Exceptional", "Trusted adviser; customers ask for the rep's view on their strategy");

    private static final RubricStep TEMPLATE = rubric("template").version("2026.1").effective(YEAR)
            .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0);

    private KitRubrics() {
    }

    /** enterprise-ae, version 2026.1, as reference-scenarios.md defines it. */
    static Rubric enterpriseAe() {
        return rubric("enterprise-ae").version("2026.1").effective(YEAR)
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
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }

    /** The example program's hunter rubric. */
    static Rubric hunter() {
        return TEMPLATE.id("hunter-ae")
                .targets(t -> t.factor("territory", 0.7, 1.3, "territory potential against the company average")
                        .ramp(15, 25, 50, 75, 100)
                        .reliefCap(20))
                .section("Revenue", 50, s -> s
                        .quota("new-arr", 70, q -> q.target(800_000, "USD").factors("territory")
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped()))
                        .quota("sales-cycle-days", 30, q -> q.rate(90, "days").lowerIsBetter()
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.25, 110).capped())))
                .section("Progression", 20, s -> s
                        .milestones("pipeline", 100, m -> m
                                .stages("deal-stage", l -> l.stage("discovery", 10).stage("qualification", 25)
                                        .stage("proposal", 40).stage("close", 50))
                                .milestone("executive-alignment", 20)
                                .counted("referrals", 3, 30)
                                .capAt100()))
                .section("Relationship", 30, s -> s
                        .rating("customer-trust", 60, r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2).source("manager", 40, 1))
                        .rating("account-knowledge", 40, r -> r.scale(ONE_TO_FIVE).source("manager", 100, 1)))
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }

    /** The example program's farmer rubric. */
    static Rubric farmer() {
        return TEMPLATE.id("account-manager")
                .targets(t -> t.reliefCap(20))
                .section("Retention", 40, s -> s
                        .quota("net-revenue-retention", 60, q -> q.rate(110, "% NRR")
                                .curve(tiers().from(0, 0).from(0.85, 40).from(0.95, 70).from(1.0, 100).from(1.1, 120)))
                        .quota("expansion-arr", 40, q -> q.target(300_000, "USD")
                                .curve(linear().point(0, 0).point(1.0, 100).point(1.5, 125).capped())))
                .section("Progression", 20, s -> s
                        .milestones("account-milestones", 100, m -> m
                                .milestone("quarterly-business-review", 30)
                                .milestone("customer-success-milestone", 40)
                                .counted("referrals", 2, 30)))
                .section("Relationship", 40, s -> s
                        .rating("customer-satisfaction", 50, r -> r.scale(ONE_TO_FIVE).median()
                                .source("customer", 70, 2).source("peer", 30, 2))
                        .rating("account-knowledge", 25, r -> r.scale(ONE_TO_FIVE).source("manager", 100, 1))
                        .rating("collaboration", 25, r -> r.scale(ONE_TO_FIVE).source("peer", 50, 2).source("manager", 50, 1)))
                .guard(sectionScore("Relationship").below(60), "Meets")
                .guard(measurePoints("customer-satisfaction").below(40), "Developing")
                .build();
    }

    /**
     * field-rep: bookings (60% of the overall, target 500,000 USD) scores nothing below 80% of
     * target and 60 points at 80%, so the gate is a cliff of 36 overall points; calls (40%) are
     * smooth. Built without fairness rules: a declared {@code maxCliff} of 10 would reject it.
     */
    static Rubric plantedCliff() {
        return rubric("field-rep").version("1").effective(YEAR)
                .section("Revenue", 60, s -> s.quota("bookings", 100, q -> q.target(500_000, "USD")
                        .curve(linear().point(0.5, 0).point(1.0, 100).gateBelow(0.8).capped())))
                .section("Activity", 40, s -> s.quota("calls", 100, q -> q.count(800, "calls")
                        .curve(linear().point(0, 0).point(1.0, 100).capped())))
                .band("Meets", 70).band("Below", 0)
                .fairness(FairnessRules.none())
                .build();
    }

    /**
     * short-steep: a count measure (target 30 calls) whose curve climbs 18 points between 20% and 25%
     * of target, a call and a half, between two gentler segments; no gate, no step, so no
     * cliff at all. Steps of one call across that segment cross a breakpoint on either side, so their
     * neighbours do not show its slope (found by a random rubric of the kit's own test).
     */
    static Rubric shortSteepSegment() {
        return rubric("short-steep").version("1").effective(YEAR)
                .section("Activity", 70, s -> s
                        .quota("calls", 5, q -> q.count(30, "calls")
                                .curve(linear().point(0.20, 3).point(0.25, 21).point(0.85, 48).point(1.35, 78)))
                        .quota("meetings", 95, q -> q.count(88, "meetings")
                                .curve(linear().point(0.60, 39).point(1.10, 79).point(1.55, 124).capped())))
                .section("Progression", 30, s -> s.milestones("milestones", 100, m -> m.milestone("discovery-complete", 100)))
                .band("Meets", 70).band("Below", 0)
                .build();
    }
}
