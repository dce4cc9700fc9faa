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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * The kit finds planted unfairness within its default number of tries, whatever the seed, and
 * reports a small counterexample with the seed that reproduces it: a rubric with a cliff above the
 * limit, and platform pipelines around the library's scorer that read the subject id, depend on
 * the order of ratings, or pay a bonus above a threshold.
 */
class PlantedUnfairnessTest {

    /** Seeds the planted cases are tried with; each must be found with each. */
    private static final long[] SEEDS = {1, 2, 3, 42, 2026, -7, 123_456_789, 987_654_321_000L, 5, 8};

    private static final Rubric AE = KitRubrics.enterpriseAe();
    private static final Scorer AE_SCORER = Scorer.of(AE);

    /** A platform that adds a point for subjects whose id starts with "a" (a "favourite accounts" bug). */
    static Review favouringA(Evidence e) {
        Review r = AE_SCORER.score(e);
        if (!e.subjectId().startsWith("a")) {
            return r;
        }
        return new Review(r.subjectId(), r.period(), r.overall().add(BigDecimal.ONE), r.band(), r.bandBeforeGuards(), r.sections(),
                r.reasons(), r.warnings(), r.provenance(), r.interimAsOf(), r.coverage());
    }

    /** A platform whose form import keeps only the first rating of each rater source (a de-duplication bug). */
    static Review firstRatingPerSource(Evidence e) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        e.measures().forEach((id, m) -> {
            if (m instanceof Ratings r) {
                Set<String> seen = new HashSet<>();
                List<Rating> kept = new ArrayList<>();
                for (Rating rating : r.ratings()) {
                    if (seen.add(rating.source())) {
                        kept.add(rating);
                    }
                }
                measures.put(id, new Ratings(kept));
            } else {
                measures.put(id, m);
            }
        });
        return AE_SCORER.score(new Evidence(e.subjectId(), e.period(), measures, e.attributes(), e.participation(), e.factors()));
    }

    private static Counterexample failure(PropertyCheck check, ScoringProperty property, long seed) {
        PropertyReport report = check.seed(seed).run();
        assertFalse(report.fair(), () -> "seed " + seed + " found nothing:\n" + report.render());
        Counterexample c = report.counterexample(property).orElseThrow(() -> new AssertionError("seed " + seed + ":\n" + report.render()));
        assertTrue(report.verdict(property).orElseThrow().tries() <= PropertyCheck.DEFAULT_TRIES);
        // the seed reproduces it with one try
        PropertyVerdict again = check.seed(c.seed()).tries(1).check(property);
        assertTrue(again.failed(), () -> "seed " + c.seed() + " does not reproduce:\n" + again.render());
        return c;
    }

    @Test
    void findsACliffAboveALimitDeclaredOnlyToTheKit() {
        PropertyCheck check = PropertyCheck.of(KitRubrics.plantedCliff()).maxCliff(10).only(ScoringProperty.NO_CLIFF_ABOVE_LIMIT);
        for (long seed : SEEDS) {
            Counterexample c = failure(check, ScoringProperty.NO_CLIFF_ABOVE_LIMIT, seed);
            // the bookings gate at 80% of 500,000: from nothing to 60 points x 60%
            assertTrue(c.finding().startsWith("the actual of bookings from 399,999 to 400,000 (a change of 1)"), c.render());
            assertTrue(c.finding().endsWith("a jump of 36.00 overall points above the limit of 10"), c.render());
            assertEquals(0, c.evidence().attributes().size(), c.render());
        }
    }

    @Test
    void findsAPipelineThatReadsTheSubjectId() {
        PropertyCheck check = PropertyCheck.of(AE).scoredBy(PlantedUnfairnessTest::favouringA).only(ScoringProperty.SUBJECT_BLIND);
        for (long seed : SEEDS) {
            Counterexample c = failure(check, ScoringProperty.SUBJECT_BLIND, seed);
            assertTrue(c.finding().matches("renaming subject '.*' to '.*'.* changed the overall from .* to .*"), c.render());
            assertTrue(c.evidence().subjectId().startsWith("a") != c.variant().orElseThrow().subjectId().startsWith("a"), c.render());
            // shrunk: one measure, no attributes, the whole year
            assertEquals(1, c.evidence().measures().size(), c.render());
            assertEquals(Map.of(), c.evidence().attributes(), c.render());
            assertEquals(AE.effective(), c.evidence().period(), c.render());
        }
    }

    @Test
    void findsAPipelineThatDependsOnTheOrderOfRatings() {
        PropertyCheck check = PropertyCheck.of(AE).scoredBy(PlantedUnfairnessTest::firstRatingPerSource)
                .only(ScoringProperty.ORDER_BLIND);
        for (long seed : SEEDS) {
            Counterexample c = failure(check, ScoringProperty.ORDER_BLIND, seed);
            assertTrue(c.finding().startsWith("reordering the ratings of "), c.render());
            // shrunk to a measure with two ratings of one source that differ (one may be N/A), and at most one other measure,
            // which keeps the subject scorable when the pipeline sees only an N/A
            assertTrue(c.evidence().measures().size() <= 2, c.render());
            String reordered = c.finding().substring("reordering the ratings of ".length()).split(" ")[0];
            List<Rating> ratings = ((Ratings) c.evidence().measures().get(reordered)).ratings();
            assertEquals(2, ratings.size(), c.render());
            assertEquals(ratings.get(0).source(), ratings.get(1).source(), c.render());
            assertFalse(ratings.get(0).value().equals(ratings.get(1).value()), c.render());
        }
    }

    @Test
    void findsAThresholdBonusInAPipelineAsACliff() {
        // a platform that adds 5 points to every overall of 70 or more: the rubric is smooth, the pipeline is not
        Function<Evidence, Review> bonus = e -> {
            Review r = AE_SCORER.score(e);
            return r.overall().compareTo(BigDecimal.valueOf(70)) < 0 ? r : new Review(r.subjectId(), r.period(),
                    r.overall().add(BigDecimal.valueOf(5)), r.band(), r.bandBeforeGuards(), r.sections(), r.reasons(), r.warnings(),
                    r.provenance(), r.interimAsOf(), r.coverage());
        };
        PropertyCheck check = PropertyCheck.of(AE).scoredBy(bonus).maxCliff(3).only(ScoringProperty.NO_CLIFF_ABOVE_LIMIT);
        for (long seed : SEEDS) {
            Counterexample c = failure(check, ScoringProperty.NO_CLIFF_ABOVE_LIMIT, seed);
            assertTrue(c.finding().matches("the actual of new-arr from .* moves the overall from 69\\.\\d\\d to 7\\d\\.\\d\\d, a jump of"
                    + " 5\\.\\d\\d overall points above the limit of 3"), c.render());
        }
    }

    @Test
    void findsACurveThatFallsAndAScaleWhoseLevelsFall() {
        Rubric falling = org.blendscore.dsl.RubricDsl.rubric("falling").version("1").effective(KitRubrics.YEAR)
                .section("Revenue", 100, s -> s.quota("bookings", 100, q -> q.target(100_000, "USD")
                        .curve(org.blendscore.dsl.RubricDsl.linear().point(0, 0).point(1.0, 100).point(1.5, 80).capped())))
                .band("Meets", 70).band("Below", 0)
                .fairness(org.blendscore.rubric.FairnessRules.none())
                .build();
        for (long seed : SEEDS) {
            Counterexample c = failure(PropertyCheck.of(falling).only(ScoringProperty.MONOTONE), ScoringProperty.MONOTONE, seed);
            assertTrue(c.finding().startsWith("raising the actual of bookings from "), c.render());
            assertTrue(c.finding().contains("lowered the overall from "), c.render());
        }
    }
}
