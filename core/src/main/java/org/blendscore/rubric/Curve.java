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
package org.blendscore.rubric;

import org.blendscore.number.Fraction;

/**
 * Turns attainment (actual over target, or target over actual where lower is better) into points.
 *
 * <p>Two kinds: a {@link LinearCurve} through breakpoints, with an optional gate and cap, and a
 * {@link TierCurve} of step tiers.
 */
public sealed interface Curve permits LinearCurve, TierCurve {

    /**
     * The most points this curve can give, or empty where the curve grows without bound (an
     * uncapped linear curve whose last segment rises).
     *
     * @return the maximum points, if bounded
     */
    java.util.Optional<java.math.BigDecimal> maxPoints();

    /**
     * The points this curve gives at an attainment, exactly: the one definition of a curve's
     * points, which the scorer's compiled curves and the rubric analysis follow.
     *
     * @param attainment the attainment as a ratio (1 is 100% of target)
     * @return the exact points
     * @throws IllegalStateException if the curve has no breakpoints or no tiers (a rubric rejects such a curve)
     * @throws ArithmeticException if two breakpoints of a linear curve share an attainment (a rubric rejects that too)
     */
    Fraction pointsAt(Fraction attainment);
}
