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

import java.math.BigDecimal;
import java.util.Objects;
import org.blendscore.number.Fraction;

/**
 * A curve's points on either side of one attainment, a breakpoint, the gate or a tier edge: the
 * limit from below and the limit from above. Their difference is the jump that an arbitrarily
 * small change of attainment causes there; zero where the curve is continuous.
 *
 * @param kind gate, breakpoint or tier edge
 * @param attainment where, as an attainment ratio
 * @param pointsBelow the points just below the attainment (at it, when the attainment is 0)
 * @param pointsAbove the points just above the attainment
 */
public record CurveEdge(CliffKind kind, BigDecimal attainment, Fraction pointsBelow, Fraction pointsAbove) {

    /**
     * Checks the parts.
     *
     * @param kind gate, breakpoint or tier edge
     * @param attainment where, as an attainment ratio
     * @param pointsBelow the points just below the attainment (at it, when the attainment is 0)
     * @param pointsAbove the points just above the attainment
     */
    public CurveEdge {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(pointsBelow, "pointsBelow");
        Objects.requireNonNull(pointsAbove, "pointsAbove");
    }

    /**
     * The jump in points for an arbitrarily small rise of attainment across the edge.
     *
     * @return pointsAbove - pointsBelow; negative where the curve falls
     */
    public Fraction jump() {
        return pointsAbove.subtract(pointsBelow);
    }
}
