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
package org.blendscore.json;

import java.math.BigInteger;

import org.blendscore.number.Fraction;

/**
 * Exact shares (coverage) as the JSON format writes them: a JSON string {@code "numerator/denominator"}
 * in lowest terms, such as {@code "2/3"}, so that a share that no decimal holds exactly (a third)
 * reads back equal. Checked in one pass over at most the number length limit before any
 * {@link BigInteger} is made.
 */
final class Fractions {

    private Fractions() {
    }

    static String write(Fraction value) {
        return value.numerator() + "/" + value.denominator();
    }

    /** The share a text names, or {@code null} with the problem recorded at the cursor. */
    static Fraction read(Cursor in) {
        String text = in.text();
        if (text == null) {
            return null;
        }
        if (text.length() > in.limits().maxNumberLength()) {
            in.problem(Messages.numberTooLong(text.length(), in.limits().maxNumberLength()));
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || !integer(text, 0, slash, true) || !integer(text, slash + 1, text.length(), false)) {
            in.problem(Messages.notAFraction(text));
            return null;
        }
        BigInteger denominator = new BigInteger(text.substring(slash + 1));
        if (denominator.signum() == 0) {
            in.problem(Messages.notAFraction(text));
            return null;
        }
        return Fraction.of(new BigInteger(text.substring(0, slash)), denominator);
    }

    private static boolean integer(String text, int from, int to, boolean signed) {
        int i = from;
        if (signed && i < to && text.charAt(i) == '-') {
            i++;
        }
        if (i == to) {
            return false;
        }
        for (; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
