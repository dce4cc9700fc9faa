package org.blendscore.scoring;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/**
 * Comparing through doubles first (as curves do with their breakpoints) gives exactly the order of
 * the exact comparison, also for values a unit apart in the last place of huge denominators, and for
 * values held as BigInteger fractions.
 */
class ApproximateComparisonTest {

    private static int sign(int c) {
        return Integer.signum(c);
    }

    private static boolean agrees(MutableRational a, Rational r) {
        return sign(a.compareTo(r, r.approx(), a.approx())) == sign(a.compareTo(r));
    }

    @Test
    void agreesWithTheExactComparisonOnAnyTwoFractions() {
        qt().withExamples(20_000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L), longs().between(1, 1_000_000_000_000L))
                .check((n1, d1, n2, d2) -> agrees(new MutableRational().set(n1, d1), Rational.of(n2, d2)));
    }

    @Test
    void agreesOnNearTiesAUnitApartOverHugeDenominators() {
        qt().withExamples(20_000).forAll(longs().between(1, Long.MAX_VALUE / 4), longs().between(1, Long.MAX_VALUE / 4), integers().between(-2, 2))
                .check((n, d, delta) -> {
                    // n / d against (n + delta) / d, and against n / (d + delta): differences far below a double's precision
                    MutableRational a = new MutableRational().set(n, d);
                    boolean sameDen = agrees(a, Rational.of(n + delta, d));
                    boolean otherDen = d + delta < 1 || agrees(a, Rational.of(n, d + delta));
                    return sameDen && otherDen;
                });
    }

    @Test
    void agreesWhenTheValueOutgrewLongs() {
        qt().withExamples(2_000).forAll(longs().between(2, Long.MAX_VALUE / 2), longs().between(1, 1_000_000))
                .check((big, k) -> {
                    // (big x big) / big is big, held as BigIntegers; compare it with big / 1 and its neighbours
                    MutableRational a = new MutableRational().set(big, 1).multiply(Rational.of(big, 1)).divide(Rational.of(big, 1));
                    return agrees(a, Rational.of(big, 1)) && agrees(a, Rational.of(big - 1, 1))
                            && agrees(new MutableRational().set(big, 1).multiply(Rational.of(big, 1)), Rational.of(big, k));
                });
    }
}
