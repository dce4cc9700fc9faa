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
package org.blendscore.team;

import static org.blendscore.team.TeamFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

class SplitCreditTest {

    private static List<BigDecimal> parts(DealSplit deal) {
        return SplitCredit.apportion(deal).stream().map(CreditPart::part).toList();
    }

    @Test
    void splitsADealByItsShares() {
        assertEquals(List.of(d("100000.00"), d("150000.00")),
                parts(DealSplit.of("d-7", "250000", Share.of("ana", "40"), Share.of("ben", "60"))));
    }

    @Test
    void givesTheMissingCentToTheLargestRemainder() {
        // exact 3.3333, 3.3333, 3.3334: floors 3.33 each, the last cent to the largest remainder
        assertEquals(List.of(d("3.33"), d("3.33"), d("3.34")),
                parts(DealSplit.of("d-8", "10.00", Share.of("a", "33.333"), Share.of("b", "33.333"), Share.of("c", "33.334"))));
        // exact 66.66, 66.66, 66.68 cents: two cents missing, to c (largest remainder), then a (tie with b, declared first)
        assertEquals(List.of(d("0.67"), d("0.66"), d("0.67")),
                parts(DealSplit.of("d-9", "2.00", Share.of("a", "33.33"), Share.of("b", "33.33"), Share.of("c", "33.34"))));
    }

    @Test
    void breaksTiesByDeclarationOrder() {
        assertEquals(List.of(d("0.01"), d("0.00")), parts(DealSplit.of("d-1", "0.01", Share.of("ana", "50"), Share.of("ben", "50"))));
        assertEquals(List.of(d("0.01"), d("0.00")), parts(DealSplit.of("d-1", "0.01", Share.of("ben", "50"), Share.of("ana", "50"))));
        // exact 0.666666, 0.666666, 0.666668 cents: a first, then c and b tie and c was declared first
        assertEquals(List.of(d("0.01"), d("0.00"), d("0.01")),
                parts(DealSplit.of("d-2", "0.02", Share.of("c", "33.3333"), Share.of("b", "33.3333"), Share.of("a", "33.3334"))));
    }

    @Test
    void rejectsSharesThatDoNotAddUpToHundredNamingTheDealAndShares() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DealSplit.of("d-7", "250000", Share.of("ana", "40"), Share.of("ben", "55")));
        assertEquals("deal 'd-7': shares add up to 95%, must be exactly 100%; shares ana 40%, ben 55%", e.getMessage());
    }

    @Test
    void rejectsBadSplits() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DealSplit.of("d-7", "-1", Share.of("ana", "100")))
                .getMessage().contains("amount is -1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DealSplit.of("d-7", "1.001", Share.of("ana", "100")))
                .getMessage().contains("in cents at most"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DealSplit.of("d-7", "1", Share.of("ana", "50"), Share.of("ana", "50"))).getMessage().contains("named twice"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> DealSplit.of("d-7", "1", Share.of("ana", "0"), Share.of("ben", "100"))).getMessage().contains("greater than 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DealSplit.of("d-7", "1")).getMessage().contains("at least one share"));
    }

    @Test
    void rejectsARepOutsideTheTeamAndADealSplitTwice() {
        Map<String, BigDecimal> own = Map.of("ana", d("0"));
        DealSplit deal = DealSplit.of("d-7", "10", Share.of("ana", "50"), Share.of("zed", "50"));
        assertEquals("deal 'd-7': rep 'zed' is not one of the reps [ana]",
                assertThrows(IllegalArgumentException.class, () -> SplitCredit.credit(own, List.of(deal))).getMessage());
        DealSplit solo = DealSplit.of("d-8", "10", Share.of("ana", "100"));
        assertEquals("deal 'd-8' is split twice",
                assertThrows(IllegalArgumentException.class, () -> SplitCredit.credit(own, List.of(solo, solo))).getMessage());
    }

    @Test
    void creditsEachRepOwnDealsPlusParts() {
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        own.put("ana", d("200"));
        own.put("ben", d("100"));
        own.put("cy", d("50"));
        Map<String, CreditedActual> credited = SplitCredit.credit(own, List.of(DealSplit.of("d-7", "500", Share.of("ana", "40"),
                Share.of("ben", "60"))));
        assertEquals(List.of("ana", "ben", "cy"), List.copyOf(credited.keySet()));
        assertEquals(d("400.00"), credited.get("ana").total());
        assertEquals(d("400.00"), credited.get("ben").total());
        assertEquals(d("50"), credited.get("cy").total());
        assertEquals("d-7: 40% of 500.00 = 200.00", credited.get("ana").parts().get(0).explain());
    }

    @Test
    void theReviewShowsEachPartAsAStepOfTheActual() {
        CreditedActual ana = SplitCredit.credit(Map.of("ana", d("200"), "ben", d("0")),
                List.of(DealSplit.of("d-7", "500", Share.of("ana", "40"), Share.of("ben", "60")))).get("ana");
        Scorer scorer = Scorer.of(TeamFixtures.soloRubric());
        Review plain = scorer.score(TeamFixtures.evidence("ana", "new-arr", ana.quotaActual()));
        Review shown = ana.shownIn(plain, "new-arr");
        assertEquals(d("40.00"), shown.overall());
        assertEquals(plain.overall(), shown.overall());
        assertEquals(plain.provenance(), shown.provenance());
        QuotaInput q = (QuotaInput) shown.measure("new-arr").orElseThrow().input();
        assertEquals(List.of("own deals", "split d-7"), q.actualSteps().stream().map(s -> s.label()).toList());
        assertEquals(d("400.00"), q.actualSteps().get(1).result());
        String text = shown.explain();
        assertTrue(text.contains("+ split d-7 200"), text);
        assertTrue(text.contains("split d-7: 40% of 500.00"), text);
    }

    @Test
    void showingARepWithoutPartsLeavesTheReviewAsItIsAndAnotherActualIsRefused() {
        CreditedActual cy = new CreditedActual("cy", d("50"), List.of());
        Review plain = Scorer.of(TeamFixtures.soloRubric()).score(TeamFixtures.evidence("cy", "new-arr", cy.quotaActual()));
        assertSame(plain, cy.shownIn(plain, "new-arr"));
        CreditedActual other = new CreditedActual("cy", d("60"), List.of());
        assertEquals("rep 'cy', measure 'new-arr': the review's reported actual is 50, the credited actual 60",
                assertThrows(IllegalArgumentException.class, () -> other.shownIn(plain, "new-arr")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> cy.shownIn(plain, "no-such"));
    }
}
