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

import static org.blendscore.number.LongArithmetic.OVERFLOW;

/**
 * The arithmetic of {@link Fraction}: each operation first in {@code long}s, where an overflow is
 * detected without exceptions, and only when that overflows (or an operand is already large) once
 * more in {@link java.math.BigInteger}s. Both paths give the same, exact, lowest-terms result.
 */
final class FractionArithmetic {

    private FractionArithmetic() {
    }

    /** a + b. */
    static Fraction add(Fraction a, Fraction b) {
        if (a.fitsLongs() && b.fitsLongs()) {
            long an = a.smallNum();
            long ad = a.smallDen();
            long bn = b.smallNum();
            long bd = b.smallDen();
            if (an == 0) {
                return b;
            }
            if (bn == 0) {
                return a;
            }
            if (ad == bd) {
                long n = LongArithmetic.addOrOverflow(an, bn);
                if (n != OVERFLOW) {
                    return ad == 1 ? Fraction.of(n) : Fraction.of(n, ad);
                }
            } else {
                long g = LongArithmetic.gcd(ad, bd);
                long left = LongArithmetic.multiplyOrOverflow(an, bd / g);
                long right = LongArithmetic.multiplyOrOverflow(bn, ad / g);
                long d = LongArithmetic.multiplyOrOverflow(ad / g, bd);
                if (left != OVERFLOW && right != OVERFLOW && d != OVERFLOW) {
                    long n = LongArithmetic.addOrOverflow(left, right);
                    if (n != OVERFLOW) {
                        return Fraction.of(n, d);
                    }
                }
            }
        }
        return Fraction.of(a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())),
                a.denominator().multiply(b.denominator()));
    }

    /** a x b; the long path cross-reduces first, so that its products stay small and its result is in lowest terms. */
    static Fraction multiply(Fraction a, Fraction b) {
        if (a.fitsLongs() && b.fitsLongs()) {
            long an = a.smallNum();
            long ad = a.smallDen();
            long bn = b.smallNum();
            long bd = b.smallDen();
            if (an == 0 || bn == 0) {
                return Fraction.ZERO;
            }
            // cross-reduce first so that the products stay small (and the result is in lowest terms)
            long g1 = LongArithmetic.gcd(Math.abs(an), bd);
            long g2 = LongArithmetic.gcd(Math.abs(bn), ad);
            long n = LongArithmetic.multiplyOrOverflow(an / g1, bn / g2);
            long d = LongArithmetic.multiplyOrOverflow(ad / g2, bd / g1);
            if (n != OVERFLOW && d != OVERFLOW) {
                return Fraction.small(n, d);
            }
        }
        return Fraction.of(a.numerator().multiply(b.numerator()), a.denominator().multiply(b.denominator()));
    }

    /** Compares a with b exactly. */
    static int compare(Fraction a, Fraction b) {
        if (a.fitsLongs() && b.fitsLongs()) {
            long an = a.smallNum();
            long ad = a.smallDen();
            long bn = b.smallNum();
            long bd = b.smallDen();
            if (ad == bd) {
                return Long.compare(an, bn);
            }
            long left = LongArithmetic.multiplyOrOverflow(an, bd);
            long right = LongArithmetic.multiplyOrOverflow(bn, ad);
            if (left != OVERFLOW && right != OVERFLOW) {
                return Long.compare(left, right);
            }
        }
        return a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator()));
    }
}
