package org.blendscore.rubric;

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
}
