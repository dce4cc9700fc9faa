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
 *
 * @param where the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}
 * @param pointsBefore the points of the lower breakpoint or tier (below the gate: 0)
 * @param pointsAfter the points of the higher one, below {@code pointsBefore}
 */
public record CurveDrop(String where, Fraction pointsBefore, Fraction pointsAfter) {

    /**
     * Checks the parts.
     *
     * @param where the two breakpoints or tiers, as in {@code breakpoints[1] (1.00) to breakpoints[2] (1.50)}
     * @param pointsBefore the points of the lower breakpoint or tier (below the gate: 0)
     * @param pointsAfter the points of the higher one, below {@code pointsBefore}
     */
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
