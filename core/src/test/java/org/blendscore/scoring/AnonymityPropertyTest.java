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

import static org.blendscore.scoring.Fixtures.actual;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.linear;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.rubric;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.source;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * On random evidence: nothing of an anonymous source below its threshold, no rater id and no comment,
 * appears in the review's {@code toString()} or in any view of its explanation; and the subject's view
 * names no rater of an anonymous source at all.
 */
class AnonymityPropertyTest {

    private static final List<String> SOURCES = List.of("manager", "peer", "customer");

    /** Random evidence for one rubric: the ratings, and the tokens (ids, comments) that must not be shown. */
    private record Case(Rubric rubric, Ratings ratings, Set<String> hidden, Set<String> unnamedInSubjectView, String description) {
    }

    /** A rubric of a quota and a rating measure, the peer and customer sources anonymous at thresholds 2 to 5. */
    private static Case draw(int peerThreshold, int customerThreshold, long seed) {
        Random random = new Random(seed);
        MissingEvidencePolicy policy = random.nextBoolean() ? MissingEvidencePolicy.LEAVE_OUT : MissingEvidencePolicy.COUNT_AS_ZERO;
        List<RatingSource> sources = List.of(source("manager", "40", 1),
                source("peer", "30", 1 + random.nextInt(3)).withAnonymity(maybeShown(Anonymity.atLeast(peerThreshold), random)),
                source("customer", "30", 1 + random.nextInt(2)).withAnonymity(maybeShown(Anonymity.atLeast(customerThreshold), random)));
        Rubric r = MissingEvidencePolicyTest.anyCoverage(rubric(policy, List.of(),
                section("Sales", "60", quota("bookings", "100", linear(Optional.empty(), true, "0:0", "1:100", "2:150"))),
                section("Voice", "40", rating("feedback", "100", scale(1, 5), Aggregation.MEAN, sources.toArray(RatingSource[]::new)))));
        List<Rating> all = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        Set<String> unnamed = new HashSet<>();
        int[] thresholds = {0, peerThreshold, customerThreshold};
        for (int s = 0; s < SOURCES.size(); s++) {
            int raters = random.nextInt(7);
            List<Rating> mine = new ArrayList<>();
            int usable = 0;
            for (int k = 0; k < raters; k++) {
                String id = token(random);
                Rating rating = random.nextInt(5) == 0 ? Rating.notApplicable(id, SOURCES.get(s))
                        : Rating.of(id, SOURCES.get(s), 1 + random.nextInt(5));
                usable += rating.isNotApplicable() ? 0 : 1;
                if (random.nextBoolean()) {
                    rating = rating.withComment(token(random) + " said so");
                }
                mine.add(rating);
            }
            all.addAll(mine);
            if (thresholds[s] > 0) {
                Set<String> target = usable < thresholds[s] ? hidden : unnamed;
                for (Rating rating : mine) {
                    target.add(rating.raterId());
                    if (usable < thresholds[s]) {
                        rating.comment().ifPresent(target::add);
                    }
                }
            }
        }
        return new Case(r, Ratings.of(all.toArray(Rating[]::new)), hidden, unnamed,
                "policy " + policy + ", thresholds " + peerThreshold + "/" + customerThreshold + ", ratings " + all);
    }

    private static Anonymity maybeShown(Anonymity a, Random random) {
        return random.nextBoolean() ? a.withCommentsShown() : a;
    }

    /** A token no rubric text contains: {@code zq} and ten random letters. */
    private static String token(Random random) {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void showsNothingOfASourceBelowItsThresholdAndNoAnonymousRaterToTheSubject() {
        qt().withExamples(1_500).forAll(integers().between(2, 5), integers().between(2, 5), longs().all())
                .asWithPrecursor((p, c, seed) -> draw(p, c, seed))
                .checkAssert((p, c, seed, drawn) -> {
                    Review r = Scorer.of(drawn.rubric()).score(evidence("sam", "bookings", actual("120"), "feedback", drawn.ratings()));
                    String subject = r.explain();
                    String everything = r.toString() + subject + r.explain(View.AUDIT) + r.warnings() + r.coverage();
                    for (String secret : drawn.hidden()) {
                        if (everything.contains(secret)) {
                            throw new AssertionError(secret + " of a withheld source shown, " + drawn.description() + ":\n" + everything);
                        }
                    }
                    for (String rater : drawn.unnamedInSubjectView()) {
                        if (subject.contains(rater)) {
                            throw new AssertionError("anonymous rater " + rater + " named to the subject, " + drawn.description() + ":\n"
                                    + subject);
                        }
                    }
                });
    }
}
