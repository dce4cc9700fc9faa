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
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The floor builds what the scorer builds: every copy equals its review, in new records. */
class ReviewCopyTest {

    @Test
    void everyCopyEqualsItsReviewAndIsNew() {
        Scorer scorer = Scorer.of(BenchRubric.build());
        List<Review> reviews = BenchBatch.generate(BenchBatch.SEED, 2_000).stream().map(scorer::score).toList();
        for (Review r : reviews) {
            Review copy = ReviewCopy.of(r);
            assertEquals(r, copy);
            assertEquals(r.explain(), copy.explain());
            assertNotSame(r.sections().get(0), copy.sections().get(0));
            assertNotSame(r.coverage(), copy.coverage());
        }
    }
}
