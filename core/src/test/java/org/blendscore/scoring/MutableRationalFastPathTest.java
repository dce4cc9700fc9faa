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
package org.blendscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.blendscore.edgecases.EdgeLongs;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Every long fast path of {@link MutableRational} gives what the plain exact path gives (BigInteger
 * arithmetic), on operands chosen to reach the overflow boundaries: parts near the largest long,
 * sums and products that just fit or just overflow, denominators whose product just overflows.
 */
class MutableRationalFastPathTest {

    private static final int EXAMPLES = 5_000;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Two values n1/d1 and n2/d2 as {@link MutableRational#set(long, long)} takes them (d positive, n not MIN_VALUE). */
    record Operands(long n1, long d1, long n2, long d2) {
    }

    private static long numerator(RandomnessSource in) {
        long n = EdgeLongs.any(in);
        return n == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : n;
    }

    private static long signed(RandomnessSource in, long v) {
        return Generate.booleans().generate(in) ? -v : v;
    }

    static Gen<Operands> operands() {
        return in -> {
            switch (Generate.range(0, 4).generate(in)) {
                case 0 -> {
                    return new Operands(numerator(in), EdgeLongs.positive(in), numerator(in), EdgeLongs.positive(in));
                }
                case 1 -> {
                    // one denominator (or one a multiple of the other), numerators whose sum lies either side of overflow
                    long d = Generate.booleans().generate(in) ? 1 : EdgeLongs.positive(in);
                    long j = Generate.longRange(0, 1_000).generate(in);
                    long s = Generate.booleans().generate(in) ? 1 : -1;
                    long m = Generate.longRange(1, 3).generate(in);
                    long d2 = Math.multiplyHigh(d, m) == 0 && d * m > 0 ? d * m : d;
                    return new Operands(s * (Long.MAX_VALUE - j), d, s * (j + Generate.longRange(-1, 2).generate(in)), d2);
                }
                case 2 -> {
                    // numerators whose product lies either side of overflow
                    long a = EdgeLongs.positive(in);
                    return new Operands(signed(in, a), Generate.longRange(1, 3).generate(in), signed(in, EdgeLongs.partner(in, a)),
                            Generate.longRange(1, 3).generate(in));
                }
                case 3 -> {
                    // denominators whose product lies either side of overflow
                    long a = EdgeLongs.positive(in);
                    return new Operands(numerator(in), a, numerator(in), EdgeLongs.partner(in, a));
                }
                default -> {
                    // small values, the common case
                    return new Operands(Generate.longRange(-1_000, 1_000).generate(in), Generate.longRange(1, 1_000).generate(in),
                            Generate.longRange(-1_000, 1_000).generate(in), Generate.longRange(1, 1_000).generate(in));
                }
            }
        };
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    private static void assertValue(BigInteger n, BigInteger d, MutableRational m, Object context) {
        assertEquals(Fraction.of(n, d), m.toRational(), () -> String.valueOf(context));
        assertEquals(n.signum() * d.signum(), m.signum(), () -> String.valueOf(context));
    }

    @Test
    void addSubtractMultiplyDivideMatchBigIntegerArithmetic() {
        qt().withExamples(EXAMPLES).forAll(operands()).checkAssert(o -> {
            BigInteger n1 = big(o.n1());
            BigInteger d1 = big(o.d1());
            BigInteger n2 = big(o.n2());
            BigInteger d2 = big(o.d2());
            Fraction f2 = Fraction.of(o.n2(), o.d2());
            MutableRational other = new MutableRational().set(o.n2(), o.d2());
            BigInteger sumN = n1.multiply(d2).add(n2.multiply(d1));
            assertValue(sumN, d1.multiply(d2), new MutableRational().set(o.n1(), o.d1()).add(f2), o + " add");
            assertValue(sumN, d1.multiply(d2), new MutableRational().set(o.n1(), o.d1()).add(other), o + " add mutable");
            assertValue(n1.multiply(d2).subtract(n2.multiply(d1)), d1.multiply(d2),
                    new MutableRational().set(o.n1(), o.d1()).subtract(f2), o + " subtract");
            assertValue(n1.multiply(n2), d1.multiply(d2), new MutableRational().set(o.n1(), o.d1()).multiply(f2), o + " multiply");
            assertValue(n1.multiply(n2), d1.multiply(d2), new MutableRational().set(o.n1(), o.d1()).multiply(other), o + " multiply mutable");
            if (o.n2() != 0) {
                assertValue(n1.multiply(d2), d1.multiply(n2), new MutableRational().set(o.n1(), o.d1()).divide(f2), o + " divide");
            }
            assertValue(n1, d1.multiply(d2), new MutableRational().set(o.n1(), o.d1()).divide(o.d2()), o + " divide by long");
            // chained: the result of an overflowed step held large, then brought back
            MutableRational chain = new MutableRational().set(o.n1(), o.d1()).multiply(other).add(f2).subtract(f2).divide(f2.signum() == 0 ? Fraction.ONE : f2);
            BigInteger[] expected = o.n2() == 0 ? new BigInteger[] {n1.multiply(n2), d1.multiply(d2)} : new BigInteger[] {n1, d1};
            assertValue(expected[0], expected[1], chain, o + " chain");
        });
    }

    @Test
    void comparesAsBigIntegersDo() {
        qt().withExamples(EXAMPLES).forAll(operands()).checkAssert(o -> {
            BigInteger left = big(o.n1()).multiply(big(o.d2()));
            BigInteger right = big(o.n2()).multiply(big(o.d1()));
            MutableRational a = new MutableRational().set(o.n1(), o.d1());
            MutableRational b = new MutableRational().set(o.n2(), o.d2());
            assertEquals(left.compareTo(right), Integer.signum(a.compareTo(Fraction.of(o.n2(), o.d2()))), o::toString);
            assertEquals(left.compareTo(right), Integer.signum(a.compareTo(b)), o::toString);
            assertEquals(left.abs().compareTo(right.abs()), Integer.signum(a.compareAbs(b)), o::toString);
        });
    }

    @Test
    void compareProductsIsExactInOneHundredAndTwentyEightBits() {
        qt().withExamples(EXAMPLES).forAll(EdgeLongs.longs(), EdgeLongs.longs(), EdgeLongs.longs(), EdgeLongs.longs())
                .checkAssert((a, b, c, d) -> assertEquals(big(a).multiply(big(b)).compareTo(big(c).multiply(big(d))),
                        Integer.signum(MutableRational.compareProducts(a, b, c, d)), () -> a + "*" + b + " vs " + c + "*" + d));
        // products a x b and c x d both near 2^63 (or both near -2^63): equal high words, the low words decide
        Gen<long[]> near = in -> {
            long a = EdgeLongs.positive(in);
            long c = Math.max(1, a + Generate.longRange(-2, 2).generate(in));
            long s = Generate.booleans().generate(in) ? 1 : -1;
            return new long[] {s * a, EdgeLongs.partner(in, a), s * c, EdgeLongs.partner(in, c)};
        };
        qt().withExamples(EXAMPLES).forAll(near).checkAssert(q -> assertEquals(
                big(q[0]).multiply(big(q[1])).compareTo(big(q[2]).multiply(big(q[3]))),
                Integer.signum(MutableRational.compareProducts(q[0], q[1], q[2], q[3])), () -> java.util.Arrays.toString(q)));
    }

    @Test
    void unitsAreExactOrMarkedAsNotFitting() {
        qt().withExamples(EXAMPLES).forAll(operands(), Generate.range(0, 20)).checkAssert((o, scale) -> {
            MutableRational m = new MutableRational().set(o.n1(), o.d1());
            BigInteger scaled = big(o.n1()).multiply(BigInteger.TEN.pow(scale));
            boolean fits = scale <= 18 && scaled.compareTo(LONG_MIN) > 0 && scaled.compareTo(LONG_MAX) <= 0;
            BigDecimal exactFloor = new BigDecimal(scaled).divide(new BigDecimal(o.d1()), 0, RoundingMode.FLOOR);
            BigDecimal exactRound = new BigDecimal(big(o.n1())).divide(new BigDecimal(o.d1()), scale, RoundingMode.HALF_EVEN);
            assertEquals(fits ? exactFloor.longValueExact() : Long.MIN_VALUE, m.floorUnits(scale), () -> o + " floor at " + scale);
            assertEquals(fits ? exactRound.unscaledValue().longValueExact() : Long.MIN_VALUE, m.roundedUnits(scale),
                    () -> o + " rounded at " + scale);
            assertEquals(exactRound, m.toBigDecimal(scale), () -> o + " at " + scale);
        });
    }

    @Test
    void decimalsAreSetExactly() {
        qt().withExamples(EXAMPLES).forAll(EdgeLongs.longs(), Generate.range(-22, 22)).checkAssert((unscaled, scale) -> {
            BigDecimal v = BigDecimal.valueOf(unscaled, scale);
            assertEquals(Fraction.of(v), new MutableRational().set(v).toRational(), v::toString);
            assertEquals(Fraction.of(v), new MutableRational().set(Fraction.of(v)).toRational(), v::toString);
        });
    }

    /** A value beyond longs: n/d times 2^70 + 1 (0 stays 0, and is held in longs). */
    private static final Fraction HUGE = Fraction.of(BigInteger.TWO.pow(70).add(BigInteger.ONE), BigInteger.ONE);

    @Test
    void aValueHeldBeyondLongsTakesEveryOperationExactly() {
        qt().withExamples(EXAMPLES).forAll(operands(), Generate.booleans()).checkAssert((o, bigOther) -> {
            Fraction a = Fraction.of(o.n1(), o.d1()).multiply(HUGE);
            Fraction b = Fraction.of(o.n2(), o.d2()).multiply(bigOther ? HUGE : Fraction.ONE);
            java.util.function.Supplier<MutableRational> left = () -> new MutableRational().set(o.n1(), o.d1()).multiply(HUGE);
            java.util.function.Supplier<MutableRational> right = () -> new MutableRational().set(o.n2(), o.d2())
                    .multiply(bigOther ? HUGE : Fraction.ONE);
            String context = o + (bigOther ? " both beyond longs" : " the left beyond longs");
            assertEquals(a, left.get().toRational(), context);
            assertEquals(a.add(b), left.get().add(b).toRational(), context + " add");
            assertEquals(a.add(b), left.get().add(right.get()).toRational(), context + " add mutable");
            assertEquals(b.add(a), right.get().add(left.get()).toRational(), context + " add to mutable");
            assertEquals(b.add(a), right.get().add(a).toRational(), context + " add big");
            assertEquals(a.subtract(b), left.get().subtract(b).toRational(), context + " subtract");
            assertEquals(b.subtract(a), right.get().subtract(a).toRational(), context + " subtract big");
            assertEquals(a.multiply(b), left.get().multiply(b).toRational(), context + " multiply");
            assertEquals(a.multiply(b), left.get().multiply(right.get()).toRational(), context + " multiply mutable");
            assertEquals(b.multiply(a), right.get().multiply(left.get()).toRational(), context + " multiply by mutable");
            assertEquals(b.multiply(a), right.get().multiply(a).toRational(), context + " multiply by big");
            if (b.signum() != 0) {
                assertEquals(a.divide(b), left.get().divide(b).toRational(), context + " divide");
            }
            if (a.signum() != 0) {
                assertEquals(b.divide(a), right.get().divide(a).toRational(), context + " divide by big");
            }
            assertEquals(a.divide(Fraction.of(o.d2())), left.get().divide(o.d2()).toRational(), context + " divide by long");
            assertEquals(a.signum(), left.get().signum(), context + " signum");
            assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(left.get().compareTo(b)), context + " compare");
            assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(left.get().compareTo(right.get())), context + " compare mutable");
            assertEquals(Integer.signum(b.compareTo(a)), Integer.signum(right.get().compareTo(a)), context + " compare with big");
            assertEquals(Integer.signum(b.compareTo(a)), Integer.signum(right.get().compareTo(left.get())), context + " compare with mutable");
            assertEquals(Integer.signum(a.abs().compareTo(b.abs())), Integer.signum(left.get().compareAbs(right.get())), context + " compare abs");
            assertEquals(Integer.signum(b.abs().compareTo(a.abs())), Integer.signum(right.get().compareAbs(left.get())), context + " compare abs");
            assertEquals(a.toBigDecimal(4), left.get().toBigDecimal(4), context + " decimal");
            if (!a.fitsLongs()) {
                assertEquals(Long.MIN_VALUE, left.get().floorUnits(2), context + " floor units");
                assertEquals(Long.MIN_VALUE, left.get().roundedUnits(2), context + " rounded units");
            }
        });
    }

    @Test
    void productsOfExactlyTwoToTheSixtyFourDoNotWrapToZero() {
        long[][] pairs = {{-(1L << 32), 1L << 32}, {1L << 32, -(1L << 32)}, {-(1L << 62), 4}, {1L << 40, -(1L << 24)}, {-3, 1L << 62}};
        for (long[] p : pairs) {
            BigInteger product = big(p[0]).multiply(big(p[1]));
            assertValue(product, BigInteger.ONE, new MutableRational().set(p[0], 1).multiply(Fraction.of(p[1])), p[0] + " x " + p[1]);
            assertValue(product, BigInteger.ONE, new MutableRational().set(p[0], 1).multiply(new MutableRational().set(p[1], 1)),
                    p[0] + " x " + p[1] + " mutable");
            // n/1 + m/d with d dividing 2^32: the numerator n x d is the product
            assertValue(product.add(BigInteger.ONE), big(p[1] < 0 ? -p[1] : p[1]),
                    new MutableRational().set(1, Math.abs(p[1])).add(Fraction.of(p[1] < 0 ? -p[0] : p[0])), p[0] + " + 1/" + p[1]);
        }
    }
}
