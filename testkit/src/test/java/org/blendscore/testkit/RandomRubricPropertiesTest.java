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

// tag::random-rubrics[]
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
import org.blendscore.testkit.RubricGenerator;
import org.junit.jupiter.api.Test;

class RandomRubricPropertiesTest {

    // every part of the model but declared fairness limits, which a rubric may break
    private final RubricGenerator rubrics = RubricGenerator.of().without(RubricGenerator.Extra.FAIRNESS_RULES);

    @Test
    void contributionsAddUpToTheOverallOnRandomRubrics() {
        qt().forAll(longs().all(), longs().all()).checkAssert((rubricSeed, evidenceSeed) -> {
            Rubric rubric = rubrics.generate(rubricSeed);
            Review review = Scorer.of(rubric).score(EvidenceGenerator.of(rubric).generate(evidenceSeed));
            BigDecimal sum = review.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(review.overall(), sum, () -> "rubric seed " + rubricSeed + ", evidence seed " + evidenceSeed);
        });
    }

    @Test
    void theKitFindsRubricsThatAreFairByDesignFair() {
        RubricGenerator fair = RubricGenerator.of().fair().sections(1, 2);
        qt().withExamples(20).forAll(longs().all().map(fair::generate)).checkAssert(rubric -> PropertyCheck.of(rubric).tries(5).assertFair());
    }
}
// end::random-rubrics[]
