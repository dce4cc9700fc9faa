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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.blendscore.scoring.BatchCounts;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Two million generated bench records scored through the parallel streaming API in a JVM whose heap
 * is capped at 128 MB (this class runs in its own Surefire execution, {@code streaming-heap-capped},
 * with {@code -Xmx128m} and {@code blendscore.heapCapped=true}; elsewhere it is skipped): the records alone would take several gigabytes, so this passes only if
 * nothing accumulates. It took 19 to 31 s on 2 shared cores at 228bef5, and up to 3 minutes before the long-based fractions.
 */
class StreamingHeapCappedTest {

    private static final long RECORDS = 2_000_000;

    @Test
    void scoresTwoMillionRecordsInA128MegabyteHeap() {
        assumeTrue(Boolean.getBoolean("blendscore.heapCapped"), "runs only in the streaming-heap-capped execution");
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 140L << 20, "this test must run with -Xmx128m, but the heap may grow to " + (maxHeap >> 20) + " MB");
        Scorer scorer = Scorer.of(BenchRubric.build());
        long[] next = {0};
        long[] outOfOrder = {0};
        BatchCounts counts = scorer.scoreAllParallel(BenchBatch.stream(BenchBatch.SEED, RECORDS)::iterator, review -> {
            if (!review.subjectId().equals("rep-" + next[0])) {
                outOfOrder[0]++;
            }
            next[0]++;
        }, rejected -> next[0]++);
        assertEquals(new BatchCounts(RECORDS, 0), counts);
        assertEquals(0, outOfOrder[0]);
    }
}
