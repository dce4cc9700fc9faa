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
package org.blendscore.dsl;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.RubricProblem;
import org.junit.jupiter.api.Test;

/**
 * The DSL takes a number written with a huge scale as it is, without stripping its zeros (which is
 * slow for a long one), and the rubric names it with its path when it is built; the evidence
 * builder says what happened when a fact is given twice.
 */
class HostileDslInputTest {

    /** One, written with 200,000 zeros; stripping them fails the test. */
    private static final BigDecimal LONG_ONE = new BigDecimal(BigInteger.TEN.pow(200_000), 200_000) {
        private static final long serialVersionUID = 1L;

        @Override
        public BigDecimal stripTrailingZeros() {
            throw new AssertionError("stripTrailingZeros called on a number written with scale " + scale());
        }
    };

    @Test
    void aNumberWrittenWithAHugeScaleIsNamedByTheRubricNotStripped() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> rubric("r").version("1").effective(RubricDslTest.YEAR)
                .section("Revenue", 100, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(linear().point(new BigDecimal("0E-2147483647"), BigDecimal.ZERO).point(BigDecimal.ONE, LONG_ONE).capped())))
                .band("Meets", 70).band("Below", 0).build());
        assertEquals(List.of("measures[new-arr].curve.breakpoints[0].attainment", "measures[new-arr].curve.breakpoints[1].points"),
                e.problems().stream().map(RubricProblem::path).toList());
    }

    @Test
    void theEvidenceBuilderSaysAnActualWasGivenTwiceNotThatTheEvidenceIsIncomplete() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> evidence("ana").period(RubricDslTest.YEAR)
                .actual("new-arr", 1).actual("new-arr", 2).build());
        assertEquals("evidence of subject 'ana' cannot be built (1 problem): measure 'new-arr': actual given twice", e.getMessage());
    }
}
