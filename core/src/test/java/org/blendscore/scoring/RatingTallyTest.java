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

import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.SourceResult;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * A rating measure of whole-number ratings is scored from the tally of its ratings (each source's
 * usable count and sum) and a table of points by tally, and its review's sources are made from that
 * tally when read: this must give exactly what weighing the ratings gives, whatever the scorer scored
 * before, and the review must still show this evidence's own ratings.
 */
class RatingTallyTest {

    private static final RatingMeasure TRUST = rating("trust", "60", scale(1, 5), Aggregation.MEAN,
            source("customer", "60", 2), source("manager", "40", 1));
    private static final RatingMeasure PEERS = rating("peers", "40", scale(1, 5), Aggregation.MEAN, source("peer", "100", 2));

    private static Rubric rubric(MissingEvidencePolicy policy) {
        return Fixtures.rubric(policy, List.of(), section("Relationship", "100", TRUST, PEERS));
    }

    private static Evidence random(SplittableRandom rnd, int subject) {
        List<Rating> trust = new ArrayList<>();
        ratings(rnd, trust, "customer", "c");
        ratings(rnd, trust, "manager", "m");
        List<Rating> peers = new ArrayList<>();
        ratings(rnd, peers, "peer", "p");
        java.util.Collections.shuffle(trust, new java.util.Random(rnd.nextLong()));
        return evidence("rep-" + subject, "trust", new Ratings(trust), "peers", new Ratings(peers));
    }

    private static void ratings(SplittableRandom rnd, List<Rating> out, String source, String prefix) {
        int n = rnd.nextInt(5);
        for (int j = 0; j < n; j++) {
            // one rating in eight is N/A, which is never counted
            out.add(rnd.nextInt(8) == 0 ? Rating.notApplicable(prefix + rnd.nextInt(1000) + "-" + j, source)
                    : Rating.of(prefix + rnd.nextInt(1000) + "-" + j, source, 1 + rnd.nextInt(5)));
        }
    }

    @Test
    void aScorerThatHasSeenEveryTallyGivesWhatAFreshScorerAndTheReferenceGive() {
        for (MissingEvidencePolicy policy : MissingEvidencePolicy.values()) {
            Rubric rubric = rubric(policy);
            Scorer warm = Scorer.of(rubric);
            SplittableRandom rnd = new SplittableRandom(policy.ordinal() * 31L + 5);
            for (int i = 0; i < 3000; i++) {
                Evidence e = random(rnd, i);
                String fresh = outcome(Scorer.of(rubric), e);
                assertEquals(fresh, outcome(warm, e), "record " + i + " under " + policy);
                Review r;
                try {
                    r = warm.score(e);
                } catch (org.blendscore.evidence.InvalidEvidenceException | IllegalStateException x) {
                    continue; // rejected, or nothing to score: the same for both, as compared above
                }
                ExactReference.Expected expected = ExactReference.of(rubric, e);
                assertEquals(expected.overall(), r.overall(), "record " + i + " under " + policy);
                for (String id : List.of("trust", "peers")) {
                    assertEquals(expected.points().get(id), r.measure(id).orElseThrow().points(), id + " of record " + i);
                }
                assertEquals(shortfallWarnings(e, policy), r.warnings().stream().map(w -> w.path())
                        .filter(p -> p.contains(".sources[")).sorted().toList(), "record " + i + " under " + policy);
            }
        }
    }

    /**
     * The paths of the warnings about sources below their minimums, independently: one for each such
     * source of a measure that another source scores.
     */
    private static List<String> shortfallWarnings(Evidence e, MissingEvidencePolicy policy) {
        List<String> paths = new ArrayList<>();
        for (RatingMeasure m : List.of(TRUST, PEERS)) {
            List<Rating> ratings = ((Ratings) e.measures().get(m.id())).ratings();
            List<String> below = new ArrayList<>();
            boolean anyScored = false;
            for (org.blendscore.rubric.RatingSource s : m.sources()) {
                long usable = ratings.stream().filter(r -> r.source().equals(s.name()) && r.value().isPresent()).count();
                if (usable >= s.minRatings()) {
                    anyScored = true;
                } else {
                    below.add("measures[" + m.id() + "].sources[" + s.name() + "]");
                }
            }
            if (anyScored) {
                paths.addAll(below);
            }
        }
        return paths.stream().sorted().toList();
    }

    @Test
    void levelPointsWithHugeDenominatorsCompileAtOnceAndScoreExactly() {
        // denominators 2^19 and 5^20: their product is beyond a long, so the table of points is not used
        RatingMeasure m = rating("r", "100", Fixtures.scaleWithPoints("0.0028324127197265625", "0.00000000009077522432", "23", "95",
                "69.44"), Aggregation.MEAN, source("s", "100", 1));
        Rubric rubric = Fixtures.single(m);
        Scorer scorer = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Scorer.of(rubric));
        for (int n = 1; n <= 8; n++) {
            for (int first = 1; first <= 5; first++) {
                List<Rating> ratings = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    ratings.add(Rating.of("s" + j, "s", j == 0 ? first : 1 + (first + j) % 5));
                }
                Evidence e = evidence("sam", "r", new Ratings(ratings));
                ExactReference.Expected expected = ExactReference.of(rubric, e);
                Review r = scorer.score(e);
                assertEquals(expected.overall(), r.overall(), ratings.toString());
                assertEquals(expected.points().get("r"), r.measure("r").orElseThrow().points(), ratings.toString());
            }
        }
    }

    private static String outcome(Scorer scorer, Evidence e) {
        try {
            Review r = scorer.score(e);
            return r.toString() + "\n" + r.explain();
        } catch (org.blendscore.evidence.InvalidEvidenceException x) {
            return x.getMessage();
        }
    }

    @Test
    void aReviewWithATallySeenBeforeShowsItsOwnRatings() {
        Scorer scorer = Scorer.of(rubric(MissingEvidencePolicy.LEAVE_OUT));
        // the same tally (customer 2 ratings summing 7, manager 1 rating of 4; peers 2 summing 6) from other raters
        Review first = scorer.score(evidence("ann", "trust", new Ratings(List.of(Rating.of("c1", "customer", 3),
                Rating.of("c2", "customer", 4), Rating.of("m1", "manager", 4))), "peers",
                new Ratings(List.of(Rating.of("p1", "peer", 2), Rating.of("p2", "peer", 4)))));
        Review second = scorer.score(evidence("bo", "trust", new Ratings(List.of(Rating.of("m9", "manager", 4),
                Rating.of("c8", "customer", 5), Rating.of("c7", "customer", 2))), "peers",
                new Ratings(List.of(Rating.of("p5", "peer", 3), Rating.of("p6", "peer", 3)))));
        assertEquals(first.overall(), second.overall());
        assertEquals(first.measure("trust").orElseThrow().points(), second.measure("trust").orElseThrow().points());
        SourceResult customers = ((RatingInput) second.measure("trust").orElseThrow().input()).sources().get(0);
        assertEquals(List.of("c7", "c8"), customers.ratings().stream().map(Rating::raterId).toList());
        assertEquals(List.of("p5", "p6"), ((RatingInput) second.measure("peers").orElseThrow().input()).sources().get(0)
                .ratings().stream().map(Rating::raterId).toList());
    }
}
