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
package org.blendscore.benchmarks;

import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.scale;
import static org.blendscore.dsl.RubricDsl.sectionScore;

import org.blendscore.dsl.LinearCurveStep;
import org.blendscore.dsl.ScaleStep;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;

/**
 * The "bench" rubric, on which every performance figure of the project is measured, so that
 * figures compare across versions and against other ways of doing the same job.
 *
 * <table>
 * <caption>The bench rubric</caption>
 * <tr><th>section</th><th>weight</th><th>measure</th><th>weight in section</th><th>rule</th></tr>
 * <tr><td>Revenue</td><td>40%</td><td>{@code new-arr} quota</td><td>50%</td>
 *     <td>target 1,000,000; curve (0.50, 0), (1.00, 100), (1.50, 130); gate below 0.50; cap at 130</td></tr>
 * <tr><td></td><td></td><td>{@code expansion-arr} quota</td><td>30%</td><td>target 400,000; same curve</td></tr>
 * <tr><td></td><td></td><td>{@code gross-margin} quota</td><td>20%</td><td>target 250,000; same curve</td></tr>
 * <tr><td>Activity</td><td>15%</td><td>{@code calls} count quota</td><td>40%</td>
 *     <td>target 800; curve (0, 0), (1.0, 100), (1.2, 110); cap at 110; no gate</td></tr>
 * <tr><td></td><td></td><td>{@code pitches} count quota</td><td>30%</td><td>target 80; same curve</td></tr>
 * <tr><td></td><td></td><td>{@code commitments} count quota</td><td>30%</td><td>target 20; same curve</td></tr>
 * <tr><td>Progression</td><td>15%</td><td>{@code milestones}</td><td>100%</td>
 *     <td>discovery-complete 20, executive-alignment 30, referral-secured 20, customer-success-milestone 30</td></tr>
 * <tr><td>Relationship</td><td>30%</td><td>{@code customer-trust} rating</td><td>40%</td>
 *     <td>1..5, points (r - 1) / 4 x 100; customer 60% (at least 2), manager 40% (at least 1)</td></tr>
 * <tr><td></td><td></td><td>{@code account-knowledge} rating</td><td>30%</td><td>manager 100% (at least 1)</td></tr>
 * <tr><td></td><td></td><td>{@code collaboration} rating</td><td>30%</td>
 *     <td>peer 50% (at least 2), manager 50% (at least 1)</td></tr>
 * </table>
 *
 * <p>Bands: Exceeds &gt;= 90, Meets &gt;= 70, Developing &gt;= 50, Below. Guard: Relationship below
 * 50 caps the band at Meets. A source below its minimum is left out and the other sources
 * renormalised; a measure with no usable source is left out and the section's other measures
 * renormalised; a section with no usable measure is left out and the other sections renormalised
 * (the library's default {@code LEAVE_OUT} policy). A source's value is the mean of its ratings.
 * Scale 2, half-even.
 */
public final class BenchRubric {

    /** The rubric's id. */
    public static final String ID = "bench";

    /** The year the rubric applies to, and the period of every bench record. */
    public static final DateRange YEAR = DateRange.year(2026);

    /** The measure ids in declaration order. */
    public static final java.util.List<String> MEASURE_IDS = java.util.List.of("new-arr", "expansion-arr", "gross-margin",
            "calls", "pitches", "commitments", "milestones", "customer-trust", "account-knowledge", "collaboration");

    /** The milestones of the {@code milestones} measure, in declaration order. */
    public static final java.util.List<String> MILESTONES = java.util.List.of("discovery-complete", "executive-alignment",
            "referral-secured", "customer-success-milestone");

    private BenchRubric() {
    }

    /**
     * Describes and builds the bench rubric with the DSL; this is what the {@code compile} benchmark
     * measures, together with {@link org.blendscore.scoring.Scorer#of(Rubric)}.
     *
     * @return the validated rubric
     */
    public static Rubric build() {
        ScaleStep oneToFive = scale(1, 5)
                .level(1, "Poor", "Misses commitments; customers go around the rep")
                .level(2, "Weak", "Keeps some commitments; customers rarely seek the rep out")
                .level(3, "Solid", "Keeps commitments; customers bring routine needs to the rep")
                .level(4, "Strong", "Anticipates needs; customers involve the rep in their plans early")
                .level(5, "Exceptional", "Trusted adviser; customers ask for the rep's view on their strategy");
        LinearCurveStep revenue = linear().point(0.50, 0).point(1.00, 100).point(1.50, 130).gateBelow(0.50).capped();
        LinearCurveStep activity = linear().point(0, 0).point(1.0, 100).point(1.2, 110).capped();
        return rubric(ID).version("2026.1").effective(YEAR)
                .section("Revenue", 40, s -> s
                        .quota("new-arr", 50, q -> q.target(1_000_000, "USD").curve(revenue))
                        .quota("expansion-arr", 30, q -> q.target(400_000, "USD").curve(revenue))
                        .quota("gross-margin", 20, q -> q.target(250_000, "USD").curve(revenue)))
                .section("Activity", 15, s -> s
                        .quota("calls", 40, q -> q.count(800, "calls").curve(activity))
                        .quota("pitches", 30, q -> q.count(80, "pitches").curve(activity))
                        .quota("commitments", 30, q -> q.count(20, "commitments").curve(activity)))
                .section("Progression", 15, s -> s
                        .milestones("milestones", 100, m -> m
                                .milestone("discovery-complete", 20)
                                .milestone("executive-alignment", 30)
                                .milestone("referral-secured", 20)
                                .milestone("customer-success-milestone", 30)))
                .section("Relationship", 30, s -> s
                        .rating("customer-trust", 40, r -> r.scale(oneToFive).source("customer", 60, 2).source("manager", 40, 1))
                        .rating("account-knowledge", 30, r -> r.scale(oneToFive).source("manager", 100, 1))
                        .rating("collaboration", 30, r -> r.scale(oneToFive).source("peer", 50, 2).source("manager", 50, 1)))
                .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0)
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }
}
