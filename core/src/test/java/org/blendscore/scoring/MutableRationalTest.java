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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The scorer's in-place fractions agree with an independent BigInteger computation on every
 * operation, from small numbers through those that overflow a long and back.
 */
class MutableRationalTest {

    /** One operation with its operand, a fraction n / d (d positive) or a decimal. */
    record Step(int op, long n, long d, BigDecimal decimal) {
    }

    /** Numerators and denominators of every size: small, around 10^9, near the limits of a long. */
    private static long number(RandomnessSource in, boolean positive) {
        int size = Generate.range(0, 3).generate(in);
        long max = size == 0 ? 1_000 : size == 1 ? 2_000_000_000L : size == 2 ? 4_000_000_000_000_000L : Long.MAX_VALUE;
        long v = Generate.longRange(positive ? 1 : -max, max).generate(in);
        return positive ? Math.max(1, v) : v;
    }

    private static BigDecimal decimal(RandomnessSource in) {
        int digits = Generate.range(1, 40).generate(in);
        StringBuilder b = new StringBuilder(Generate.range(0, 1).generate(in) == 0 ? "" : "-");
        for (int i = 0; i < digits; i++) {
            b.append((char) ('0' + Generate.range(i == 0 ? 1 : 0, 9).generate(in)));
        }
        return new BigDecimal(new BigInteger(b.toString()), Generate.range(-3, 25).generate(in));
    }

    private static Gen<List<Step>> programs() {
        return in -> {
            int length = Generate.range(1, 12).generate(in);
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                int op = Generate.range(0, 7).generate(in);
                steps.add(new Step(op, number(in, false), number(in, true), op == 7 ? decimal(in) : null));
            }
            return steps;
        };
    }

    private static ExactReference.Q q(long n, long d) {
        return new ExactReference.Q(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    private static ExactReference.Q q(Fraction r) {
        String[] parts = r.toString().split("/");
        return new ExactReference.Q(new BigInteger(parts[0]), parts.length == 1 ? BigInteger.ONE : new BigInteger(parts[1]));
    }

    @Test
    void everyOperationIsExactWhateverTheSizeOfTheNumbers() {
        qt().withExamples(3_000).forAll(programs()).checkAssert(steps -> {
            MutableRational m = new MutableRational();
            MutableRational other = new MutableRational();
            ExactReference.Q expected = ExactReference.Q.ZERO;
            for (Step s : steps) {
                ExactReference.Q operand = s.decimal() != null ? ExactReference.Q.of(s.decimal()) : q(s.n(), s.d());
                Fraction r = s.decimal() != null ? Fraction.of(s.decimal()) : Fraction.of(s.n(), s.d());
                switch (s.op()) {
                    case 0 -> {
                        m.add(r);
                        expected = expected.plus(operand);
                    }
                    case 1 -> {
                        m.add(other.set(s.n(), s.d()));
                        expected = expected.plus(operand);
                    }
                    case 2 -> {
                        m.subtract(r);
                        expected = expected.minus(operand);
                    }
                    case 3 -> {
                        m.multiply(r);
                        expected = expected.times(operand);
                    }
                    case 4 -> {
                        m.multiply(other.set(s.n(), s.d()));
                        expected = expected.times(operand);
                    }
                    case 5 -> {
                        if (!operand.isZero()) {
                            m.divide(r);
                            expected = expected.over(operand);
                        }
                    }
                    case 6 -> {
                        m.divide(s.d());
                        expected = expected.over(q(s.d(), 1));
                    }
                    default -> {
                        m.set(s.decimal());
                        expected = operand;
                    }
                }
                assertEquals(expected, q(m.toRational()), steps.toString());
                assertEquals(expected.num().signum(), m.signum());
                assertEquals(Integer.signum(expected.compareTo(operand)), Integer.signum(m.compareTo(r)));
                other.set(s.n(), s.d());
                assertEquals(Integer.signum(expected.compareTo(q(s.n(), s.d()))), Integer.signum(m.compareTo(other)));
                assertEquals(Integer.signum(expected.num().abs().multiply(BigInteger.valueOf(s.d()))
                        .compareTo(BigInteger.valueOf(s.n()).abs().multiply(expected.den()))), Integer.signum(m.compareAbs(other)));
                for (int scale : new int[] {0, 2, 6}) {
                    assertEquals(expected.round(scale), m.toBigDecimal(scale), steps + " at scale " + scale);
                    long floor = m.floorUnits(scale);
                    BigInteger exactFloor = new BigDecimal(expected.num()).multiply(BigDecimal.TEN.pow(scale))
                            .divide(new BigDecimal(expected.den()), 0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
                    if (floor != Long.MIN_VALUE) {
                        assertEquals(exactFloor, BigInteger.valueOf(floor));
                    }
                }
            }
        });
    }

    @Test
    void comparesAbsoluteValuesAndKeepsAValueBeyondALongExact() {
        MutableRational big = new MutableRational().set(new BigDecimal("123456789012345678901234567890.5"));
        MutableRational small = new MutableRational().set(-3, 4);
        assertEquals(1, big.compareAbs(small));
        assertEquals(-1, small.compareAbs(big));
        big.multiply(Fraction.of(2, 1)).subtract(Fraction.of(new BigDecimal("246913578024691357802469135781")));
        assertEquals(Fraction.ZERO, big.toRational());
        assertEquals(0, big.signum());
        assertThrows(ArithmeticException.class, () -> new MutableRational().set(1, 2).divide(Fraction.ZERO));
    }

    @Test
    void aValueInLongsShowsItsPartsAndOneBeyondThemIsHeldAsAFraction() {
        MutableRational m = new MutableRational().set(6, 4);
        assertTrue(m.small());
        // not necessarily in lowest terms: the parts as set
        assertEquals(6, m.numerator());
        assertEquals(4, m.denominator());
        assertEquals("6/4", m.toString());
        Fraction huge = Fraction.of(BigInteger.TWO.pow(70), BigInteger.ONE);
        m.multiply(huge);
        assertFalse(m.small());
        assertEquals(Fraction.of(BigInteger.TWO.pow(70).multiply(BigInteger.valueOf(3)), BigInteger.TWO), m.toRational());
        assertEquals(m.toRational().toString(), m.toString());
        // set to zero, chained: back in longs
        assertEquals(Fraction.of(1, 3), m.setZero().add(Fraction.of(1, 3)).toRational());
        assertTrue(m.small());
    }
}
