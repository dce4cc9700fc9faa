package org.blendscore.rubric;

import java.math.BigDecimal;

/**
 * One rule of a milestone measure: a single {@link Milestone}, an ordered {@link StageLadder} or a
 * {@link CountedMilestone}.
 */
public sealed interface MilestoneRule permits Milestone, StageLadder, CountedMilestone {

    /**
     * The rule's id, unique in its measure.
     *
     * @return the id
     */
    String id();

    /**
     * The most points this rule can give.
     *
     * @return the maximum points
     */
    BigDecimal maxPoints();
}
