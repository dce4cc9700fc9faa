package org.blendscore.analysis;

import java.util.Objects;

/**
 * A place where a curve's points fall as attainment rises: between two consecutive breakpoints of
 * a linear curve (and, uncapped, on beyond the last one), from one tier to the next, or at a gate
 * above which the curve has negative points (which a rubric rejects).
 *
 * @param where the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}
 * @param pointsBefore the points of the lower breakpoint or tier (below the gate: 0)
 * @param pointsAfter the points of the higher one, below {@code pointsBefore}
 */
public record CurveDrop(String where, Fraction pointsBefore, Fraction pointsAfter) {

    /** Checks the parts. */
    public CurveDrop {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(pointsBefore, "pointsBefore");
        Objects.requireNonNull(pointsAfter, "pointsAfter");
    }

    /**
     * How many points are lost.
     *
     * @return pointsBefore - pointsAfter, positive
     */
    public Fraction fall() {
        return pointsBefore.subtract(pointsAfter);
    }

    /** Renders as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50): points fall from 100 to 80}. */
    @Override
    public String toString() {
        return AnalysisMessages.drop(where, pointsBefore, pointsAfter);
    }
}
