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
package org.blendscore.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.blendscore.edgecases.EdgeLongs;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Every long fast path of {@link Fraction} gives what the plain exact path gives (BigInteger
 * arithmetic, reduced), on operands chosen to reach the overflow boundaries: numerators and
 * denominators near {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE}, sums and products that just
 * fit or just overflow, values already beyond a long.
 */
class FractionFastPathTest {

    private static final int EXAMPLES = 5_000;
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Two fractions as raw parts (denominators not zero, not necessarily positive or reduced). */
    record Pair(BigInteger an, BigInteger ad, BigInteger bn, BigInteger bd) {
        Fraction a() {
            return make(an, ad);
        }

        Fraction b() {
            return make(bn, bd);
        }
    }

    /** Builds through the long factory when both parts are longs, so that its normalisation is exercised too. */
    static Fraction make(BigInteger n, BigInteger d) {
        if (n.bitLength() < 64 && d.bitLength() < 64) {
            return Fraction.of(n.longValue(), d.longValue());
        }
        return Fraction.of(n, d);
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static long nonZero(RandomnessSource in) {
        long d = EdgeLongs.any(in);
        return d == 0 ? 1 : d;
    }

    private static long sign(RandomnessSource in, long v) {
        return Generate.booleans().generate(in) ? -v : v;
    }

    static Gen<Pair> pairs() {
        return in -> {
            long k = Generate.longRange(0, 3).generate(in);
            switch (Generate.range(0, 5).generate(in)) {
                case 0 -> {
                    return new Pair(big(EdgeLongs.any(in)), big(nonZero(in)), big(EdgeLongs.any(in)), big(nonZero(in)));
                }
                case 1 -> {
                    // one denominator, numerators whose sum lies either side of overflow
                    long d = Generate.booleans().generate(in) ? 1 : EdgeLongs.positive(in);
                    long s = Generate.booleans().generate(in) ? 1 : -1;
                    long j = Generate.longRange(0, 1_000).generate(in);
                    return new Pair(big(s * (Long.MAX_VALUE - j)), big(d), big(s * (j + k - 1)), big(d));
                }
                case 2 -> {
                    // numerators whose product lies either side of overflow, small denominators
                    long a = EdgeLongs.positive(in);
                    long b = EdgeLongs.partner(in, a);
                    return new Pair(big(sign(in, a)), big(Generate.longRange(1, 3).generate(in)), big(sign(in, b)),
                            big(Generate.longRange(1, 3).generate(in)));
                }
                case 3 -> {
                    // denominators whose product lies either side of overflow
                    long a = EdgeLongs.positive(in);
                    long b = EdgeLongs.partner(in, a);
                    return new Pair(big(EdgeLongs.any(in)), big(a), big(EdgeLongs.any(in)), big(b));
                }
                case 4 -> {
                    // values beyond a long, or exactly at its edge
                    BigInteger n = big(EdgeLongs.any(in)).multiply(big(EdgeLongs.any(in))).add(big(k - 1));
                    BigInteger d = big(EdgeLongs.positive(in)).multiply(big(EdgeLongs.positive(in)));
                    return new Pair(n, d, big(EdgeLongs.any(in)), Generate.booleans().generate(in) ? d : big(nonZero(in)));
                }
                default -> {
                    // numerators at the edge over small denominators
                    return new Pair(big(sign(in, Long.MAX_VALUE - k)), big(Generate.longRange(1, 4).generate(in)),
                            big(sign(in, Long.MAX_VALUE - 2 * k)), big(Generate.longRange(1, 4).generate(in)));
                }
            }
        };
    }

    /** f is exactly n/d: reduced parts, the long form exactly when they fit, equal and hashed as the BigInteger-built value. */
    static void assertExact(BigInteger n, BigInteger d, Fraction f, Object context) {
        BigInteger[] r = EdgeLongs.reduced(n, d);
        assertEquals(r[0], f.numerator(), () -> "numerator of " + context);
        assertEquals(r[1], f.denominator(), () -> "denominator of " + context);
        boolean fits = r[0].abs().compareTo(LONG_MAX) <= 0 && r[1].compareTo(LONG_MAX) <= 0;
        assertEquals(fits, f.fitsLongs(), () -> "form of " + context);
        if (fits) {
            assertEquals(r[0].longValueExact(), f.longNumerator());
            assertEquals(r[1].longValueExact(), f.longDenominator());
        }
        Fraction viaBig = Fraction.of(r[0], r[1]);
        assertEquals(viaBig, f, () -> "equality of " + context);
        assertEquals(viaBig.hashCode(), f.hashCode());
        assertEquals(viaBig.toString(), f.toString());
    }

    @Test
    void constructionReducesAsBigIntegersDo() {
        qt().withExamples(EXAMPLES).forAll(EdgeLongs.longs(), EdgeLongs.longs()).checkAssert((n, d) -> {
            if (d == 0) {
                assertThrows(ArithmeticException.class, () -> Fraction.of(n, d));
                return;
            }
            assertExact(big(n), big(d), Fraction.of(n, d), n + "/" + d);
            assertExact(big(n), BigInteger.ONE, Fraction.of(n), n);
            assertExact(big(n).multiply(big(d)), big(d), Fraction.of(big(n).multiply(big(d)), big(d)), n + "*" + d + "/" + d);
        });
    }

    @Test
    void decimalsConvertExactly() {
        qt().withExamples(EXAMPLES).forAll(EdgeLongs.longs(), Generate.range(-22, 22)).checkAssert((unscaled, scale) -> {
            BigDecimal v = BigDecimal.valueOf(unscaled, scale);
            BigInteger n = scale >= 0 ? big(unscaled) : big(unscaled).multiply(BigInteger.TEN.pow(-scale));
            BigInteger d = scale >= 0 ? BigInteger.TEN.pow(scale) : BigInteger.ONE;
            assertExact(n, d, Fraction.of(v), v);
            assertEquals(0, Fraction.of(v).compareTo(v));
            assertExact(n, d, Fraction.parse(v.toString()), v);
        });
    }

    @Test
    void addSubtractMultiplyDivideMatchBigIntegerArithmetic() {
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(p -> {
            Fraction a = p.a();
            Fraction b = p.b();
            BigInteger an = a.numerator();
            BigInteger ad = a.denominator();
            BigInteger bn = b.numerator();
            BigInteger bd = b.denominator();
            assertExact(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd), a.add(b), p + " add");
            assertExact(an.multiply(bd).subtract(bn.multiply(ad)), ad.multiply(bd), a.subtract(b), p + " subtract");
            assertExact(an.multiply(bn), ad.multiply(bd), a.multiply(b), p + " multiply");
            assertExact(an.negate(), ad, a.negate(), p + " negate");
            assertExact(an.abs(), ad, a.abs(), p + " abs");
            if (bn.signum() != 0) {
                assertExact(an.multiply(bd), ad.multiply(bn), a.divide(b), p + " divide");
            } else {
                assertThrows(ArithmeticException.class, () -> a.divide(b));
            }
            assertEquals(an.signum(), a.signum());
        });
    }

    @Test
    void comparesAsBigIntegersDo() {
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(p -> {
            Fraction a = p.a();
            Fraction b = p.b();
            int expected = a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator()));
            assertEquals(expected, Integer.signum(a.compareTo(b)), p::toString);
            assertEquals(-expected, Integer.signum(b.compareTo(a)), p::toString);
            assertEquals(expected == 0, a.equals(b));
            assertEquals(expected <= 0 ? a : b, a.min(b));
            assertEquals(expected >= 0 ? a : b, a.max(b));
            assertEquals(0, a.compareTo(Fraction.of(a.numerator(), a.denominator())));
        });
    }

    @Test
    void unitsAndRoundingMatchBigIntegerDivision() {
        qt().withExamples(EXAMPLES).forAll(pairs(), Generate.range(0, 21)).checkAssert((p, scale) -> {
            Fraction a = p.a();
            BigInteger scaled = a.numerator().multiply(BigInteger.TEN.pow(scale));
            BigInteger floor = new BigDecimal(scaled).divide(new BigDecimal(a.denominator()), 0, RoundingMode.FLOOR).toBigIntegerExact();
            assertEquals(floor, a.floorUnits(scale), () -> a + " floor at " + scale);
            assertExact(scaled.subtract(floor.multiply(a.denominator())), a.denominator(), a.remainderUnits(scale), a + " remainder at " + scale);
            BigDecimal rounded = new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), scale, RoundingMode.HALF_EVEN);
            assertEquals(rounded, a.toBigDecimal(scale), () -> a + " at " + scale);
            assertEquals(new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), -scale, RoundingMode.HALF_EVEN),
                    a.toBigDecimal(-scale), () -> a + " at " + -scale);
        });
    }

    @Test
    void roundHalfEvenMatchesBigDecimalAtTiesAndEdges() {
        Gen<long[]> cases = in -> {
            long d = EdgeLongs.positive(in);
            long n;
            switch (Generate.range(0, 3).generate(in)) {
                case 0 -> n = EdgeLongs.any(in);
                case 1 -> {
                    // an exact tie (or one off it) for an even divisor, below any overflow
                    long even = Math.max(2, (d % 1_000_000_000_000L) & ~1L);
                    long q = Generate.longRange(-1_000, 1_000).generate(in);
                    long off = Generate.longRange(-1, 1).generate(in);
                    return new long[] {q * even + even / 2 + off, even};
                }
                case 2 -> {
                    // a remainder above 2^62, where doubling it would overflow
                    long big = Long.MAX_VALUE - Generate.longRange(0, 1_000).generate(in);
                    long r = big / 2 + Generate.longRange(-1, 2).generate(in);
                    return new long[] {sign(in, r), big};
                }
                default -> n = Long.MAX_VALUE - Generate.longRange(0, 3).generate(in);
            }
            return new long[] {n, d};
        };
        qt().withExamples(EXAMPLES).forAll(cases).checkAssert(c -> {
            BigDecimal expected = new BigDecimal(c[0]).divide(new BigDecimal(c[1]), 0, RoundingMode.HALF_EVEN);
            assertEquals(expected.longValueExact(), LongArithmetic.roundHalfEven(c[0], c[1]), () -> c[0] + " / " + c[1]);
        });
    }

    @Test
    void doubleValueIsClose() {
        qt().withExamples(EXAMPLES).forAll(pairs()).checkAssert(p -> {
            Fraction a = p.a();
            double exact = new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), java.math.MathContext.DECIMAL128).doubleValue();
            assertEquals(exact, a.doubleValue(), Math.abs(exact) * 1e-15, p::toString);
        });
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("scale -1 is negative: a count of decimal places must be 0 or more",
                assertThrows(IllegalArgumentException.class, () -> Fraction.ONE.floorUnits(-1)).getMessage());
        assertEquals("scale -2 is negative: a count of decimal places must be 0 or more",
                assertThrows(IllegalArgumentException.class, () -> Fraction.ONE.remainderUnits(-2)).getMessage());
        assertEquals("10^19 does not fit a long: the exponent must be 0 to 18",
                assertThrows(IllegalArgumentException.class, () -> LongArithmetic.pow10(19)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LongArithmetic.pow10(-1));
        assertEquals(1_000_000_000_000_000_000L, LongArithmetic.pow10(18));
        Fraction big = Fraction.of(BigInteger.TWO.pow(70), BigInteger.ONE);
        assertEquals("1180591620717411303424 does not fit longs: read numerator() and denominator() instead",
                assertThrows(ArithmeticException.class, big::longNumerator).getMessage());
        assertThrows(ArithmeticException.class, big::longDenominator);
        assertEquals(Fraction.of(Long.MIN_VALUE), Fraction.of(Long.MIN_VALUE, 1));
        assertEquals(false, Fraction.of(Long.MIN_VALUE).fitsLongs());
    }

    @Test
    void distinctValuesMostlyHashApart() {
        java.util.Set<Fraction> values = new java.util.HashSet<>();
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        for (long n = -40; n <= 40; n++) {
            for (long d = 1; d <= 25; d++) {
                if (values.add(Fraction.of(n, d))) {
                    hashes.add(Fraction.of(n, d).hashCode());
                }
            }
        }
        assertEquals(true, hashes.size() > values.size() / 2, hashes.size() + " hashes for " + values.size() + " values");
        assertEquals(false, Fraction.of(1, 2).equals("1/2"));
    }
}
