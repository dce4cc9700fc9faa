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
package org.blendscore.whatif;

import static org.blendscore.whatif.WhatIfRubrics.V1;
import static org.blendscore.whatif.WhatIfRubrics.V2;
import static org.blendscore.whatif.WhatIfRubrics.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.blendscore.evidence.Evidence;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** What holds for every population: one rubric twice changes nothing; the matrix counts everyone scored once. */
class WhatIfPropertyTest {

    private static final Scorer BEFORE = Scorer.of(V1);
    private static final Scorer AFTER = Scorer.of(V2);

    /** A population from pairs of actuals (0 to 150); every seventh record lacks its margin, which 2026.2 rejects. */
    private static List<Evidence> population(List<Integer> actuals) {
        List<Evidence> population = new ArrayList<>();
        for (int i = 0; i + 1 < actuals.size(); i += 2) {
            String subject = "rep-" + i;
            population.add(i % 7 == 6 ? evidence(subject, java.util.Map.of("sales", (long) actuals.get(i)))
                    : evidence(subject, actuals.get(i), actuals.get(i + 1)));
        }
        return population;
    }

    @Test
    void theSameRubricTwiceChangesNothing() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 150)).ofSizeBetween(0, 60)).checkAssert(actuals -> {
            List<SubjectChange> rows = new ArrayList<>();
            WhatIfSummary s = WhatIf.of(BEFORE, Scorer.of(V1)).run(population(actuals), rows::add, r -> { });
            for (SubjectChange r : rows) {
                assertEquals(0, r.change().signum(), r::toString);
                assertEquals(r.bandBefore(), r.bandAfter(), r::toString);
                assertEquals(List.of(), r.drivers(), r::toString);
            }
            assertEquals(0, s.migrations().moved());
            assertEquals(s.scored(), s.unchanged());
            assertEquals(0, s.rejected());
            s.drivers().forEach(d -> assertEquals(BigDecimal.ZERO.compareTo(d.delta()), 0, d::toString));
        });
    }

    @Test
    void theMatrixCountsEverySubjectScoredOnceAndEveryRecordIsAccountedFor() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 150)).ofSizeBetween(0, 60)).checkAssert(actuals -> {
            List<Evidence> population = population(actuals);
            long[] rows = {0};
            long[] rejected = {0};
            WhatIfSummary s = WhatIf.of(BEFORE, AFTER).run(population, r -> rows[0]++, r -> rejected[0]++);
            assertEquals(s.scored(), s.migrations().total());
            assertEquals(rows[0], s.scored());
            assertEquals(rejected[0], s.rejected());
            assertEquals(population.size(), s.total());
            assertEquals(s.scored(), s.raised() + s.lowered() + s.unchanged());
        });
    }
}
