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

/** The texts of this package's errors, one factory each. */
final class NumberMessages {

    private NumberMessages() {
    }

    static String zeroDenominator(Object numerator) {
        return "the denominator of " + numerator + "/0 is zero";
    }

    static String divisionByZero(Fraction dividend) {
        return "cannot divide " + dividend + " by zero";
    }

    static String negativeScale(int scale) {
        return "scale " + scale + " is negative: a count of decimal places must be 0 or more";
    }

    static String pow10OutOfRange(int exponent) {
        return "10^" + exponent + " does not fit a long: the exponent must be 0 to " + LongArithmetic.MAX_POW10_EXPONENT;
    }

    static String doesNotFitLongs(Fraction value) {
        return value + " does not fit longs: read numerator() and denominator() instead";
    }
}
