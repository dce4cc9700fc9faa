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
package org.blendscore.dsl;

import static org.blendscore.dsl.RubricDsl.evidence;
import static org.blendscore.dsl.RubricDsl.sectionScore;
import static org.blendscore.dsl.RubricDslTest.ENTERPRISE_AE;
import static org.blendscore.dsl.RubricDslTest.ONE_TO_FIVE;
import static org.blendscore.dsl.RubricDslTest.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.review.Review;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The DSL's band rules, policies per section and per measure, and guards that fail open. */
class MissingEvidenceDslTest {

    /** Dan without relationship ratings: 122.80 and 80 points, (61.40 + 16.00) / 0.7 = 110.57 when renormalised. */
    private static final Evidence DAN_WITHOUT_RATINGS = evidence("dan").period(YEAR).actual("new-arr", 1_380_000)
            .reached("milestones", "executive-alignment", "referral-secured", "customer-success-milestone").build();

    @Test
    void theDefaultsAreALeastCoverageOf75NoBandBelowItAndRoundedBands() {
        Rubric rubric = ENTERPRISE_AE.build();
        assertEquals(BandRules.defaults(), rubric.bandRules());
        Review r = Scorer.of(rubric).score(DAN_WITHOUT_RATINGS);
        assertEquals(new BigDecimal("110.57"), r.overall());
        assertEquals(Optional.empty(), r.band());
    }

    @Test
    void setsTheLeastCoverageAProvisionalBandAndTheBandReading() {
        Rubric rubric = ENTERPRISE_AE.leastCoverage(80).provisionalBandWhenIncomplete().bandsRead(BandRules.BandReading.EXACT).build();
        assertEquals(new BandRules(new BigDecimal("80"), BandRules.IncompleteBand.PROVISIONAL, BandRules.BandReading.EXACT),
                rubric.bandRules());
        Review r = Scorer.of(rubric).score(DAN_WITHOUT_RATINGS);
        // provisional: the band the overall reaches, capped by the Relationship guard, which fails closed
        assertEquals(Optional.of("Meets"), r.band());
        assertTrue(r.provisional());
        assertEquals(new BigDecimal("60"), ENTERPRISE_AE.leastCoverage(new BigDecimal("60")).build().bandRules().leastCoverage());
    }

    @Test
    void aLeastCoverageAbove100IsReportedWhenTheRubricIsBuilt() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> ENTERPRISE_AE.leastCoverage(120).build());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("bandRules.leastCoverage")), e.getMessage());
    }

    @Test
    void setsPoliciesPerSectionAndPerMeasureAndGuardsThatFailOpen() {
        Rubric rubric = RubricDsl.rubric("policies").version("1").effective(YEAR)
                .section("Revenue", 50, s -> s.quota("new-arr", 100, q -> q.target(1_000_000, "USD")
                        .curve(RubricDsl.linear().point(0.50, 0).point(1.00, 100).point(1.50, 130).gateBelow(0.50).capped())))
                .section("Progression", 20, s -> s.milestones("milestones", 100, m -> m
                        .milestone("discovery-complete", 20).milestone("executive-alignment", 30)
                        .milestone("referral-secured", 20).milestone("customer-success-milestone", 30)
                        .missingEvidence(MissingEvidencePolicy.REJECT)))
                .section("Relationship", 30, s -> s.missingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO)
                        .rating("customer-trust", 60, r -> r.scale(ONE_TO_FIVE).source("customer", 60, 2).source("manager", 40, 1))
                        .rating("account-knowledge", 40, r -> r.scale(ONE_TO_FIVE).source("manager", 100, 1)
                                .missingEvidence(MissingEvidencePolicy.LEAVE_OUT)))
                .band("Exceeds", 90).band("Meets", 70).band("Developing", 50).band("Below", 0)
                .guardFailingOpen(sectionScore("Relationship").below(50), "Meets")
                .leastCoverage(0)
                .build();
        assertEquals(Optional.of(MissingEvidencePolicy.COUNT_AS_ZERO), rubric.sections().get(2).missingEvidence());
        assertEquals(Optional.empty(), rubric.sections().get(2).measures().get(0).missingEvidence());
        assertEquals(Optional.of(MissingEvidencePolicy.LEAVE_OUT), rubric.sections().get(2).measures().get(1).missingEvidence());
        assertEquals(Optional.of(MissingEvidencePolicy.REJECT), rubric.sections().get(1).measures().get(0).missingEvidence());
        assertTrue(rubric.guards().get(0).failOpen());
        // customer-trust counts as zero (its section's policy), account-knowledge is left out (its own):
        // Relationship 0, overall 61.40 + 16.00 + 0 = 77.40; the guard holds (0 < 50) and caps at Meets anyway
        Review r = Scorer.of(rubric).score(DAN_WITHOUT_RATINGS);
        assertEquals(new BigDecimal("77.40"), r.overall());
        assertEquals(Optional.of("Meets"), r.band());
    }
}
