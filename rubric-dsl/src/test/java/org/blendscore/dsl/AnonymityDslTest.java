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
import static org.blendscore.dsl.RubricDsl.linear;
import static org.blendscore.dsl.RubricDsl.rubric;
import static org.blendscore.dsl.RubricDslTest.ONE_TO_FIVE;
import static org.blendscore.dsl.RubricDslTest.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** Anonymous rating sources declared in the DSL. */
class AnonymityDslTest {

    private static RubricStep withPeers(Anonymity peers) {
        return rubric("r").version("1").effective(YEAR)
                .section("Revenue", 60, s -> s.quota("new-arr", 100, q -> q.target(100, "USD")
                        .curve(linear().point(0, 0).point(1, 100).capped())))
                .section("Voice", 40, s -> s.rating("feedback", 100, r -> r.scale(ONE_TO_FIVE)
                        .source("manager", 50, 1).source("peer", 50, 1, peers)))
                .band("Meets", 0).leastCoverage(0);
    }

    @Test
    void declaresASourcesAnonymityThresholdAndKeepsTheOthersSigned() {
        Rubric rubric = withPeers(Anonymity.atLeast(3).withCommentsShown()).build();
        RatingMeasure feedback = (RatingMeasure) rubric.sections().get(1).measures().get(0);
        assertEquals(List.of(new RatingSource("manager", BigDecimal.valueOf(50), 1),
                new RatingSource("peer", BigDecimal.valueOf(50), 1, Optional.of(new Anonymity(3, true)))), feedback.sources());
    }

    @Test
    void scoresAReviewWhosePeersAreBelowTheirThresholdWithoutThem() {
        Review r = Scorer.of(withPeers(Anonymity.atLeast(3)).build()).score(evidence("sam").period(YEAR).actual("new-arr", 100)
                .rating("feedback", "manager", "m1", 3).rating("feedback", "peer", "p-one", 5, "kind words")
                .rating("feedback", "peer", "p-two", 1).build());
        // the manager alone, 3 -> 50 points; 60 + 0.4 x 50 = 80.00
        assertEquals(new BigDecimal("80.00"), r.overall());
        String all = r.toString() + r.explain() + r.explain(View.AUDIT);
        assertFalse(all.contains("p-one") || all.contains("p-two") || all.contains("kind words"), all);
        assertTrue(r.explain().contains("peer (50%): fewer than 3 raters, not shown, left out"), r::explain);
    }

    @Test
    void rejectsAThresholdBelowTwoWithItsPath() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> withPeers(Anonymity.atLeast(1)).build());
        assertEquals(List.of("measures[feedback].sources[peer].anonymity.minRaters"),
                e.problems().stream().map(RubricProblem::path).toList());
    }
}
