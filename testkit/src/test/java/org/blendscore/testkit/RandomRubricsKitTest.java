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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.blendscore.number.Fraction;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/** The kit on random valid rubrics: the library's scorer is fair on every one, and every generated evidence is valid. */
class RandomRubricsKitTest {

    /** The largest cliff of a curve, rounded up at 6 places: the tightest limit the rubric keeps. */
    static BigDecimal tightestLimit(Rubric rubric) {
        Fraction largest = RubricAnalysis.of(rubric).largestCurveCliff().map(c -> c.overallJump().abs()).orElse(Fraction.ZERO);
        return new BigDecimal(largest.numerator()).divide(new BigDecimal(largest.denominator()), 6, RoundingMode.CEILING);
    }

    @Test
    void theLibrarysScorerIsFairOnRandomRubricsEvenAtTheTightestCliffLimit() {
        qt().withExamples(100).withShrinkCycles(0).forAll(longs().all().map(RubricGenerator.of().fair()::generate)).checkAssert(rubric -> {
            PropertyReport report = PropertyCheck.of(rubric).seed(rubric.hashCode()).tries(25).maxCliff(tightestLimit(rubric)).run();
            assertTrue(report.fair(), () -> report.render() + "\n" + RubricAnalysis.of(rubric).report() + "\n" + rubric);
        });
    }
}
