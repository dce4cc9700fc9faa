package org.blendscore.rubric;

/** Which way a quota measure's actual is better. */
public enum Direction {
    /** More is better (bookings, calls): attainment = actual / target. */
    HIGHER_IS_BETTER,
    /**
     * Less is better (sales-cycle days, response hours): attainment = target / actual. An actual of
     * zero counts as an attainment above every breakpoint or tier edge.
     */
    LOWER_IS_BETTER
}
