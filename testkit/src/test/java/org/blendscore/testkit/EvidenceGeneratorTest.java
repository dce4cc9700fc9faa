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
package org.blendscore.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The evidence generator: reproducible, always valid, and leaning towards the edges that matter. */
class EvidenceGeneratorTest {

    private static final Rubric AE = KitRubrics.enterpriseAe();

    private static List<Evidence> draws(EvidenceGenerator generator, int count) {
        return LongStream.range(0, count).mapToObj(generator::generate).toList();
    }

    private static Set<BigDecimal> actuals(List<Evidence> draws, String measure) {
        Set<BigDecimal> out = new HashSet<>();
        for (Evidence e : draws) {
            if (e.measures().get(measure) instanceof QuotaActual q) {
                out.add(q.actual().stripTrailingZeros());
            }
        }
        return out;
    }

    private static boolean has(Set<BigDecimal> values, String value) {
        return values.contains(new BigDecimal(value).stripTrailingZeros());
    }

    @Test
    void theSameSeedGivesTheSameEvidence() {
        EvidenceGenerator generator = EvidenceGenerator.of(AE);
        assertEquals(generator.generate(42), generator.generate(42));
        assertEquals(generator.generate(42), EvidenceGenerator.of(KitRubrics.enterpriseAe()).generate(42));
        assertNotEquals(generator.generate(42), generator.generate(43));
    }

    @Test
    void everyEvidenceIsValidForTheReferenceAndExampleRubrics() {
        for (Rubric rubric : List.of(AE, KitRubrics.hunter(), KitRubrics.farmer(), KitRubrics.plantedCliff())) {
            Scorer scorer = Scorer.of(rubric);
            EvidenceGenerator generator = EvidenceGenerator.of(rubric);
            for (long seed = 0; seed < 2000; seed++) {
                scorer.score(generator.generate(seed));
            }
        }
    }

    @Test
    void everyEvidenceIsValidForRandomRubrics() {
        qt().withExamples(300).forAll(longs().all().map(RubricGenerator.of().without(RubricGenerator.Extra.FAIRNESS_RULES)::generate), longs().all())
                .checkAssert((rubric, seed) -> Scorer.of(rubric).score(EvidenceGenerator.of(rubric).generate(seed)));
    }

    @Test
    void quotaActualsLandOnJustBelowAndJustAboveTheGateTheBreakpointsAndTheCap() {
        // new-arr: target 1,000,000, gate and first breakpoint 0.50, then 1.00 and the cap 1.50; a ten-millionth of the target is 0.1
        Set<BigDecimal> newArr = actuals(draws(EvidenceGenerator.of(AE), 3000), "new-arr");
        for (String value : List.of("0", "500000", "499999.9", "500000.1", "1000000", "999999.9", "1000000.1", "1500000", "1499999.9",
                "1500000.1")) {
            assertTrue(has(newArr, value), value + " never drawn");
        }
        assertTrue(newArr.stream().anyMatch(a -> a.compareTo(new BigDecimal("1500000")) > 0), "nothing beyond the cap");
    }

    @Test
    void edgesFollowTheTargetAsTheSubjectsFactorAdjustsIt() {
        // hunter new-arr: 800,000 x territory (0.7 to 1.3); the gate at 0.5 is 280,000 at 0.7 and 520,000 at 1.3
        List<Evidence> draws = draws(EvidenceGenerator.of(KitRubrics.hunter()).wholePeriod(), 4000);
        Set<BigDecimal> territory = new HashSet<>();
        for (Evidence e : draws) {
            BigDecimal t = e.factors().get("territory");
            assertTrue(t.compareTo(new BigDecimal("0.7")) >= 0 && t.compareTo(new BigDecimal("1.3")) <= 0, t.toPlainString());
            territory.add(t.stripTrailingZeros());
            assertEquals(AE.effective(), e.period());
        }
        assertTrue(territory.containsAll(List.of(new BigDecimal("0.7"), new BigDecimal("1.3"), BigDecimal.ONE)), territory.toString());
        Set<BigDecimal> newArr = actuals(draws, "new-arr");
        assertTrue(has(newArr, "280000") && has(newArr, "520000") && has(newArr, "400000"), "the gate at each factor");
        // sales-cycle-days: lower is better, target 90 days; attainment 1.25 (the cap) is 72 days
        assertTrue(has(actuals(draws, "sales-cycle-days"), "72"), "the cap where lower is better");
    }

    @Test
    void ratingSourcesGetExactlyTheirMinimumOneShortNoneAndMoreWithNotApplicableRatings() {
        // customer-trust: customer needs 2 ratings
        Set<Long> customerCounts = new HashSet<>();
        int notApplicable = 0;
        int missing = 0;
        for (Evidence e : draws(EvidenceGenerator.of(AE), 1000)) {
            if (!(e.measures().get("customer-trust") instanceof Ratings r)) {
                missing++;
                continue;
            }
            customerCounts.add(r.ratings().stream().filter(x -> x.source().equals("customer") && !x.isNotApplicable()).count());
            notApplicable += (int) r.ratings().stream().filter(Rating::isNotApplicable).count();
        }
        assertTrue(customerCounts.containsAll(List.of(0L, 1L, 2L, 3L, 4L)), customerCounts.toString());
        assertTrue(notApplicable > 50, "N/A ratings: " + notApplicable);
        assertTrue(missing > 50, "measures without evidence: " + missing);
    }

    @Test
    void underRejectEveryMeasureHasItsEvidenceAndEverySourceItsMinimum() {
        Rubric reject = new Rubric(AE.id(), AE.version(), AE.effective(), AE.sections(), AE.bands(), AE.guards(),
                MissingEvidencePolicy.REJECT, AE.scale());
        Scorer scorer = Scorer.of(reject);
        for (Evidence e : draws(EvidenceGenerator.of(reject), 1000)) {
            assertEquals(4, e.measures().size());
            scorer.score(e);
        }
    }

    @Test
    void underRejectEveryEvidenceForAFullReachRubricIsScoredWithoutARejection() {
        // REJECT for every rubric (sections and measures may override it), ramps, calendars and participation as drawn: a new
        // hire in a 0% ramp month, or a participation that leaves no counted day, would leave a quota measure no target
        RubricGenerator rejecting = RubricGenerator.of().policies(MissingEvidencePolicy.REJECT).without(RubricGenerator.Extra.FAIRNESS_RULES);
        qt().withExamples(3000).forAll(longs().all(), longs().all()).checkAssert((rubricSeed, evidenceSeed) -> {
            Rubric rubric = rejecting.generate(rubricSeed);
            Scorer.of(rubric).score(EvidenceGenerator.of(rubric).generate(evidenceSeed));
        });
    }

    @Test
    void underRejectTheDrawsThatOnceLeftNoTargetAreScored() {
        // (rubric seed, evidence seed) that drew, before the fix: a hire after the ramp's cutoff day leaving in the same month
        // (3, 1343; 6, 223; 23, 206), a time in the role of one Sunday where working days count (7, 3)
        RubricGenerator rejecting = RubricGenerator.of().policies(MissingEvidencePolicy.REJECT).without(RubricGenerator.Extra.FAIRNESS_RULES);
        for (long[] seeds : new long[][] {{3, 1343}, {6, 223}, {23, 206}, {7, 3}, {28, 3}}) {
            Rubric rubric = rejecting.generate(seeds[0]);
            Evidence e = EvidenceGenerator.of(rubric).generate(seeds[1]);
            assertTrue(TimeDraws.leavesATarget(rubric, e.period(), e.participation()), e::toString);
            Scorer.of(rubric).score(e);
        }
    }

    @Test
    void optionsChooseSubjectsAndHowOftenAMeasureIsMissing() {
        List<Evidence> draws = draws(EvidenceGenerator.of(AE).subjects("x-1", "x-2").missingMeasures(0), 200);
        assertTrue(draws.stream().allMatch(e -> e.subjectId().startsWith("x-") && e.measures().size() == 4));
        List<String> subjects = new ArrayList<>(draws(EvidenceGenerator.of(AE), 300).stream().map(Evidence::subjectId).distinct().toList());
        assertTrue(subjects.size() > 10, subjects.toString());
        assertThrows(IllegalArgumentException.class, () -> EvidenceGenerator.of(AE).subjects());
        assertThrows(IllegalArgumentException.class, () -> EvidenceGenerator.of(AE).subjects(" "));
        assertThrows(IllegalArgumentException.class, () -> EvidenceGenerator.of(AE).missingMeasures(101));
    }
}
