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

import static org.blendscore.team.TeamFixtures.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The two team properties of issue 17: split credits add up to the deal; a rollup is invariant to member order. */
class TeamPropertiesTest {

    /** Shares in hundredths of a percent from cut points in 1..9999: they add up to exactly 100%. */
    private static List<Share> shares(List<Integer> cuts) {
        List<Integer> sorted = new ArrayList<>(cuts.stream().distinct().sorted().toList());
        List<Share> shares = new ArrayList<>();
        int previous = 0;
        sorted.add(10_000);
        for (int i = 0; i < sorted.size(); i++) {
            shares.add(new Share("rep-" + i, BigDecimal.valueOf(sorted.get(i) - previous, 2)));
            previous = sorted.get(i);
        }
        return shares;
    }

    @Test
    void splitCreditsAddUpToTheDeal() {
        qt().withExamples(2_000).forAll(longs().between(0, 1_000_000_000_000L), lists().of(integers().between(1, 9_999)).ofSizeBetween(0, 7))
                .checkAssert((cents, cuts) -> {
                    BigDecimal amount = BigDecimal.valueOf(cents, 2);
                    DealSplit deal = new DealSplit("d", amount, shares(cuts));
                    List<CreditPart> parts = SplitCredit.apportion(deal);
                    assertEquals(0, parts.stream().map(CreditPart::part).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount));
                    for (CreditPart p : parts) {
                        // each part is within a cent of its exact share, and never negative
                        BigDecimal exact = amount.multiply(p.percent()).movePointLeft(2);
                        assertTrue(p.part().subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0, p.toString());
                        assertTrue(p.part().signum() >= 0);
                    }
                });
    }

    @Test
    void aTeamRollupIsInvariantToTheOrderOfItsMembers() {
        Scorer scorer = Scorer.of(TeamFixtures.soloRubric());
        List<Aggregation> aggregations = List.of(Aggregation.mean(), Aggregation.median(), Aggregation.weightedByQuota("new-arr"));
        qt().withExamples(300).forAll(lists().of(longs().between(0, 200_000)).ofSizeBetween(1, 9), longs().all())
                .checkAssert((actualCents, seed) -> {
                    List<Review> reviews = new ArrayList<>();
                    List<String> members = new ArrayList<>();
                    for (int i = 0; i < actualCents.size(); i++) {
                        members.add("m-" + i);
                        reviews.add(scorer.score(evidence("m-" + i, "new-arr", new QuotaActual(BigDecimal.valueOf(actualCents.get(i), 2)))));
                    }
                    members.add("gone");
                    List<Review> shuffledReviews = new ArrayList<>(reviews);
                    List<String> shuffledMembers = new ArrayList<>(members);
                    Collections.shuffle(shuffledReviews, new Random(seed));
                    Collections.shuffle(shuffledMembers, new Random(seed + 1));
                    for (Aggregation a : aggregations) {
                        TeamReview one = new TeamRollup("t", members, a).roll(reviews, List.of("gone"));
                        TeamReview other = new TeamRollup("t", shuffledMembers, a).roll(shuffledReviews, List.of("gone"));
                        assertEquals(one, other);
                        assertEquals(one.explain(), other.explain());
                    }
                });
    }
}
