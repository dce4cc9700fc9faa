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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MeasureResult;
import org.blendscore.review.Provenance;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.RandomRubrics.Case;
import org.blendscore.scoring.RandomRubrics.Draw;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What must hold for every valid rubric and every valid piece of evidence, checked with QuickTheories
 * on random rubrics and evidence from {@link RandomRubrics}.
 */
class ScoringPropertiesTest {

    private static final int EXAMPLES = 400;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static Review score(Case c) {
        return Scorer.of(c.rubric()).score(c.evidence());
    }

    private static Evidence withMeasure(Evidence e, String id, MeasureEvidence replacement) {
        Map<String, MeasureEvidence> m = new HashMap<>(e.measures());
        m.put(id, replacement);
        return new Evidence(e.subjectId(), e.period(), m, e.attributes());
    }

    @Test
    void overallStaysBetweenZeroAndTheRubricsMaximum() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Review r = score(c);
            assertTrue(r.overall().signum() >= 0, () -> "negative overall " + r.overall());
            c.rubric().maxOverall().ifPresent(max ->
                    assertTrue(r.overall().compareTo(max) <= 0, () -> "overall " + r.overall() + " above the maximum " + max));
            assertEquals(c.rubric().scale(), r.overall().scale());
        });
    }

    @Test
    void contributionsAddUpExactlyToTheOverall() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Review r = score(c);
            BigDecimal measures = r.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sections = r.sections().stream().map(SectionResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(r.overall(), measures);
            assertEquals(r.overall(), sections);
            for (SectionResult s : r.sections()) {
                assertEquals(s.contribution(), s.measures().stream().map(MeasureResult::contribution).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        });
    }

    @Test
    void eachContributionIsWithinOneUnitOfItsExactValue() {
        // largest remainder: every shown contribution is its exact value rounded down or up, never further off
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Review r = score(c);
            ExactReference.Expected x = ExactReference.of(c.rubric(), c.evidence());
            BigDecimal unit = BigDecimal.ONE.movePointLeft(c.rubric().scale());
            for (MeasureResult m : r.measures()) {
                ExactReference.Q exact = x.exactContributions().get(m.id());
                ExactReference.Q shown = ExactReference.Q.of(m.contribution());
                ExactReference.Q off = shown.minus(exact);
                assertTrue(off.compareTo(ExactReference.Q.of(unit)) < 0 && off.compareTo(ExactReference.Q.of(unit.negate())) > 0,
                        () -> m.id() + " contributes " + m.contribution() + ", exactly " + exact);
            }
        });
    }

    @Test
    void overallMatchesAnIndependentExactComputation() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Review r = score(c);
            ExactReference.Expected x = ExactReference.of(c.rubric(), c.evidence());
            assertEquals(x.overall(), r.overall(), "overall");
            for (MeasureResult m : r.measures()) {
                assertEquals(x.points().get(m.id()), m.points(), () -> "points of " + m.id());
            }
            for (SectionResult s : r.sections()) {
                assertEquals(x.sectionScores().get(s.name()), s.score(), () -> "score of section " + s.name());
            }
            assertEquals(x.band(), r.band(), "band");
            assertEquals(x.bandBeforeGuards(), r.bandBeforeGuards(), "band before guards");
            assertEquals(0, x.coverage().compareTo(new ExactReference.Q(r.coverage().overall().numerator(),
                    r.coverage().overall().denominator())), () -> "coverage " + r.coverage().overall() + ", expected " + x.coverage());
        });
    }

    @Test
    void overallOfLeaveOutRubricsMatchesA50DigitDecimalComputationRoundedHalfEven() {
        // a second opinion on LEAVE_OUT rubrics: the exact overall divided out in BigDecimal at 50
        // significant digits, then rounded half-even at the rubric's scale; with these inputs' small
        // denominators 50 digits decide every tie correctly (rounding a double would not)
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases(MissingEvidencePolicy.LEAVE_OUT)).checkAssert(c -> {
            Review r = score(c);
            ExactReference.Expected x = ExactReference.of(c.rubric(), c.evidence());
            BigDecimal approx = new BigDecimal(x.exactOverall().num()).divide(new BigDecimal(x.exactOverall().den()),
                    new java.math.MathContext(50, RoundingMode.HALF_EVEN));
            assertEquals(approx.setScale(c.rubric().scale(), RoundingMode.HALF_EVEN), r.overall());
        });
    }

    /** A case, one of its quota measures with an actual, and a better actual for it. */
    record Move(Case c, String measureId, BigDecimal better) {
    }

    private static Gen<Move> moves() {
        return in -> {
            Draw draw = new Draw(in);
            Rubric rubric = RandomRubrics.rubric(draw);
            Evidence e = RandomRubrics.evidence(draw, rubric, "sam");
            List<QuotaMeasure> quotas = new ArrayList<>();
            for (Measure m : rubric.measures()) {
                if (m instanceof QuotaMeasure q && e.measures().containsKey(q.id())) {
                    quotas.add(q);
                }
            }
            if (quotas.isEmpty()) {
                return new Move(new Case(rubric, e), null, null);
            }
            QuotaMeasure q = draw.pick(quotas);
            BigDecimal actual = ((QuotaActual) e.measures().get(q.id())).actual();
            BigDecimal step = q.target().value().multiply(BigDecimal.valueOf(draw.between(1, 1500), 3));
            if (q.target().kind() == QuantityKind.COUNT) {
                step = step.setScale(0, RoundingMode.CEILING);
            }
            BigDecimal better = q.direction() == Direction.HIGHER_IS_BETTER ? actual.add(step) : actual.subtract(step).max(BigDecimal.ZERO);
            return new Move(new Case(rubric, e), q.id(), better);
        };
    }

    @Test
    void movingAQuotaActualTheBetterWayNeverLowersTheOverall() {
        qt().withExamples(EXAMPLES).forAll(moves()).checkAssert(move -> {
            if (move.measureId() == null) {
                return;
            }
            Scorer scorer = Scorer.of(move.c().rubric());
            Review before = scorer.score(move.c().evidence());
            Review after = scorer.score(withMeasure(move.c().evidence(), move.measureId(), QuotaActual.of(move.better().toPlainString())));
            assertTrue(after.overall().compareTo(before.overall()) >= 0,
                    () -> move.measureId() + " to " + move.better() + ": overall " + before.overall() + " fell to " + after.overall());
            BigDecimal pointsBefore = before.measure(move.measureId()).orElseThrow().points().orElseThrow();
            BigDecimal pointsAfter = after.measure(move.measureId()).orElseThrow().points().orElseThrow();
            assertTrue(pointsAfter.compareTo(pointsBefore) >= 0, () -> "points fell from " + pointsBefore + " to " + pointsAfter);
        });
    }

    /** The numbers of a review: what an added N/A rating must not change. */
    record Scores(BigDecimal overall, Optional<String> band, Optional<String> bandBeforeGuards, List<List<Object>> sections,
                  List<List<Object>> measures, List<List<Object>> reasons) {

        static Scores of(Review r) {
            return new Scores(r.overall(), r.band(), r.bandBeforeGuards(),
                    r.sections().stream().map(s -> List.<Object>of(s.name(), s.effectiveWeight(), s.score(), s.contribution())).toList(),
                    r.measures().stream().map(m -> List.<Object>of(m.id(), m.effectiveWeight(), m.points(), m.contribution(), m.status())).toList(),
                    r.reasons().stream().map(x -> List.<Object>of(x.measureId(), x.impact())).toList());
        }
    }

    @Test
    void addingANotApplicableRatingChangesNoScore() {
        Gen<Map.Entry<Case, Integer>> gen = RandomRubrics.cases().zip(org.quicktheories.generators.SourceDSL.integers().between(0, 99),
                Map::entry);
        qt().withExamples(EXAMPLES).forAll(gen).checkAssert(entry -> {
            Case c = entry.getKey();
            List<RatingMeasure> ratingMeasures = c.rubric().measures().stream()
                    .filter(RatingMeasure.class::isInstance).map(RatingMeasure.class::cast).toList();
            if (ratingMeasures.isEmpty()) {
                return;
            }
            RatingMeasure m = ratingMeasures.get(entry.getValue() % ratingMeasures.size());
            RatingSource source = m.sources().get(entry.getValue() % m.sources().size());
            List<Rating> ratings = new ArrayList<>();
            if (c.evidence().measures().get(m.id()) instanceof Ratings existing) {
                ratings.addAll(existing.ratings());
            }
            ratings.add(entry.getValue() % 2 == 0 ? ratings.size() / 2 : ratings.size(), Rating.notApplicable("not-able-to-judge", source.name()));
            Review before = score(c);
            Review after = Scorer.of(c.rubric()).score(withMeasure(c.evidence(), m.id(), new Ratings(ratings)));
            assertEquals(Scores.of(before), Scores.of(after));
            assertEquals(before.warnings(), after.warnings());
        });
    }

    @Test
    void renamingTheSubjectChangesNothingButTheSubjectAndTheFingerprintThatNamesIt() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Review original = score(c);
            Review renamed = Scorer.of(c.rubric()).score(c.evidence().withSubjectId("someone-else"));
            assertEquals("someone-else", renamed.subjectId());
            // the fingerprint covers the subject id (the canonical form lists it), so it differs too
            assertNotEquals(original.provenance().evidenceFingerprint(), renamed.provenance().evidenceFingerprint());
            Review back = new Review(original.subjectId(), renamed.period(), renamed.overall(), renamed.band(), renamed.bandBeforeGuards(),
                    renamed.sections(), renamed.reasons(), renamed.warnings(), new Provenance(renamed.rubricId(), renamed.rubricVersion(),
                    original.provenance().evidenceFingerprint()), renamed.interimAsOf(), renamed.coverage());
            assertEquals(original, back);
        });
    }

    @Test
    void attributesOfTheSubjectAreNeverRead() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Evidence other = c.evidence().withAttributes(Map.of("gender", "x", "age", "61", "team", "elsewhere"));
            assertEquals(score(c), Scorer.of(c.rubric()).score(other));
        });
    }

    @Test
    void reorderingRatingsGivesAnEqualReview() {
        Gen<Map.Entry<Case, Long>> gen = RandomRubrics.cases().zip(org.quicktheories.generators.SourceDSL.longs().all(), Map::entry);
        qt().withExamples(EXAMPLES).forAll(gen).checkAssert(entry -> {
            Case c = entry.getKey();
            Random random = new Random(entry.getValue());
            Map<String, MeasureEvidence> shuffled = new LinkedHashMap<>();
            List<String> ids = new ArrayList<>(c.evidence().measures().keySet());
            Collections.shuffle(ids, random);
            for (String id : ids) {
                MeasureEvidence e = c.evidence().measures().get(id);
                if (e instanceof Ratings rs) {
                    List<Rating> list = new ArrayList<>(rs.ratings());
                    Collections.shuffle(list, random);
                    e = new Ratings(list);
                }
                shuffled.put(id, e);
            }
            Evidence reordered = new Evidence(c.evidence().subjectId(), c.evidence().period(), shuffled, c.evidence().attributes());
            assertEquals(score(c), Scorer.of(c.rubric()).score(reordered));
        });
    }

    @Test
    void scoringTwiceGivesEqualReviews() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases()).checkAssert(c -> {
            Scorer scorer = Scorer.of(c.rubric());
            Review first = scorer.score(c.evidence());
            assertEquals(first, scorer.score(c.evidence()));
            assertEquals(first, Scorer.of(c.rubric()).score(c.evidence()));
            assertEquals(first.explain(), scorer.score(c.evidence()).explain());
        });
    }

    @Test
    void scoringFromEightThreadsGivesTheSameReviewsAsSequentially() {
        qt().withExamples(60).forAll(RandomRubrics.batches(16)).checkAssert(batch -> {
            Scorer scorer = Scorer.of(batch.getKey());
            List<Review> sequential = batch.getValue().stream().map(scorer::score).toList();
            List<Future<Review>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Evidence e : batch.getValue()) {
                    futures.add(pool.submit(() -> scorer.score(e)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    assertEquals(sequential.get(i % sequential.size()), futures.get(i).get(30, TimeUnit.SECONDS));
                } catch (Exception ex) {
                    throw new AssertionError("concurrent scoring failed", ex);
                }
            }
        });
    }

    @Test
    void aBatchGivesTheSameReviewsAsScoringOneByOne() {
        qt().withExamples(100).forAll(RandomRubrics.batches(5)).checkAssert(batch -> {
            Scorer scorer = Scorer.of(batch.getKey());
            BatchResult result = scorer.scoreAll(batch.getValue());
            assertEquals(List.of(), result.rejected());
            assertEquals(batch.getValue().stream().map(scorer::score).toList(), result.reviews());
        });
    }

    @Test
    void evidenceWithNothingUsableIsRejectedWhenMissingEvidenceIsLeftOut() {
        qt().withExamples(EXAMPLES).forAll(RandomRubrics.cases(MissingEvidencePolicy.LEAVE_OUT)).checkAssert(c -> {
            // keep only N/A ratings: no measure has usable evidence
            Map<String, MeasureEvidence> unusable = new HashMap<>();
            for (Measure m : c.rubric().measures()) {
                if (m instanceof RatingMeasure r) {
                    unusable.put(m.id(), Ratings.of(Rating.notApplicable("n/a", r.sources().get(0).name())));
                }
            }
            Evidence e = new Evidence(c.evidence().subjectId(), c.evidence().period(), unusable, Map.of());
            InvalidEvidenceException ex = assertThrows(InvalidEvidenceException.class, () -> Scorer.of(c.rubric()).score(e));
            assertEquals(List.of("measures"), ex.problems().stream().map(EvidenceProblem::field).toList());
        });
    }
}
