package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

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
        qt().withExamples(100).withShrinkCycles(0).forAll(RandomRubrics.rubrics()).checkAssert(rubric -> {
            FairnessReport report = FairnessCheck.of(rubric).seed(rubric.hashCode()).tries(25).maxCliff(tightestLimit(rubric)).run();
            assertTrue(report.fair(), () -> report.render() + "\n" + RubricAnalysis.of(rubric).report() + "\n" + rubric);
        });
    }
}
