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
 */
public final class CurveEdge {

    private final CliffKind kind;
    private final BigDecimal attainment;
    private final Fraction pointsBelow;
    private final Fraction pointsAbove;

    /**
     * Checks the parts.
     *
     * @param kind gate, breakpoint or tier edge
     * @param attainment where, as an attainment ratio
     * @param pointsBelow the points just below the attainment (at it, when the attainment is 0)
     * @param pointsAbove the points just above the attainment
     */
    public CurveEdge(CliffKind kind, BigDecimal attainment, Fraction pointsBelow, Fraction pointsAbove) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(pointsBelow, "pointsBelow");
        Objects.requireNonNull(pointsAbove, "pointsAbove");
        this.kind = kind;
        this.attainment = attainment;
        this.pointsBelow = pointsBelow;
        this.pointsAbove = pointsAbove;
    }

    /**
     * The jump in points for an arbitrarily small rise of attainment across the edge.
     *
     * @return pointsAbove - pointsBelow; negative where the curve falls
     */
    public Fraction jump() {
        return pointsAbove.subtract(pointsBelow);
    }

    /**
     * Returns gate, breakpoint or tier edge.
     *
     * @return gate, breakpoint or tier edge
     */
    public CliffKind kind() {
        return kind;
    }

    /**
     * Returns where, as an attainment ratio.
     *
     * @return where, as an attainment ratio
     */
    public BigDecimal attainment() {
        return attainment;
    }

    /**
     * Returns the points just below the attainment (at it, when the attainment is 0).
     *
     * @return the points just below the attainment (at it, when the attainment is 0)
     */
    public Fraction pointsBelow() {
        return pointsBelow;
    }

    /**
     * Returns the points just above the attainment.
     *
     * @return the points just above the attainment
     */
    public Fraction pointsAbove() {
        return pointsAbove;
    }

    /** Equal to another CurveEdge whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CurveEdge other
                && Objects.equals(kind, other.kind)
                && Objects.equals(attainment, other.attainment)
                && Objects.equals(pointsBelow, other.pointsBelow)
                && Objects.equals(pointsAbove, other.pointsAbove);
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(kind, attainment, pointsBelow, pointsAbove);
    }

    /** The parts, as {@code CurveEdge[part=value, ...]}. */
    @Override
    public String toString() {
        return "CurveEdge[kind=" + kind
                + ", attainment=" + attainment
                + ", pointsBelow=" + pointsBelow
                + ", pointsAbove=" + pointsAbove
                + "]";
    }
}
