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

// tag::quicktheories[]
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.blendscore.testkit.EvidenceGenerator;
import org.blendscore.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

class FieldRepPropertiesTest {

    private final Rubric rubric = FieldRepRubric.build();

    @Test
    void everySeedQuickTheoriesDrawsIsFair() {
        PropertyCheck kit = PropertyCheck.of(rubric).tries(1);
        qt().forAll(longs().all()).checkAssert(seed -> kit.seed(seed).assertFair());
    }

    @Test
    void contributionsAddUpToTheOverallOnTheKitsEvidence() {
        EvidenceGenerator evidence = EvidenceGenerator.of(rubric);
        Scorer scorer = Scorer.of(rubric);
        qt().forAll(longs().all().map(evidence::generate)).checkAssert(e -> {
            Review review = scorer.score(e);
            BigDecimal sum = review.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(review.overall(), sum);
        });
    }
}
// end::quicktheories[]
