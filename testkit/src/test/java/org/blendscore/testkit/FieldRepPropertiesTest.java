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
