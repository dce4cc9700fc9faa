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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RubricLimits;
import org.junit.jupiter.api.Test;

/**
 * LimitsBenchmark measures what it says: the legal inputs are as large as the count limits allow and
 * are accepted, and each illegal one is rejected for its one part too many or its one number alone.
 */
class LimitsInputsTest {

    private static final LimitsBenchmark BENCH = new LimitsBenchmark();

    static {
        BENCH.setUp();
    }

    @Test
    void theLegalInputsAreAtTheCountLimits() {
        assertEquals(RubricLimits.MAX_BREAKPOINTS, LimitsInputs.BREAKPOINTS);
        assertEquals(EvidenceLimits.MAX_RATINGS_PER_MEASURE, LimitsInputs.RATINGS);
        assertEquals(EvidenceLimits.MAX_RATINGS, LimitsInputs.RATINGS);
        // the legal rubric was built and compiled by setUp (once: it takes seconds)
        QuotaMeasure arr = (QuotaMeasure) BENCH.legalScorer().rubric().sections().get(0).measures().get(0);
        assertEquals(RubricLimits.MAX_BREAKPOINTS, ((LinearCurve) arr.curve()).breakpoints().size());
        assertEquals(EvidenceLimits.MAX_RATINGS_PER_MEASURE,
                ((Ratings) LimitsInputs.record(LimitsInputs.Twin.LEGAL, LimitsInputs.ratings()).measures().get("customer-trust")).ratings().size());
    }

    @Test
    void theLegalRubricCompilesAndTheIllegalOnesAreRejectedForTheirOneBreakpointOrDigitTooMany() {
        assertNotNull(BENCH.legalScorer());
        InvalidRubricException count = BENCH.rubricOnePartTooMany();
        assertEquals(1, count.problems().size());
        assertEquals("measures[new-arr].curve.breakpoints", count.problems().get(0).path());
        assertTrue(count.problems().get(0).message().contains("RubricLimits.MAX_BREAKPOINTS"), count.getMessage());
        InvalidRubricException number = BENCH.rubricOneDigitTooMany();
        assertEquals(1, number.problems().size());
        assertEquals("measures[new-arr].curve.breakpoints[" + (LimitsInputs.BREAKPOINTS - 1) + "].points", number.problems().get(0).path());
    }

    @Test
    void theLegalRecordIsScoredAndTheIllegalOnesAreRejectedForTheirOneRatingOrDigitTooMany() {
        Review review = BENCH.recordLegal();
        // the actual is far above target: the capped curve's top, 99.999 points and a little, 60%; the ratings' mean is 3, 50 points, 40%
        assertEquals(new BigDecimal("80.00"), review.overall());
        assertEquals(Optional.of("Meets"), review.band());
        InvalidEvidenceException count = BENCH.recordOnePartTooMany();
        assertEquals(1, count.problems().size());
        assertTrue(count.problems().get(0).message().contains("EvidenceLimits.MAX_RATINGS_PER_MEASURE"), count.getMessage());
        InvalidEvidenceException number = BENCH.recordOneDigitTooMany();
        assertEquals(1, number.problems().size());
        assertEquals("actual", number.problems().get(0).field());
    }
}
