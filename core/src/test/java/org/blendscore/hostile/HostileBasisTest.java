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
package org.blendscore.hostile;

import static org.blendscore.hostile.HostileFixtures.evidence;
import static org.blendscore.hostile.HostileFixtures.quotaRubric;
import static org.blendscore.hostile.HostileFixtures.straight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Relief;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** An actual's basis is untrusted evidence: its texts, its count of parts and their amounts are limited and checked. */
class HostileBasisTest {

    private static final Scorer SCORER = Scorer.of(quotaRubric(straight(), List.of()));

    private static QuotaActual actual(String actual, ActualBasis basis) {
        return QuotaActual.of(actual).withBasis(basis);
    }

    private static BasisPart part(String label, String amount) {
        return new BasisPart(label, new BigDecimal(amount), "");
    }

    private static EvidenceProblem onlyProblem(QuotaActual arr) {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> SCORER.score(evidence("sam", arr)));
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    @Test
    void acceptsATextAtTheLongestAndRefusesOneCharacterMore() {
        String longest = "b".repeat(EvidenceLimits.MAX_TEXT_LENGTH);
        Review review = SCORER.score(evidence("sam", actual("80", new ActualBasis(longest))));
        assertEquals(Optional.of(longest), ((QuotaInput) review.measure("new-arr").orElseThrow().input()).basis());
        EvidenceProblem p = onlyProblem(actual("80", new ActualBasis(longest + "b")));
        assertEquals("basis.text", p.field());
        assertTrue(p.message().endsWith("is 4001 characters long; at most 4000 are supported (EvidenceLimits.MAX_TEXT_LENGTH)"), p.message());
    }

    @Test
    void refusesTooManyPartsALongLabelAndALongDetail() {
        List<BasisPart> many = Collections.nCopies(EvidenceLimits.MAX_BASIS_PARTS + 1, part("p", "0"));
        EvidenceProblem p = onlyProblem(actual("0", new ActualBasis("", many)));
        assertEquals("basis.parts", p.field());
        assertTrue(p.message().contains("(EvidenceLimits.MAX_BASIS_PARTS)"), p.message());

        p = onlyProblem(actual("80", new ActualBasis("", List.of(part("l".repeat(EvidenceLimits.MAX_ID_LENGTH + 1), "80")))));
        assertEquals("basis.parts[0].label", p.field());
        assertTrue(p.message().endsWith("(EvidenceLimits.MAX_ID_LENGTH)"), p.message());

        p = onlyProblem(actual("80", new ActualBasis("", List.of(new BasisPart("own", new BigDecimal("80"),
                "d".repeat(EvidenceLimits.MAX_TEXT_LENGTH + 1))))));
        assertEquals("basis.parts[0].detail", p.field());
        assertTrue(p.message().endsWith("(EvidenceLimits.MAX_TEXT_LENGTH)"), p.message());
    }

    @Test
    void refusesAPartOutsideTheNumberLimitsANegativePartAndPartsThatDoNotAddUp() {
        EvidenceProblem p = onlyProblem(actual("80", new ActualBasis("", List.of(part("own", "1E+100000")))));
        assertEquals("basis.parts[0].amount", p.field());
        assertTrue(p.message().startsWith("basis part"), p.message());

        p = onlyProblem(actual("80", new ActualBasis("", List.of(part("own", "85"), part("split d-7", "-5")))));
        assertEquals("basis.parts[1].amount", p.field());
        assertEquals("basis part is -5, allowed 0 or more", p.message());

        p = onlyProblem(actual("80", new ActualBasis("", List.of(part("own", "50"), part("split d-7", "20.00")))));
        assertEquals("basis.parts", p.field());
        assertEquals("basis parts add up to 70.00, not to the actual 80", p.message());
    }

    @Test
    void showsThePartsAsTheFirstStepsOfTheActualBeforeACredit() {
        Relief credit = new Relief(Relief.Kind.CREDIT, new BigDecimal("10"), "deal booked late", "hr-1", LocalDate.parse("2026-06-01"));
        QuotaActual arr = new QuotaActual(new BigDecimal("80"), List.of(credit), List.of(),
                Optional.of(new ActualBasis("crm export 2026-12-31", List.of(part("own deals", "50"),
                        new BasisPart("split d-7", new BigDecimal("30.00"), "50% of 60.00")))));
        Review review = SCORER.score(evidence("sam", arr));
        QuotaInput q = (QuotaInput) review.measure("new-arr").orElseThrow().input();
        assertEquals(List.of("own deals", "split d-7", "credit"), q.actualSteps().stream().map(s -> s.label()).toList());
        assertEquals(new BigDecimal("90.00"), q.actual());
        String text = review.explain();
        assertTrue(text.contains("""
                      basis: crm export 2026-12-31
                      actual: 50 + split d-7 30 + credit 10 = 90 USD
                        split d-7: 50% of 60.00
                        credit: deal booked late, approved by hr-1 on 2026-06-01
                """), text);
    }
}
