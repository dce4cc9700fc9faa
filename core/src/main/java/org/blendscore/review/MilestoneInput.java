package org.blendscore.review;

import java.util.List;

/**
 * A milestone measure's inputs: the credit of every rule that earned points, in declaration order.
 *
 * @param credits the credits of the rules that earned points
 * @param capped whether the total was capped at 100
 */
public record MilestoneInput(List<MilestoneCredit> credits, boolean capped) implements MeasureInput {

    /**
     * Copies the list.
     *
     * @param credits the credits of the rules that earned points
     * @param capped whether the total was capped at 100
     */
    public MilestoneInput {
        credits = List.copyOf(credits);
    }
}
