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
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.LinearCurve;

/**
 * A piecewise-linear curve being described: breakpoints (attainment ratio to points), an optional gate
 * and whether it is capped. Immutable: every option returns a new step. Numbers may be given as
 * {@code BigDecimal}, taken exactly, or as {@code double}, read as its shortest decimal string (see
 * {@link RubricDsl}).
 */
public final class LinearCurveStep {

    private static final String ATTAINMENT = "breakpoint attainment";
    private static final String POINTS = "breakpoint points";
    private static final String GATE = "gate";

    private final Chain<Breakpoint> points;
    private final Optional<BigDecimal> gate;
    private final boolean capped;

    LinearCurveStep(Chain<Breakpoint> points, Optional<BigDecimal> gate, boolean capped) {
        this.points = points;
        this.gate = gate;
        this.capped = capped;
    }

    /**
     * Adds a breakpoint: at {@code attainment} (1.0 is 100% of target) the measure scores {@code points}.
     *
     * @param attainment attainment ratio
     * @param points points at that attainment
     * @return a new step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public LinearCurveStep point(double attainment, double points) {
        return point(Decimals.of(attainment, ATTAINMENT), Decimals.of(points, POINTS));
    }

    /**
     * Adds an exact breakpoint: at {@code attainment} (1 is 100% of target) the measure scores {@code points}.
     *
     * @param attainment attainment ratio
     * @param points points at that attainment
     * @return a new step
     * @throws NullPointerException if a number is null
     */
    public LinearCurveStep point(BigDecimal attainment, BigDecimal points) {
        Chain<Breakpoint> next = this.points.append(new Breakpoint(Decimals.of(attainment, ATTAINMENT), Decimals.of(points, POINTS)));
        return new LinearCurveStep(next, gate, capped);
    }

    /**
     * Attainments strictly below {@code attainment} score 0.
     *
     * @param attainment the gate
     * @return a new step
     * @throws IllegalArgumentException if {@code attainment} is NaN or infinite
     */
    public LinearCurveStep gateBelow(double attainment) {
        return gateBelow(Decimals.of(attainment, GATE));
    }

    /**
     * Attainments strictly below the exact {@code attainment} score 0.
     *
     * @param attainment the gate
     * @return a new step
     * @throws NullPointerException if {@code attainment} is null
     */
    public LinearCurveStep gateBelow(BigDecimal attainment) {
        return new LinearCurveStep(points, Optional.of(Decimals.of(attainment, GATE)), capped);
    }

    /**
     * Above the last breakpoint, points stay flat.
     *
     * @return a new step
     */
    public LinearCurveStep capped() {
        return new LinearCurveStep(points, gate, true);
    }

    /**
     * Above the last breakpoint, the last segment's slope continues (the default).
     *
     * @return a new step
     */
    public LinearCurveStep uncapped() {
        return new LinearCurveStep(points, gate, false);
    }

    LinearCurve toCurve() {
        return new LinearCurve(points.toList(), gate, capped);
    }
}
