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

import org.blendscore.impact.Outcome;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.blendscore.whatif.WhatIf;
import org.blendscore.whatif.WhatIfSummary;
import org.junit.jupiter.api.Test;

/**
 * Two hundred thousand generated bench records re-scored under the bench rubric and its revision, with
 * adverse impact, in a JVM whose heap is capped at 128 MB (this class runs in the
 * {@code streaming-heap-capped} Surefire execution, with {@code -Xmx128m}; elsewhere it is skipped):
 * the records alone would take several times the heap, so this passes only if the what-if keeps aggregates and
 * nothing per subject. The groups are a function of the subject id, as a map of 200,000 entries
 * would itself take much of the heap.
 */
class WhatIfHeapCappedTest {

    private static final long RECORDS = 200_000;

    @Test
    void reScoresTwoHundredThousandRecordsInA128MegabyteHeap() {
        assumeTrue(Boolean.getBoolean("blendscore.heapCapped"), "runs only in the streaming-heap-capped execution");
        long maxHeap = Runtime.getRuntime().maxMemory();
        assertTrue(maxHeap <= 140L << 20, "this test must run with -Xmx128m, but the heap may grow to " + (maxHeap >> 20) + " MB");
        Rubric v1 = BenchRubric.build();
        Rubric v2 = WhatIfBenchmark.revision();
        long[] rows = {0};
        WhatIfSummary s = WhatIf.of(Scorer.of(v1), Scorer.of(v2))
                .withImpact(new org.blendscore.whatif.ImpactGroups(subject -> "g" + (subject.hashCode() & 3),
                        Outcome.bandAtLeast(v1, "Meets"), Outcome.bandAtLeast(v2, "Meets"), 30))
                .run(BenchBatch.stream(BenchBatch.SEED, RECORDS), r -> rows[0]++, r -> { });
        assertEquals(RECORDS, s.scored());
        assertEquals(RECORDS, rows[0]);
        assertEquals(RECORDS, s.migrations().total());
        assertEquals(RECORDS, s.impactAfter().orElseThrow().reviewCount());
    }
}
