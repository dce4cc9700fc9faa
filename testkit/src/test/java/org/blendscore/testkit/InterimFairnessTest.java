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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The kit against interim reviews: the same fairness properties hold for a review at a date inside the
 * period, whose quota targets are the targets expected by that date (prorated by days, or by season
 * weights) and whose actuals are the actuals to date. The kit's generator varies periods, participation
 * and relief, so interim reviews of partial periods and leaves are checked too.
 */
class InterimFairnessTest {

    /** The number of days from a period's first day to its last: 0 for a one-day period. */
    private static long span(DateRange p) {
        return ChronoUnit.DAYS.between(p.start(), p.end());
    }

    /**
     * Interim reviews at {@code numerator / denominator} of the way through each evidence's period (the
     * first day at 0, the last day at 1), by a scorer compiled from the rubric under check.
     *
     * <p>A subject who joins the role late, or is on leave from its start, has no target to date at an
     * early date, and a rubric whose policy is REJECT rightly rejects such an interim review. As a
     * platform would, this then reviews at the first later date at which every quota has a target. The
     * date depends only on the period, the subject's participation and the rubric, never on the actuals
     * or ratings the properties vary.
     */
    private static Function<Evidence, Review> interimAt(Scorer scorer, int numerator, int denominator) {
        return e -> {
            DateRange period = e.period();
            LocalDate asOf = period.start().plusDays(span(period) * numerator / denominator);
            while (true) {
                try {
                    return scorer.scoreInterim(e, asOf);
                } catch (InvalidEvidenceException ex) {
                    boolean noTargetYet = ex.problems().stream().allMatch(p -> p.message().startsWith("no target"));
                    if (!noTargetYet || !asOf.isBefore(period.end())) {
                        throw ex;
                    }
                    asOf = asOf.plusDays(1);
                }
            }
        };
    }

    @Test
    void interimReviewsOfTheFieldRepRubricAreFairFromTheFirstDayToTheLast() {
        int[][] fractions = {{0, 1}, {1, 4}, {1, 2}, {3, 4}, {1, 1}};
        for (int[] f : fractions) {
            PropertyReport report = PropertyCheck.of(FieldRepRubric.build()).seed(42 + 7L * f[0] + f[1])
                    .compiledBy(rubric -> interimAt(Scorer.of(rubric), f[0], f[1])).tries(200).run();
            assertTrue(report.fair(), () -> "at " + f[0] + "/" + f[1] + " of the period:\n" + report.render());
        }
    }

    @Test
    void interimReviewsAreFairOnRandomRubricsEvenAtTheTightestCliffLimit() {
        qt().withExamples(40).withShrinkCycles(0).forAll(longs().all().map(RubricGenerator.of().fair()::generate)).checkAssert(rubric -> {
            int quarters = Math.floorMod(rubric.hashCode(), 5);
            PropertyReport report = PropertyCheck.of(rubric).seed(rubric.hashCode()).tries(25)
                    .maxCliff(RandomRubricsKitTest.tightestLimit(rubric))
                    .compiledBy(r -> interimAt(Scorer.of(r), quarters, 4)).run();
            assertTrue(report.fair(), () -> "at " + quarters + "/4 of the period:\n" + report.render() + "\n" + rubric);
        });
    }
}
