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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import java.util.function.UnaryOperator;
import org.blendscore.rubric.StageLadder;

/**
 * A milestone measure being described: named milestones, stage ladders and counted milestones,
 * whose points add up. Immutable: every option returns a new step.
 */
public final class MilestoneStep {

    private final List<MilestoneRule> rules;
    private final boolean capAt100;

    MilestoneStep(List<MilestoneRule> rules, boolean capAt100) {
        this.rules = List.copyOf(rules);
        this.capAt100 = capAt100;
    }

    static MilestoneStep start() {
        return new MilestoneStep(List.of(), false);
    }

    /**
     * A milestone worth {@code points} when reached.
     *
     * @param id the milestone id, such as {@code executive-alignment}
     * @param points its points
     * @return a new step
     */
    public MilestoneStep milestone(String id, double points) {
        return add(new Milestone(id, Decimals.of(points, "milestone points")));
    }

    /**
     * A counted milestone: reaching {@code target} occurrences earns {@code points}, fewer earn their
     * share ("3 referrals secured": 2 of 3 earns two thirds).
     *
     * @param id the milestone id
     * @param target occurrences for all the points
     * @param points the points at the target
     * @return a new step
     */
    public MilestoneStep counted(String id, int target, double points) {
        return add(new CountedMilestone(id, target, Decimals.of(points, "milestone points")));
    }

    /**
     * Ordered stages of a sales cycle: the furthest stage reached credits its points, as in
     * {@code stages("cycle", l -> l.stage("discovery", 25).stage("qualification", 50).stage("close", 100))}.
     *
     * @param id the ladder id
     * @param ladder adds the stages in order
     * @return a new step
     */
    public MilestoneStep stages(String id, UnaryOperator<StagesStep> ladder) {
        return add(new StageLadder(id, ladder.apply(new StagesStep(List.of())).stages()));
    }

    /**
     * The total is capped at 100 points.
     *
     * @return a new step
     */
    public MilestoneStep capAt100() {
        return new MilestoneStep(rules, true);
    }

    private MilestoneStep add(MilestoneRule rule) {
        List<MilestoneRule> next = new ArrayList<>(rules);
        next.add(rule);
        return new MilestoneStep(next, capAt100);
    }

    MilestoneMeasure build(String id, BigDecimal weight) {
        return new MilestoneMeasure(id, weight, rules, capAt100);
    }
}
