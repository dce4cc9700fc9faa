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

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.MeasureStatus;
import org.blendscore.review.Review;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Warning;
import org.junit.jupiter.api.Test;

/** The four worked scenarios of reference-scenarios.md, to the cent. */
class ReferenceScenariosTest {

    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());

    private static void assertPoints(Review r, String measure, String points, String contribution) {
        MeasureResult m = r.measure(measure).orElseThrow();
        assertEquals(Optional.of(d(points)), m.points(), measure + " points");
        assertEquals(d(contribution), m.contribution(), measure + " contribution");
    }

    private static BigDecimal contributionSum(Review r) {
        return r.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void anaCountsEverythingAndExceeds() {
        Review r = scorer.score(ReferenceRubric.ana());
        assertPoints(r, "new-arr", "112.00", "56.00");
        assertPoints(r, "milestones", "80.00", "16.00");
        assertPoints(r, "customer-trust", "80.00", "14.40");
        assertPoints(r, "account-knowledge", "50.00", "6.00");
        assertEquals(Optional.of(d("68.00")), r.section("Relationship").orElseThrow().score());
        assertEquals(d("20.40"), r.section("Relationship").orElseThrow().contribution());
        assertEquals(d("92.40"), r.overall());
        assertEquals(Optional.of("Exceeds"), r.band());
        assertEquals(Optional.empty(), r.bandBeforeGuards());
        assertEquals(d("92.40"), contributionSum(r));
        assertEquals(List.of(), r.warnings());
        assertEquals("enterprise-ae", r.rubricId());
        assertEquals("2026.1", r.rubricVersion());
    }

    @Test
    void benIsCappedAtMeetsByTheRelationshipGuard() {
        Review r = scorer.score(ReferenceRubric.ben());
        assertPoints(r, "new-arr", "130.00", "65.00");
        assertPoints(r, "milestones", "100.00", "20.00");
        assertPoints(r, "customer-trust", "17.50", "3.15");
        assertPoints(r, "account-knowledge", "25.00", "3.00");
        assertEquals(Optional.of(d("20.50")), r.section("Relationship").orElseThrow().score());
        assertEquals(d("91.15"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(Optional.of("Exceeds"), r.bandBeforeGuards());
        assertEquals(1, r.warnings().size());
        assertEquals(Warning.Kind.BAND_CAPPED, r.warnings().get(0).kind());
        assertTrue(r.warnings().get(0).message().contains("section Relationship < 50"), r.warnings().get(0).message());
        assertTrue(r.explain().contains("Exceeds before a band guard"), r.explain());
    }

    @Test
    void caraIsGatedAndHerSingleCustomerRatingIsLeftOut() {
        Review r = scorer.score(ReferenceRubric.cara());
        assertPoints(r, "new-arr", "0.00", "0.00");
        assertPoints(r, "milestones", "20.00", "4.00");
        assertPoints(r, "customer-trust", "75.00", "13.50");
        assertPoints(r, "account-knowledge", "100.00", "12.00");
        assertEquals(Optional.of(d("85.00")), r.section("Relationship").orElseThrow().score());
        assertEquals(d("29.50"), r.overall());
        assertEquals(Optional.of("Below"), r.band());
        assertEquals(1, r.warnings().size());
        assertEquals(Warning.Kind.SOURCE_LEFT_OUT, r.warnings().get(0).kind());
        RatingInput trust = (RatingInput) r.measure("customer-trust").orElseThrow().input();
        assertEquals(SourceStatus.LEFT_OUT, trust.sources().get(0).status());
        assertEquals(d("100.0000"), trust.sources().get(1).effectiveWeight());
    }

    @Test
    void eveHasNoUsableKnowledgeEvidenceSoTrustCarriesTheSection() {
        Review r = scorer.score(ReferenceRubric.eve());
        assertPoints(r, "new-arr", "100.00", "50.00");
        assertPoints(r, "milestones", "50.00", "10.00");
        assertPoints(r, "customer-trust", "50.00", "15.00");
        MeasureResult knowledge = r.measure("account-knowledge").orElseThrow();
        assertEquals(MeasureStatus.LEFT_OUT, knowledge.status());
        assertEquals(Optional.empty(), knowledge.points());
        assertEquals(d("0.00"), knowledge.contribution());
        assertEquals(Optional.of(d("50.00")), r.section("Relationship").orElseThrow().score());
        assertEquals(d("75.00"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
        assertEquals(1, r.warnings().size());
        assertEquals(Warning.Kind.MEASURE_LEFT_OUT, r.warnings().get(0).kind());
    }

    @Test
    void explainsEveryNumberOfAna() {
        String text = scorer.score(ReferenceRubric.ana()).explain();
        assertTrue(text.contains("new-arr: 1,200,000 of 1,000,000 USD = 120.0% -> 112.00 points x 50% = 56.00"), text);
        assertTrue(text.contains("Overall 92.40, band Exceeds"), text);
        assertTrue(text.contains("customer-trust: customer 60% x 83.33 + manager 40% x 75.00 -> 80.00 points x 18% = 14.40"), text);
    }
}
