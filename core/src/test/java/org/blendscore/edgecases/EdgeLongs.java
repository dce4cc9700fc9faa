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
package org.blendscore.edgecases;

import java.math.BigInteger;
import org.blendscore.number.LongArithmetic;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of longs that reach the overflow boundaries on purpose: values near
 * {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE}, near the square root of the largest long (whose
 * products just overflow or just fit), powers of two and ten, and pairs whose product or sum lies
 * just either side of overflow; mixed with small and uniformly random longs.
 */
public final class EdgeLongs {

    /** The largest long whose square fits a long: 3037000499^2 &lt; 2^63 - 1 &lt; 3037000500^2. */
    public static final long SQRT_MAX = 3_037_000_499L;

    private EdgeLongs() {
    }

    /**
     * A long of any sign, often at or near an overflow boundary; {@link Long#MIN_VALUE} included.
     *
     * @param in the randomness
     * @return the long
     */
    public static long any(RandomnessSource in) {
        long k = Generate.longRange(0, 1_000).generate(in);
        boolean negative = Generate.booleans().generate(in);
        long v;
        switch (Generate.range(0, 10).generate(in)) {
            case 0 -> v = Generate.longRange(0, 1_000).generate(in);
            case 1 -> v = Long.MAX_VALUE - k;
            case 2 -> {
                return Long.MIN_VALUE + k;
            }
            case 3 -> v = SQRT_MAX - 2 + Generate.longRange(0, 4).generate(in);
            case 4 -> v = (1L << Generate.range(0, 62).generate(in)) + Generate.longRange(-2, 2).generate(in);
            case 5 -> v = LongArithmetic.pow10(Generate.range(0, 18).generate(in)) * Generate.longRange(1, 9).generate(in);
            case 6 -> v = Long.MAX_VALUE / Generate.longRange(1, 1_000).generate(in) + Generate.longRange(-1, 1).generate(in);
            case 7 -> v = (1L << 31) + k - 500;
            case 8 -> v = Generate.longRange(0, 1_000_000_000_000L).generate(in);
            default -> {
                return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in);
            }
        }
        v = Math.max(v, 0);
        return negative ? -v : v;
    }

    /**
     * A positive long, often at or near an overflow boundary.
     *
     * @param in the randomness
     * @return a long of at least 1
     */
    public static long positive(RandomnessSource in) {
        long v = any(in);
        return v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.max(1, Math.abs(v));
    }

    /**
     * A positive long whose product with {@code a} lies just below, at or just above the largest long.
     *
     * @param in the randomness
     * @param a a positive long
     * @return a long b with a x b near 2^63
     */
    public static long partner(RandomnessSource in, long a) {
        long b = Long.MAX_VALUE / a + Generate.longRange(-1, 2).generate(in);
        return Math.max(1, b);
    }

    /**
     * Longs, any sign, boundaries included.
     *
     * @return the generator
     */
    public static Gen<Long> longs() {
        return EdgeLongs::any;
    }

    /**
     * The exact value n/d in lowest terms with a positive denominator, the plain BigInteger path.
     *
     * @param n numerator
     * @param d denominator, not zero
     * @return {numerator, denominator}
     */
    public static BigInteger[] reduced(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        if (n.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        return new BigInteger[] {n.divide(g), d.divide(g)};
    }
}
