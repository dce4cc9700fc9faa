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
package org.blendscore.analysis;

import java.util.Objects;
import org.blendscore.number.Fraction;

/**
 * A place where a curve's points fall as attainment rises: between two consecutive breakpoints of
 * a linear curve (and, uncapped, on beyond the last one), from one tier to the next, or at a gate
 * above which the curve has negative points (which a rubric rejects).
 */
public final class CurveDrop {

    private final String where;
    private final Fraction pointsBefore;
    private final Fraction pointsAfter;

    /**
     * Checks the parts.
     *
     * @param where the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}
     * @param pointsBefore the points of the lower breakpoint or tier (below the gate: 0)
     * @param pointsAfter the points of the higher one, below {@code pointsBefore}
     */
    public CurveDrop(String where, Fraction pointsBefore, Fraction pointsAfter) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(pointsBefore, "pointsBefore");
        Objects.requireNonNull(pointsAfter, "pointsAfter");
        this.where = where;
        this.pointsBefore = pointsBefore;
        this.pointsAfter = pointsAfter;
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

    /**
     * Returns the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}.
     *
     * @return the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}
     */
    public String where() {
        return where;
    }

    /**
     * Returns the points of the lower breakpoint or tier (below the gate: 0).
     *
     * @return the points of the lower breakpoint or tier (below the gate: 0)
     */
    public Fraction pointsBefore() {
        return pointsBefore;
    }

    /**
     * Returns the points of the higher one, below {@code pointsBefore}.
     *
     * @return the points of the higher one, below {@code pointsBefore}
     */
    public Fraction pointsAfter() {
        return pointsAfter;
    }

    /** Equal to another CurveDrop whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CurveDrop other
                && Objects.equals(where, other.where)
                && Objects.equals(pointsBefore, other.pointsBefore)
                && Objects.equals(pointsAfter, other.pointsAfter);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(where, pointsBefore, pointsAfter);
    }
}
