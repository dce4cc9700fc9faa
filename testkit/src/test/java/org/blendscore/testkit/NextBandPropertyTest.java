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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.guidance.NextBand;
import org.blendscore.guidance.PathToNextBand;
import org.blendscore.guidance.Step;
import org.blendscore.guidance.StepPair;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The path to the next band on random rubrics and the kit's random evidence: every step it
 * proposes, taken, reaches the next band, and the step one unit of resolution smaller does not;
 * the same for both steps of every pair.
 */
class NextBandPropertyTest {

    @Test
    void everyStepReachesTheNextBandAndTheNextSmallerStepDoesNot() {
        int[] checked = new int[2];
        qt().withFixedSeed(20_261_203L).withExamples(80).withShrinkCycles(0).forAll(longs().all().map(RubricGenerator.of().fair()::generate), longs().all()).checkAssert((rubric, seed) -> {
            Scorer scorer = Scorer.of(rubric);
            Evidence evidence = EvidenceGenerator.of(rubric).generate(seed);
            Review review = scorer.score(evidence);
            PathToNextBand path = NextBand.of(scorer).path(review, evidence);
            if (review.band().isEmpty() || rank(rubric, review.band().get()) == 0) {
                assertTrue(path.isEmpty() && path.nextBand().isEmpty() && !path.notes().isEmpty(), path::toString);
                return;
            }
            int aim = rank(rubric, path.nextBand().orElseThrow());
            assertEquals(rank(rubric, review.band().get()) - 1, aim);
            for (Step s : path.steps()) {
                checked[0]++;
                Review taken = scorer.score(with(evidence, Map.of(s.measureId(), s.evidence())));
                assertTrue(rank(rubric, taken.band().orElseThrow()) <= aim, () -> s + " does not reach " + path.nextBand());
                assertEquals(s.overall(), taken.overall());
                Review smaller = scorer.score(with(evidence, Map.of(s.measureId(), s.smaller())));
                assertFalse(smaller.band().isPresent() && rank(rubric, smaller.band().get()) <= aim, () -> s + ": the smaller step reaches");
            }
            for (StepPair p : path.pairs()) {
                checked[1]++;
                Step a = p.first();
                Step b = p.second();
                Review both = scorer.score(with(evidence, Map.of(a.measureId(), a.evidence(), b.measureId(), b.evidence())));
                assertTrue(rank(rubric, both.band().orElseThrow()) <= aim, p::toString);
                Review lessA = scorer.score(with(evidence, Map.of(a.measureId(), a.smaller(), b.measureId(), b.evidence())));
                Review lessB = scorer.score(with(evidence, Map.of(a.measureId(), a.evidence(), b.measureId(), b.smaller())));
                assertFalse(lessA.band().isPresent() && rank(rubric, lessA.band().get()) <= aim, p::toString);
                assertFalse(lessB.band().isPresent() && rank(rubric, lessB.band().get()) <= aim, p::toString);
            }
        });
        // a guard against a property that holds for want of steps; most random reviews are at the top band or incomplete
        assertTrue(checked[0] >= 5, "too few steps checked: " + checked[0]);
        System.out.println("NextBandPropertyTest: " + checked[0] + " steps and " + checked[1] + " pairs checked");
    }

    private static Evidence with(Evidence e, Map<String, MeasureEvidence> changes) {
        Map<String, MeasureEvidence> measures = new HashMap<>(e.measures());
        measures.putAll(changes);
        return new Evidence(e.subjectId(), e.period(), measures, e.attributes(), e.participation(), e.factors());
    }

    private static int rank(Rubric rubric, String band) {
        for (int i = 0; i < rubric.bands().size(); i++) {
            if (rubric.bands().get(i).label().equals(band)) {
                return i;
            }
        }
        throw new AssertionError("no band " + band);
    }
}
