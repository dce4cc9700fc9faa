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
package org.blendscore.examples;

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.measurePoints;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDsl.tiers;

import java.time.LocalDate;

import org.blendscore.dsl.RubricStep;
import org.blendscore.dsl.ScaleStep;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;

/**
 * The two role-specific rubrics of the sample team: a new-business "hunter" rubric and an
 * account-management "farmer" rubric. Both share bands and a behaviour-anchored scale through an
 * immutable template. The hunter's new-ARR target is differentiated by territory, ramped for new
 * hires (25/50/75/100% by month, cut-off day 15); both cap quota relief at 20% of target.
 */
public final class SampleRubrics {

    /** The review period of the sample team. */
    public static final DateRange YEAR = DateRange.year(2026);

    /** A 1..5 scale with a behavioural anchor for every level. */
    public static final ScaleStep ONE_TO_FIVE = scale(1, 5)
            .level(1, "Poor", "Misses commitments; customers go around the rep")
            .level(2, "Weak", "Keeps some commitments; customers rarely seek the rep out")
            .level(3, "Solid", "Keeps commitments; customers bring routine needs to the rep")
            .level(4, "Strong", "Anticipates needs; customers involve the rep in their plans early")
            .level(5, "Exceptional", "Trusted adviser; customers ask for the rep's view on their strategy");

    /** What both rubrics share: the year and the bands. */
    private static final RubricStep TEMPLATE = bands(rubric("template").version("2026.1").effective(YEAR));

    /** The bands both hunter versions and the farmer rubric share. */
    private static RubricStep bands(RubricStep start) {
        return start.band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0);
    }

    private SampleRubrics() {
    }

    /**
     * Both rubrics, keyed by role.
     *
     * @return the role-specific rubrics
     */
    public static org.blendscore.rubric.RubricSet byRole() {
        return org.blendscore.rubric.RubricSet.of("hunter", hunter(), "farmer", farmer());
    }

    /**
     * The hunter rubric: new ARR and cycle time, pipeline progression, customer relationships.
     *
     * @return the rubric
     */
    public static Rubric hunter() {
        return hunter(TEMPLATE.id("hunter-ae"), 50, 70, 30, 30);
    }

    /**
     * The hunter rubric with its four weights given: what its versions differ in.
     *
     * @param start the rubric's id, version, effective period and bands
     * @param revenue the Revenue section's weight
     * @param newArr new ARR's weight inside Revenue
     * @param cycleDays cycle time's weight inside Revenue
     * @param relationship the Relationship section's weight (Progression stays at 20)
     */
    private static Rubric hunter(RubricStep start, int revenue, int newArr, int cycleDays, int relationship) {
        return start
                .targets(t -> t.factor("territory", 0.7, 1.3, "territory potential against the company average")
                        .ramp(15, 25, 50, 75, 100)
                        .reliefCap(20))
                .section("Revenue", revenue, s -> s
                        .quota("new-arr", newArr, q -> q.target(800_000, "USD").factors("territory")
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped()))
                        .quota("sales-cycle-days", cycleDays, q -> q.rate(90, "days").lowerIsBetter()
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.25, 110).capped())))
                .section("Progression", 20, s -> s
                        .milestones("pipeline", 100, m -> m
                                .stages("deal-stage", l -> l.stage("discovery", 10).stage("qualification", 25)
                                        .stage("proposal", 40).stage("close", 50))
                                .milestone("executive-alignment", 20)
                                .counted("referrals", 3, 30)
                                .capAt100()))
                .section("Relationship", relationship, s -> s
                        .rating("customer-trust", 60, r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2).source("manager", 40, 1))
                        .rating("account-knowledge", 40, r -> r.scale(ONE_TO_FIVE).source("manager", 100, 1)))
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }

    /**
     * The farmer rubric: retention and expansion, account milestones, customer relationships.
     *
     * @return the rubric
     */
    public static Rubric farmer() {
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
     * The hunter rubric's 2026.2 revision, for the second half of the year: weight moved from Revenue
     * (50 to 45) to Relationship (30 to 35), and inside Revenue from cycle time to new ARR (70/30 to
     * 80/20). The governance cycle registers it, diffs it and runs a what-if on it.
     *
     * @return the hunter rubric, version 2026.2
     */
    public static Rubric hunter2026_2() {
        return hunter(bands(rubric("hunter-ae").version("2026.2").effective(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))),
                45, 80, 20, 35);
    }
}
