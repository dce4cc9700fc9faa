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

import static org.blendscore.hostile.HostileFixtures.YEAR;
import static org.blendscore.hostile.HostileFixtures.actual;
import static org.blendscore.hostile.HostileFixtures.quotaRubric;
import static org.blendscore.hostile.HostileFixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.BatchCounts;
import org.blendscore.scoring.RejectedRecord;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * One record never stops a batch: records at the edges of what the library handles (a leave that
 * ends on the last day of the calendar, an actual of zero written with the smallest possible scale)
 * once threw out of {@code scoreAll} and stopped a batch of 10,000 at record 5,000. Whatever such a
 * record comes to (a review, or a rejection with its problems), every other record is scored, in
 * order, once each.
 */
class HostileBatchTest {

    private static final int RECORDS = 10_000;
    private static final int LEAVE_TO_THE_END_OF_TIME = 5_000;
    private static final int ZERO_OF_HUGE_SCALE = 7_000;

    private static List<Evidence> batch() {
        List<Evidence> batch = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            batch.add(actual("s" + i, String.valueOf(i % 120)));
        }
        Participation onLeave = new Participation(Optional.empty(), Optional.empty(),
                List.of(DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.MAX)));
        batch.set(LEAVE_TO_THE_END_OF_TIME, new Evidence("s" + LEAVE_TO_THE_END_OF_TIME, YEAR,
                Map.of("new-arr", QuotaActual.of("50")), Map.of(), onLeave, Map.of()));
        batch.set(ZERO_OF_HUGE_SCALE, HostileFixtures.evidence("s" + ZERO_OF_HUGE_SCALE,
                new QuotaActual(new BigDecimal("0E-2147483647"))));
        return batch;
    }

    /** Each record gave exactly one result, in order; all but the two hostile ones reviewed exactly. */
    private static void assertWholeAndInOrder(List<Object> results, BatchCounts counts) {
        assertEquals(RECORDS, results.size());
        assertEquals(RECORDS, counts.reviewed() + counts.rejected());
        for (int i = 0; i < RECORDS; i++) {
            Object r = results.get(i);
            if (r instanceof Review review) {
                assertEquals("s" + i, review.subjectId());
                if (i != LEAVE_TO_THE_END_OF_TIME && i != ZERO_OF_HUGE_SCALE) {
                    assertEquals(BigDecimal.valueOf(Math.min(100, i % 120)).setScale(2), review.overall(), "record " + i);
                }
            } else {
                RejectedRecord rejected = (RejectedRecord) r;
                assertEquals(i, rejected.index());
                assertEquals("s" + i, rejected.subjectId());
                assertTrue(i == LEAVE_TO_THE_END_OF_TIME || i == ZERO_OF_HUGE_SCALE, "record " + i + " rejected: " + rejected);
                assertTrue(!rejected.problems().isEmpty());
            }
        }
    }

    @Test
    void aRecordAtTheEdgesNeverStopsABatch() {
        Scorer scorer = Scorer.of(quotaRubric(straight(), List.of()));
        List<Object> results = new ArrayList<>();
        BatchCounts counts = scorer.scoreAll(batch(), results::add, results::add);
        assertWholeAndInOrder(results, counts);
    }

    @Test
    void aRecordAtTheEdgesNeverStopsAParallelBatch() {
        Scorer scorer = Scorer.of(quotaRubric(straight(), List.of()));
        List<Object> results = new ArrayList<>();
        BatchCounts counts = scorer.scoreAllParallel(batch(), 2, results::add, results::add);
        assertWholeAndInOrder(results, counts);
    }
}
