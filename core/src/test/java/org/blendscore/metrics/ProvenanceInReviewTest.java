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
package org.blendscore.metrics;

import static org.blendscore.metrics.MetricsFixture.DEALS;
import static org.blendscore.metrics.MetricsFixture.METRICS;
import static org.blendscore.metrics.MetricsFixture.Q1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** A metric's provenance, end to end: from the deals through the quota actual into the review's input and explain(). */
class ProvenanceInReviewTest {

    static final String WIN_RATE_LINE = "win rate by count 75.00% = 3 won of 4 closed: d-1, d-2, d-3, d-6; 2 excluded: "
            + "1 still open (d-4), 1 closed outside the period (d-5)";

    /** One measure, win-rate: target 60%, a capped straight line to 100 points at the target. */
    static Rubric winRateRubric() {
        LinearCurve straight = new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true);
        QuotaMeasure winRate = new QuotaMeasure("win-rate", new BigDecimal("100"), new Target(new BigDecimal("60"), "%", QuantityKind.RATE),
                Direction.HIGHER_IS_BETTER, straight);
        return new Rubric("metrics-test", "1", Q1, List.of(new Section("Selling", new BigDecimal("100"), List.of(winRate))),
                List.of(new Band("Meets", new BigDecimal("70")), new Band("Below", BigDecimal.ZERO)), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, Rubric.DEFAULT_SCALE);
    }

    static Review winRateReview() {
        QuotaActual actual = METRICS.winRateByCount(DEALS).asQuotaActual().orElseThrow();
        return Scorer.of(winRateRubric()).score(Evidence.of("ana", Q1, Map.of("win-rate", actual)));
    }

    @Test
    void theWinRateProvenanceReachesTheReviewInputAndExplain() {
        Review review = winRateReview();
        QuotaInput q = (QuotaInput) review.measure("win-rate").orElseThrow().input();
        assertEquals(Optional.of(WIN_RATE_LINE), q.basis());
        assertEquals(new BigDecimal("75.00"), q.actual());
        assertEquals(1, q.actualSteps().size());
        assertEquals("""
                Review of ana for 2026-01-01..2026-03-31
                Rubric metrics-test version 1
                Overall 100.00, band Meets
                Evidence coverage 100.00% of the rubric's weight

                Selling: 100.00 points x 100% = 100.00
                  win-rate: 75 of 60 % = 125.0% -> 100.00 points x 100% = 100.00
                      capped at 100.0%: 100 points
                      basis: win rate by count 75.00% = 3 won of 4 closed: d-1, d-2, d-3, d-6; 2 excluded: 1 still open (d-4), \
                1 closed outside the period (d-5)

                Evidence fingerprint (SHA-256): b82952a9442d8fda92b5d111c9037017c9ecd4c10513d45c0e3fa02cf8692563
                """, review.explain());
    }

    @Test
    void theAuditViewShowsTheBasisToo() {
        Review review = winRateReview();
        assertTrue(review.explain(View.AUDIT).contains("      basis: " + WIN_RATE_LINE + "\n"), review.explain(View.AUDIT));
    }

    @Test
    void theBasisIsPartOfTheReviewsEquality() {
        Review withBasis = winRateReview();
        Review bare = Scorer.of(winRateRubric()).score(Evidence.of("ana", Q1, Map.of("win-rate", QuotaActual.of("75.00"))));
        assertEquals(withBasis.overall(), bare.overall());
        assertNotEquals(withBasis, bare);
        assertEquals(Optional.empty(), ((QuotaInput) bare.measure("win-rate").orElseThrow().input()).basis());
    }

    @Test
    void aProvenanceLongerThanTheTextLimitIsCutToFitTheBasis() {
        List<Deal> deals = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            deals.add(Deal.won("d-" + i + "-" + "x".repeat(500), "ana", "100", "2026-01-02", "2026-01-15"));
        }
        MetricResult rate = METRICS.winRateByCount(deals);
        assertTrue(rate.provenance().length() > org.blendscore.evidence.EvidenceLimits.MAX_TEXT_LENGTH);
        String text = rate.asQuotaActual().orElseThrow().basis().orElseThrow().text();
        assertEquals(org.blendscore.evidence.EvidenceLimits.MAX_TEXT_LENGTH, text.length());
        assertEquals(rate.provenance().substring(0, text.length() - 3) + "...", text);
        Scorer.of(winRateRubric()).score(Evidence.of("ana", Q1, Map.of("win-rate", rate.asQuotaActual().orElseThrow())));
    }
}
