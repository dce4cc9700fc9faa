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
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.StageLadder;

/**
 * A milestone measure being described: named milestones, stage ladders and counted milestones, whose
 * points add up. Immutable: every option returns a new step. Points may be given as
 * {@code BigDecimal}, taken exactly, or as {@code double}, read as its shortest decimal string (see
 * {@link RubricDsl}).
 */
public final class MilestoneStep {

    private final Chain<MilestoneRule> rules;
    private final boolean capAt100;
    private final Optional<MissingEvidencePolicy> policy;

    MilestoneStep(Chain<MilestoneRule> rules, boolean capAt100, Optional<MissingEvidencePolicy> policy) {
        this.policy = policy;
        this.rules = rules;
        this.capAt100 = capAt100;
    }

    static MilestoneStep start() {
        return new MilestoneStep(Chain.empty(), false, Optional.empty());
    }

    /**
     * A milestone worth {@code points} when reached.
     *
     * @param id the milestone id, such as {@code executive-alignment}
     * @param points its points, read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if {@code points} is NaN or infinite
     */
    public MilestoneStep milestone(String id, double points) {
        return milestone(id, Decimals.of(points, pointsOf(id)));
    }

    /**
     * A milestone worth exactly {@code points} when reached.
     *
     * @param id the milestone id, such as {@code executive-alignment}
     * @param points its points
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public MilestoneStep milestone(String id, BigDecimal points) {
        return add(new Milestone(Args.notNull(id, "milestone id"), Decimals.of(points, pointsOf(id))));
    }

    private static String pointsOf(String milestoneId) {
        return "points of milestone " + milestoneId;
    }

    /**
     * A counted milestone: reaching {@code target} occurrences earns {@code points}, fewer earn their
     * share ("3 referrals secured": 2 of 3 earns two thirds).
     *
     * @param id the milestone id
     * @param target occurrences for all the points
     * @param points the points at the target, read as its shortest decimal
     * @return a new step
     * @throws IllegalArgumentException if {@code points} is NaN or infinite
     */
    public MilestoneStep counted(String id, int target, double points) {
        return counted(id, target, Decimals.of(points, pointsOf(id)));
    }

    /**
     * A counted milestone with exact points: reaching {@code target} occurrences earns {@code points},
     * fewer earn their share.
     *
     * @param id the milestone id
     * @param target occurrences for all the points
     * @param points the points at the target
     * @return a new step
     * @throws NullPointerException if an argument is null
     */
    public MilestoneStep counted(String id, int target, BigDecimal points) {
        return add(new CountedMilestone(Args.notNull(id, "milestone id"), target, Decimals.of(points, pointsOf(id))));
    }

    /**
     * Ordered stages of a sales cycle: the furthest stage reached credits its points, as in
     * {@code stages("cycle", l -> l.stage("discovery", 25).stage("qualification", 50).stage("close", 100))}.
     *
     * @param id the ladder id
     * @param ladder adds the stages in order
     * @return a new step
     * @throws NullPointerException if an argument is null, or {@code ladder} returns null
     */
    public MilestoneStep stages(String id, UnaryOperator<StagesStep> ladder) {
        String what = "stage ladder '" + Args.notNull(id, "stage ladder id") + "'";
        return add(new StageLadder(id, Args.described(ladder, new StagesStep(Chain.empty()), what).stages()));
    }

    /**
     * The total is capped at 100 points.
     *
     * @return a new step
     */
    public MilestoneStep capAt100() {
        return new MilestoneStep(rules, true, policy);
    }

    private MilestoneStep add(MilestoneRule rule) {
        Chain<MilestoneRule> next = this.rules.append(rule);
        return new MilestoneStep(next, capAt100, policy);
    }

    MilestoneMeasure build(String id, BigDecimal weight) {
        return new MilestoneMeasure(id, weight, rules.toList(), capAt100, policy);
    }

    /**
     * This measure's own policy for missing evidence, instead of its section's (or the rubric's): as in
     * {@code .missingEvidence(MissingEvidencePolicy.LEAVE_OUT)} for a rate measure in a section whose
     * missing evidence counts as zero.
     *
     * @param p the policy
     * @return a new step
     * @throws NullPointerException if {@code p} is null
     */
    public MilestoneStep missingEvidence(MissingEvidencePolicy p) {
        Args.notNull(p, "missing-evidence policy");
        return new MilestoneStep(rules, capAt100, Optional.of(p));
    }
}
