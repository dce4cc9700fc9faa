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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact fractions: canonical form, arithmetic, rounding. */
class FractionTest {

    @Test
    void fractionsOfEqualValueAreEqual() {
        assertEquals(Fraction.of(1, 2), Fraction.of(2, 4));
        assertEquals(Fraction.of(1, 2), Fraction.of(-3, -6));
        assertEquals(Fraction.of(-1, 2), Fraction.of(1, -2));
        assertEquals(Fraction.parse("0.50"), Fraction.of(1, 2));
        assertEquals(Fraction.ZERO, Fraction.of(0, 7));
        assertEquals(BigInteger.ONE, Fraction.of(0, 7).denominator());
        assertEquals(Fraction.of(65), Fraction.parse("65.00"));
        assertEquals(Fraction.of(1200), Fraction.of(new BigDecimal("1.2E+3")));
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = Fraction.of(1, 3);
        assertEquals(Fraction.ONE, third.add(third).add(third));
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).subtract(third));
        assertEquals(Fraction.of(100, 3), Fraction.HUNDRED.multiply(third));
        assertEquals(Fraction.of(3), Fraction.ONE.divide(third));
        assertEquals(Fraction.of(1, 3), Fraction.of(-1, 3).abs());
        assertTrue(Fraction.of(1, 3).compareTo(new BigDecimal("0.3333")) > 0);
    }

    @Test
    void roundsHalfEvenAndKnowsWhenItIsAnExactDecimal() {
        assertEquals(new BigDecimal("33.33"), Fraction.of(100, 3).toBigDecimal(2));
        assertEquals(new BigDecimal("0.12"), Fraction.of(125, 1000).toBigDecimal(2));
        assertEquals(Optional.of(new BigDecimal("0.25")), Fraction.of(1, 4).toExactDecimal());
        assertEquals(Optional.empty(), Fraction.of(1, 3).toExactDecimal());
        assertEquals("100/3", Fraction.of(100, 3).toString());
        assertEquals("65", Fraction.of(65).toString());
    }

    @Test
    void divisionByZeroNamesTheValue() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Fraction.of(3, 4).divide(Fraction.ZERO));
        assertEquals("cannot divide 3/4 by zero", e.getMessage());
        ArithmeticException d = assertThrows(ArithmeticException.class, () -> Fraction.of(5, 0));
        assertEquals("the denominator of 5/0 is zero", d.getMessage());
    }
}
