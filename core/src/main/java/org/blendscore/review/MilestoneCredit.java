package org.blendscore.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points one milestone rule credited.
 *
 * @param id the milestone, ladder or counted milestone id
 * @param detail what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
 * @param points the points credited, at the rubric's scale
 */
public record MilestoneCredit(String id, String detail, BigDecimal points) {

    /**
     * Checks that the parts are present.
     *
     * @param id the milestone, ladder or counted milestone id
     * @param detail what was reached, such as {@code reached}, {@code stage proposal} or {@code 2 of 3}
     * @param points the points credited, at the rubric's scale
     */
    public MilestoneCredit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(points, "points");
    }
}
