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
package org.blendscore.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetRules;

/** The inputs the hostile-input tests share: a one-measure rubric around a curve, and evidence for it. */
final class Hostile {

    static final DateRange YEAR = DateRange.year(2026);

    /** {@code 1.} followed by 200,000 zeros: one, written very long. */
    static final BigDecimal LONG_ONE = new BigDecimal("1." + "0".repeat(200_000));

    /** Zero with a hundred million decimal places: 12 characters. */
    static final BigDecimal FINE_ZERO = new BigDecimal("0E-100000000");

    /** Zero with the most decimal places an int scale has. */
    static final BigDecimal FINEST_ZERO = new BigDecimal("0E-2147483647");

    private Hostile() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** The reference curve: (0.5, 0), (1, 100), (1.5, 130), gated below 0.5, capped. */
    static LinearCurve curve() {
        return new LinearCurve(List.of(Breakpoint.of("0.5", "0"), Breakpoint.of("1", "100"), Breakpoint.of("1.5", "130")),
                Optional.of(d("0.5")), true);
    }

    /** A rubric of one quota measure, new-arr, with this curve and a target of 1,000,000 USD. */
    static Rubric rubric(Curve curve) {
        return rubric(curve, TargetRules.none());
    }

    /** The same rubric with these target rules. */
    static Rubric rubric(Curve curve, TargetRules rules) {
        QuotaMeasure arr = new QuotaMeasure("new-arr", d("100"), Target.amount("1000000", "USD"), Direction.HIGHER_IS_BETTER, curve);
        return new Rubric("hostile", "1", YEAR, List.of(new Section("Revenue", d("100"), List.of(arr))),
                List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT, 2, rules);
    }

    /** Evidence of new-arr's actual for subject sam over the year. */
    static Evidence actual(BigDecimal actual) {
        Map<String, MeasureEvidence> m = Map.of("new-arr", new QuotaActual(actual));
        return Evidence.of("sam", YEAR, m);
    }

    /**
     * A decimal that fails the test when its trailing zeros are stripped: the limits must decide on a
     * long one without stripping (which takes time quadratic in its length).
     */
    static BigDecimal unstrippable(BigInteger unscaled, int scale) {
        return new BigDecimal(unscaled, scale) {
            private static final long serialVersionUID = 1L;

            @Override
            public BigDecimal stripTrailingZeros() {
                throw new AssertionError("stripTrailingZeros called on a number written with scale " + scale());
            }
        };
    }
}
