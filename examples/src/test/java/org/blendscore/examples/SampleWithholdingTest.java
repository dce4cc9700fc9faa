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
package org.blendscore.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.rubric.Rubric;
import org.blendscore.testkit.PropertyCheck;
import org.blendscore.testkit.PropertyVerdict;
import org.blendscore.testkit.ScoringProperty;
import org.junit.jupiter.api.Test;

/** The withholding exposure of the sample rubrics, as the analysis computes it. */
class SampleWithholdingTest {

    private static String exposures(Rubric rubric) {
        RubricAnalysis a = RubricAnalysis.of(rubric);
        return a.withholding().stream().map(w -> w.path() + " " + w.gain().map(g -> g.toBigDecimal(2).toPlainString()).orElse("unbounded")
                + (w.leavesIncomplete() ? " incomplete" : "") + " escapes" + w.guardsEscaped()).collect(Collectors.joining("\n"));
    }

    @Test
    void theHunterRubricsLargestExposureIsNewArrAndWithholdingItLeavesNoBand() {
        assertEquals("""
                measures[new-arr] 77.00 incomplete escapes[]
                measures[sales-cycle-days] 71.43 escapes[]
                measures[pipeline] 40.00 escapes[]
                measures[customer-trust] 60.00 escapes[0]
                measures[account-knowledge] 60.00 escapes[0]
                sections[Revenue] 71.43 incomplete escapes[]
                sections[Progression] 40.00 escapes[]
                sections[Relationship] 60.00 incomplete escapes[]""", exposures(SampleRubrics.hunter()));
    }

    @Test
    void theFarmerRubricsExposures() {
        assertEquals("""
                measures[net-revenue-retention] 75.00 escapes[]
                measures[expansion-arr] 66.67 escapes[]
                measures[account-milestones] 41.67 escapes[]
                measures[customer-satisfaction] 66.67 escapes[0]
                measures[account-knowledge] 66.67 escapes[0]
                measures[collaboration] 66.67 escapes[0]
                sections[Retention] 66.67 incomplete escapes[]
                sections[Progression] 41.67 escapes[]
                sections[Relationship] 66.67 incomplete escapes[]""", exposures(SampleRubrics.farmer()));
    }

    @Test
    void withholdingNeverPaysBeyondTheExposureOnTheSampleRubrics() {
        for (Rubric r : java.util.List.of(SampleRubrics.hunter(), SampleRubrics.farmer())) {
            PropertyVerdict v = PropertyCheck.of(r).seed(13).tries(200).check(ScoringProperty.WITHHOLDING_BOUNDED);
            assertTrue(v.status() == PropertyVerdict.Status.PASSED, v.render());
        }
    }
}
