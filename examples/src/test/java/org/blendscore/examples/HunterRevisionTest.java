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
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.revision.Revision;
import org.blendscore.revision.RevisionRejectedException;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * The sample team's hunter rubric revised mid-year: version 2026.2 moves weight from Revenue (50 to 45)
 * to Relationship (30 to 35), and inside Revenue from cycle time to new ARR (70/30 to 80/20).
 */
class HunterRevisionTest {

    private static final DateRange SECOND_HALF = DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));

    /** The 2026.2 revision: the hunter rubric of {@link SampleRubrics#hunter()} with the weights moved. */
    static Rubric hunter2026_2() {
        return rubric("hunter-ae").version("2026.2").effective(SECOND_HALF)
                .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0)
                .targets(t -> t.factor("territory", 0.7, 1.3, "territory potential against the company average")
                        .ramp(15, 25, 50, 75, 100)
                        .reliefCap(20))
                .section("Revenue", 45, s -> s
                        .quota("new-arr", 80, q -> q.target(800_000, "USD").factors("territory")
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.5, 130).gateBelow(0.5).capped()))
                        .quota("sales-cycle-days", 20, q -> q.rate(90, "days").lowerIsBetter()
                                .curve(linear().point(0.5, 0).point(1.0, 100).point(1.25, 110).capped())))
                .section("Progression", 20, s -> s
                        .milestones("pipeline", 100, m -> m
                                .stages("deal-stage", l -> l.stage("discovery", 10).stage("qualification", 25)
                                        .stage("proposal", 40).stage("close", 50))
                                .milestone("executive-alignment", 20)
                                .counted("referrals", 3, 30)
                                .capAt100()))
                .section("Relationship", 35, s -> s
                        .rating("customer-trust", 60, r -> r.scale(SampleRubrics.ONE_TO_FIVE).source("customer", 60, 2)
                                .source("manager", 40, 1))
                        .rating("account-knowledge", 40, r -> r.scale(SampleRubrics.ONE_TO_FIVE).source("manager", 100, 1)))
                .guard(sectionScore("Relationship").below(50), "Meets")
                .build();
    }

    @Test
    void printsTheDiff() {
        System.out.println(RubricDiff.between(SampleRubrics.hunter(), hunter2026_2()).toText());
    }
}
