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
package org.blendscore.testkit;

// tag::junit[]
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.blendscore.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

class FieldRepFairnessTest {

    @Test
    void theLibrarysScoringIsFair() {
        PropertyCheck.of(FieldRepRubric.build()).seed(42).run().assertFair();
    }

    @Test
    void ourPipelineIsFairToo() {
        PropertyCheck.of(FieldRepRubric.build())
            .compiledBy(rubric -> new ReviewPipeline(rubric)::review)   // what the platform ships
            .tries(500)
            .assertFair();
    }

    /** Stands for the platform's own pipeline around the library's scorer; this one strips HR attributes first. */
    static final class ReviewPipeline {

        private final Scorer scorer;

        ReviewPipeline(Rubric rubric) {
            this.scorer = Scorer.of(rubric);
        }

        Review review(Evidence evidence) {
            return scorer.score(evidence.withAttributes(Map.of()));
        }
    }
}
// end::junit[]
