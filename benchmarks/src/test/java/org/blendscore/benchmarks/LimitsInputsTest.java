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
package org.blendscore.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.InvalidRubricException;
import org.junit.jupiter.api.Test;

/** LimitsBenchmark measures what it says: the legal inputs are accepted, and each illegal one is rejected for its number alone. */
class LimitsInputsTest {

    private final LimitsBenchmark bench = new LimitsBenchmark();

    LimitsInputsTest() {
        bench.setUp();
    }

    @Test
    void theLegalRubricCompilesAndTheIllegalOneIsRejectedForItsLastPoints() {
        assertNotNull(bench.rubricLegal());
        InvalidRubricException e = bench.rubricIllegal();
        assertEquals(1, e.problems().size());
        assertEquals("measures[new-arr].curve.breakpoints[" + (LimitsInputs.BREAKPOINTS - 1) + "].points", e.problems().get(0).path());
    }

    @Test
    void theLegalRecordIsScoredAndTheIllegalOneIsRejectedForItsActual() {
        Review review = bench.recordLegal();
        // the actual is far above target: the capped curve's top, 99.9 points and a little; the ratings' mean is 3, 50 points
        assertEquals(new BigDecimal("79.94"), review.overall());
        assertEquals(java.util.Optional.of("Meets"), review.band());
        InvalidEvidenceException e = bench.recordIllegal();
        assertEquals(1, e.problems().size());
        assertEquals("actual", e.problems().get(0).field());
    }
}
