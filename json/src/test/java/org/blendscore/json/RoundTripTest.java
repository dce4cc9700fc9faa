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
package org.blendscore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Rubric;
import org.blendscore.testkit.EvidenceGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RoundTripTest {

    @Test
    void referenceRubricComesBackEqual() {
        Rubric rubric = ReferenceRubric.rubric();
        String json = RubricJson.write(rubric);
        assertEquals(rubric, RubricJson.read(json));
        assertEquals(json, RubricJson.write(RubricJson.read(json)), "writing is deterministic");
    }

    @Test
    void aRatingSourcesAnonymityAndCalibrationComeBackEqual() {
        Rubric ref = ReferenceRubric.rubric();
        org.blendscore.rubric.Section rel = ref.sections().get(2);
        org.blendscore.rubric.RatingMeasure trust = (org.blendscore.rubric.RatingMeasure) rel.measures().get(0);
        org.blendscore.rubric.RatingSource customer = trust.sources().get(0)
                .withAnonymity(org.blendscore.rubric.Anonymity.atLeast(3).withCommentsShown());
        org.blendscore.rubric.RatingSource manager = trust.sources().get(1).withCalibration();
        org.blendscore.rubric.RatingMeasure changed = new org.blendscore.rubric.RatingMeasure(trust.id(), trust.weight(), trust.scale(),
                List.of(customer, manager), trust.aggregation(), trust.missingEvidence());
        Rubric rubric = new Rubric(ref.id(), ref.version(), ref.effective(), List.of(ref.sections().get(0), ref.sections().get(1),
                new org.blendscore.rubric.Section(rel.name(), rel.weight(), List.of(changed, rel.measures().get(1)))),
                ref.bands(), ref.guards(), ref.missingEvidence(), ref.scale(), ref.targets(), ref.fairness(), ref.bandRules());
        String json = RubricJson.write(rubric);
        assertEquals(rubric, RubricJson.read(json));
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"calibrated\"") && json.contains("\"minRaters\""), json);
    }

    @Test
    void referenceEvidenceComesBackEqual() {
        for (Evidence e : List.of(ReferenceRubric.ana(), ReferenceRubric.ben())) {
            assertEquals(e, EvidenceJson.read(EvidenceJson.write(e)));
        }
    }

    @Test
    void streamsRoundTripToo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RubricJson.write(ReferenceRubric.rubric(), out);
        assertEquals(ReferenceRubric.rubric(), RubricJson.read(new ByteArrayInputStream(out.toByteArray())));
        ByteArrayOutputStream evidence = new ByteArrayOutputStream();
        EvidenceJson.write(ReferenceRubric.ana(), evidence);
        assertEquals(ReferenceRubric.ana(), EvidenceJson.read(new ByteArrayInputStream(evidence.toByteArray())));
    }

    @Test
    void decimalsKeepTheirScaleEvenNegative() {
        Evidence e = Evidence.of("s", DateRange.year(2026), Map.of("arr", new QuotaActual(new BigDecimal("1E+3")),
                "x", QuotaActual.of("1250000.00")));
        Evidence back = EvidenceJson.read(EvidenceJson.write(e));
        assertEquals(e, back);
        assertEquals(-3, ((QuotaActual) back.measures().get("arr")).actual().scale());
    }

    @Test
    void everyPartOfEvidenceComesBackEqual() {
        DateRange year = DateRange.year(2026);
        Relief part = Relief.overPart(DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), new BigDecimal("5000"),
                "leave", "mgr-1", LocalDate.of(2026, 4, 2));
        Relief credit = new Relief(Relief.Kind.CREDIT, new BigDecimal("1200.50"), "split deal", "mgr-2", LocalDate.of(2026, 5, 1));
        Evidence e = new Evidence("o'neil", year, Map.of(
                "arr", new QuotaActual(new BigDecimal("90000.00"), List.of(part, credit),
                        List.of(new CheckIn(LocalDate.of(2026, 6, 30), new BigDecimal("40000")))),
                "stages", new MilestonesReached(java.util.Set.of("qualified", "won"), Map.of("referrals", 3)),
                "trust", new Ratings(List.of(Rating.of("r1", "manager", 4).withComment("steady \"and\" kind"),
                        Rating.notApplicable("r2", "peer")))),
                Map.of("team", "north", "a/b~c", "odd key"),
                new Participation(Optional.of(LocalDate.of(2026, 2, 1)), Optional.empty(),
                        List.of(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14))), Optional.of(LocalDate.of(2026, 2, 1))),
                Map.of("territory", new BigDecimal("1.10")));
        assertEquals(e, EvidenceJson.read(EvidenceJson.write(e)));
    }

    @Test
    void randomRubricsComeBackEqual() {
        qt().withExamples(300).forAll(RandomInputs.rubrics()).checkAssert(r -> assertEquals(r, RubricJson.read(RubricJson.write(r))));
    }

    @Test
    void randomEvidenceComesBackEqual() {
        qt().withExamples(200).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            Evidence e = EvidenceGenerator.of(r).generate(seed);
            assertEquals(e, EvidenceJson.read(EvidenceJson.write(e)));
        });
    }
}
