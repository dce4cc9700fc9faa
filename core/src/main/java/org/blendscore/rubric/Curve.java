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
