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
package org.blendscore.scoring;

import static org.blendscore.scoring.ReferenceRubric.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.junit.jupiter.api.Test;

/**
 * Reasons rank the measures by how far they moved the overall against a review in which every measure
 * scores 100 (impact = contribution - effective weight x 100), largest first, ties to the measure
 * declared first; a measure at exactly 100 or left out moved nothing and has no reason.
 */
class ReasonsTest {

    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());

    @Test
    void ranksAnasReasonsByImpactWithTiesToTheMeasureDeclaredFirst() {
        // new-arr 56 - 50 = +6; milestones 16 - 20 = -4; customer-trust 14.4 - 18 = -3.6; account-knowledge 6 - 12 = -6
        // |6| ties between new-arr and account-knowledge: new-arr is declared first
        Review r = scorer.score(ReferenceRubric.ana());
        assertEquals(List.of("new-arr", "account-knowledge", "milestones", "customer-trust"),
                r.reasons().stream().map(Reason::measureId).toList());
        assertEquals(List.of(d("6.00"), d("-6.00"), d("-4.00"), d("-3.60")), r.reasons().stream().map(Reason::impact).toList());
        assertEquals(List.of(true, false, false, false), r.reasons().stream().map(Reason::raised).toList());
        assertEquals(new Reason("new-arr", "Revenue", d("6.00"), d("112.00"), false),
                r.reasons().get(0));
        assertEquals("new-arr raised the overall by 6.00 points (112.00 points against 100)", r.reasons().get(0).text());
        assertEquals("account-knowledge lowered the overall by 6.00 points (50.00 points against 100)", r.reasons().get(1).text());
        assertEquals(Optional.of(r.reasons().get(0)), r.topReason());
    }

    @Test
    void ranksBensCappedQuotaFirst() {
        // new-arr 65 - 50 = +15; milestones 20 - 20 = 0 (no reason); customer-trust 3.15 - 18 = -14.85; account-knowledge 3 - 12 = -9
        Review r = scorer.score(ReferenceRubric.ben());
        assertEquals(List.of("new-arr", "customer-trust", "account-knowledge"), r.reasons().stream().map(Reason::measureId).toList());
        assertEquals(List.of(d("15.00"), d("-14.85"), d("-9.00")), r.reasons().stream().map(Reason::impact).toList());
    }

    @Test
    void leavesOutMeasuresAtExactly100AndMeasuresLeftOut() {
        // Eve: new-arr at 100 and the left-out account-knowledge moved nothing
        // customer-trust carries Relationship (30%): 15 - 30 = -15; milestones 10 - 20 = -10
        Review r = scorer.score(ReferenceRubric.eve());
        assertEquals(List.of("customer-trust", "milestones"), r.reasons().stream().map(Reason::measureId).toList());
        assertEquals(List.of(d("-15.00"), d("-10.00")), r.reasons().stream().map(Reason::impact).toList());
        assertTrue(r.explain().contains("- customer-trust lowered the overall by 15.00 points (50.00 points against 100)"), r.explain());
    }
}
