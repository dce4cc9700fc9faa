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
package org.blendscore.documents;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.blendscore.evidence.Evidence;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.guidance.NextBand;
import org.blendscore.review.Review;
import org.blendscore.rubric.DateRange;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The statement of an interim review shows the weekly pace to the next band, figures checked by hand. */
class StatementPaceTest {
    private final Scorer scorer = Scorer.of(Fixtures.starter());
    private final ActivityFunnel funnel = ActivityFunnel.of(new BigDecimal("25000"),
            FunnelStage.of("calls", "0.10"), FunnelStage.of("pitches", "0.25"), FunnelStage.of("commitments", "0.80"));
    private final Evidence evidence = evidence("rep-p").period(DateRange.year(2026)).actual("new-arr", 200_000)
            .rating("customer-trust", "customer", "c1", 2).rating("customer-trust", "customer", "c2", 2)
            .rating("customer-trust", "manager", "m1", 3).build();

    @Test
    void anInterimStatementShowsThePaceAndTheActivitiesAWeek() {
        Review r = scorer.scoreInterim(evidence, LocalDate.parse("2026-03-31"));
        // trust 0.6 x 50 + 0.4 x 100 = 70; a = 200,000 / 246,575.34 = 0.8111..: 62.22 points;
        // overall 0.6 x 62.22.. + 0.4 x 70 = 65.33, Below; next band Meets
        assertEquals(new BigDecimal("65.33"), r.overall());
        String html = ReviewStatement.html(r, "Pat", NextBand.of(scorer).path(r, evidence, funnel));
        // at the end 120a - 32 >= 69.995 at a = 0.849958333..: 849,958.34, 649,958.34 more in 275 days:
        // 649,958.34 x 7 / 275 = 16,544.394.. -> 16,544.40 a week; 26 deals, 33 commitments, 132 pitches, 1,320 calls:
        // a week 1,320 x 7 / 275 = 33.6 -> 34 calls, 132 x 7 / 275 = 3.36 -> 4 pitches, 33 x 7 / 275 = 0.84 -> 1 commitment
        assertTrue(html.contains("<tr><th scope=\"row\">new-arr</th><td>16544.40 USD</td><td>275 to 2026-12-31</td>"
                + "<td>649958.34</td><td>849958.34</td><td>246575.34</td><td>34 calls, 4 pitches, 1 commitments</td></tr>"), html);
    }

    @Test
    void aFinalStatementHasNoPaceTable() {
        Review r = scorer.score(evidence);
        String html = ReviewStatement.html(r, "Pat", NextBand.of(scorer).path(r, evidence, funnel));
        assertFalse(html.contains("weekly-pace"), html);
    }
}
