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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The scorer's gcd (a few of Euclid's divisions, then the branch-free binary method) agrees with BigInteger's. */
class GcdTest {

    private static long expected(long a, long b) {
        return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    }

    @Test
    void agreesWithBigIntegerOnAnyTwoNonNegativeLongs() {
        qt().withExamples(20_000).forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE))
                .assuming((a, b) -> a != 0 || b != 0)
                .check((a, b) -> LongArithmetic.gcd(a, b) == expected(a, b));
    }

    @Test
    void agreesWithBigIntegerOnDecimalDenominatorsAndTheirSmallMultiples() {
        // the usual operands of a review: 10^k times small factors, where Euclid's first divisions finish
        qt().withExamples(20_000).forAll(longs().between(0, 12), longs().between(1, 999), longs().between(0, 12), longs().between(1, 999))
                .check((i, x, j, y) -> {
                    long a = LongArithmetic.pow10(i.intValue()) * x;
                    long b = LongArithmetic.pow10(j.intValue()) * y;
                    return LongArithmetic.gcd(a, b) == expected(a, b);
                });
    }

    @Test
    void edgeCases() {
        assertEquals(5, LongArithmetic.gcd(0, 5));
        assertEquals(5, LongArithmetic.gcd(5, 0));
        assertEquals(1, LongArithmetic.gcd(1, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, LongArithmetic.gcd(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(1L << 62, LongArithmetic.gcd(1L << 62, 1L << 62));
        assertEquals(1L << 40, LongArithmetic.gcd(3L << 40, 5L << 41));
        assertEquals(expected(Long.MAX_VALUE, Long.MAX_VALUE - 1), LongArithmetic.gcd(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        assertEquals(expected(2_305_843_009_213_693_951L, 1_152_921_504_606_846_975L),
                LongArithmetic.gcd(2_305_843_009_213_693_951L, 1_152_921_504_606_846_975L));
    }
}
