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
import static org.blendscore.scoring.Fixtures.d;
import static org.blendscore.scoring.Fixtures.evidence;
import static org.blendscore.scoring.Fixtures.quota;
import static org.blendscore.scoring.Fixtures.linear;
import static org.blendscore.scoring.Fixtures.rating;
import static org.blendscore.scoring.Fixtures.rubric;
import static org.blendscore.scoring.Fixtures.scale;
import static org.blendscore.scoring.Fixtures.section;
import static org.blendscore.scoring.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.blendscore.evidence.EvidenceProblem;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.MissingEvidence;
import org.blendscore.review.RatingInput;
import org.blendscore.review.Review;
import org.blendscore.review.SourceResult;
import org.blendscore.review.SourceStatus;
import org.blendscore.review.View;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RubricProblem;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Rater anonymity, on one rubric:
 *
 * <pre>
 * Sales 60%:  bookings 100% (target 100 USD; (0, 0), (1, 100), (2, 150), capped)
 * Voice 40%:  feedback 100% (1..5; manager 50% at least 1 rating, peer 50% at least 1, anonymous at 3 raters)
 * </pre>
 *
 * <p>Bookings 150 give 125 points, Sales 75.00 of the overall; manager 3 gives 50 points.
 */
class AnonymityTest {

    private static final List<String> SECRETS = List.of("p-alice", "p-bob", "p-carol", "ALICE-SAYS", "BOB-SAYS", "CAROL-SAYS");

    static Rubric anonymityRubric(MissingEvidencePolicy policy, Anonymity peer) {
        return MissingEvidencePolicyTest.anyCoverage(rubric(policy, List.of(),
                section("Sales", "60", quota("bookings", "100", linear(Optional.empty(), true, "0:0", "1:100", "2:150"))),
                section("Voice", "40", rating("feedback", "100", scale(1, 5), Aggregation.MEAN,
                        source("manager", "50", 1), source("peer", "50", 1).withAnonymity(peer)))));
    }

    /** Manager 3, and peers alice 5 and bob 1 (and, with {@code carol}, carol 3), each with a comment. */
    static Ratings feedback(boolean carol) {
        List<Rating> all = new java.util.ArrayList<>(List.of(Rating.of("m1", "manager", 3),
                Rating.of("p-alice", "peer", 5).withComment("ALICE-SAYS"), Rating.of("p-bob", "peer", 1).withComment("BOB-SAYS")));
        if (carol) {
            all.add(Rating.of("p-carol", "peer", 3).withComment("CAROL-SAYS"));
        }
        return Ratings.of(all.toArray(Rating[]::new));
    }

    private static Review score(MissingEvidencePolicy policy, Anonymity peer, Ratings ratings) {
        return Scorer.of(anonymityRubric(policy, peer)).score(evidence("sam", "bookings", actual("150"), "feedback", ratings));
    }

    private static SourceResult peer(Review r) {
        return ((RatingInput) r.measure("feedback").orElseThrow().input()).sources().get(1);
    }

    private static void assertNothingOfThePeers(Review r) {
        String everything = r.toString() + r.explain() + r.explain(View.SUBJECT) + r.explain(View.AUDIT) + r.warnings() + r.reasons()
                + r.coverage();
        for (String secret : SECRETS) {
            assertFalse(everything.contains(secret), () -> secret + " leaked:\n" + everything);
        }
    }

    @Test
    void dropsAPeerSourceWithTwoRatersUnderAThresholdOfThreeFromEveryPartOfTheReview() {
        Review r = score(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(3), feedback(false));
        assertNothingOfThePeers(r);
        SourceResult peer = peer(r);
        assertTrue(peer.withheld());
        assertEquals(List.of(), peer.ratings());
        assertEquals(0, peer.usable());
        assertEquals(Optional.empty(), peer.value());
        assertEquals(SourceStatus.LEFT_OUT, peer.status());
        // as a source without usable evidence: the manager alone, 3 -> 50 points; 75 + 0.4 x 50 = 95.00
        assertEquals(Optional.of(d("50.00")), r.measure("feedback").orElseThrow().points());
        assertEquals(d("95.00"), r.overall());
        assertEquals(List.of(new Warning(Warning.Kind.SOURCE_LEFT_OUT, "measures[feedback].sources[peer]",
                "feedback: peer: fewer than 3 raters, not shown; left out, and the other sources' weights renormalised")), r.warnings());
        assertTrue(r.explain().contains("      peer (50%): fewer than 3 raters, not shown, left out\n"), r::explain);
        // coverage does not count it: half of Voice's 40% is missing
        assertEquals(d("80.00"), r.coverage().overallPercent());
        assertEquals(List.of("fewer than 3 raters, not shown"), r.coverage().missing().stream().map(MissingEvidence::reason).toList());
    }

    @Test
    void countsAWithheldSourceAsZeroUnderThatPolicyWithoutShowingIt() {
        Review r = score(MissingEvidencePolicy.COUNT_AS_ZERO, Anonymity.atLeast(3), feedback(false));
        assertNothingOfThePeers(r);
        assertEquals(SourceStatus.COUNTED_AS_ZERO, peer(r).status());
        // 0.5 x 50 + 0.5 x 0 = 25 points; 75 + 0.4 x 25 = 85.00
        assertEquals(d("85.00"), r.overall());
        assertEquals(List.of("feedback: peer: fewer than 3 raters, not shown; counted as 0 points"),
                r.warnings().stream().map(Warning::message).toList());
        assertTrue(r.explain().contains("      peer (50%): fewer than 3 raters, not shown, counted as 0 points\n"), r::explain);
    }

    @Test
    void rejectsAWithheldSourceUnderTheRejectPolicyWithoutCountingItsRaters() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class,
                () -> score(MissingEvidencePolicy.REJECT, Anonymity.atLeast(3), feedback(false)));
        List<String> messages = e.problems().stream().map(EvidenceProblem::message).toList();
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("source peer has fewer than 3 raters"), messages::toString);
        for (String secret : SECRETS) {
            assertFalse(e.getMessage().contains(secret), e::getMessage);
        }
    }

    @Test
    void countsOnlyRatersWithAUsableRatingTowardsTheThreshold() {
        Ratings ratings = Ratings.of(Rating.of("m1", "manager", 3), Rating.of("p-alice", "peer", 5),
                Rating.of("p-bob", "peer", 1), Rating.notApplicable("p-carol", "peer").withComment("CAROL-SAYS"));
        Review r = score(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(3), ratings);
        assertTrue(peer(r).withheld());
        assertNothingOfThePeers(r);
    }

    @Test
    void showsTheAggregateWithoutRaterIdsAtTheThresholdInTheSubjectsView() {
        Review r = score(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(3), feedback(true));
        SourceResult peer = peer(r);
        assertFalse(peer.withheld());
        assertEquals(SourceStatus.SCORED, peer.status());
        // peers 5, 1, 3: mean 3 -> 50 points; feedback 50; 75 + 20 = 95.00
        assertEquals(Optional.of(d("3.00")), peer.value());
        assertEquals(d("95.00"), r.overall());
        String subject = r.explain();
        assertEquals(r.explain(View.SUBJECT), subject);
        assertTrue(subject.contains("      peer (50%): 3 ratings from unnamed raters -> mean 3.00 -> 50.00 points\n"), subject);
        assertTrue(subject.contains("      manager (50%): 3 by m1 -> mean 3.00 -> 50.00 points\n"), subject);
        for (String secret : SECRETS) {
            assertFalse(subject.contains(secret), () -> secret + " in the subject's view:\n" + subject);
        }
    }

    @Test
    void showsCommentsWithoutAttributionOnlyWhenTheSourceDeclaresThem() {
        Review r = score(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(3).withCommentsShown(), feedback(true));
        String subject = r.explain();
        assertTrue(subject.contains("        comment: ALICE-SAYS\n        comment: BOB-SAYS\n        comment: CAROL-SAYS\n"), subject);
        for (String rater : List.of("p-alice", "p-bob", "p-carol")) {
            assertFalse(subject.contains(rater), subject);
        }
    }

    @Test
    void keepsTheRaterIdsAndCommentsInTheAuditView() {
        Review r = score(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(3), feedback(true));
        String audit = r.explain(View.AUDIT);
        assertTrue(audit.contains("      peer (50%): 5 by p-alice, 1 by p-bob, 3 by p-carol -> mean 3.00 -> 50.00 points\n"), audit);
        assertTrue(audit.contains("        comment by p-alice: ALICE-SAYS\n"), audit);
        // the review value itself is the audit record: it holds the ids of a source at its threshold
        assertEquals(List.of("p-alice", "p-bob", "p-carol"), peer(r).ratings().stream().map(Rating::raterId).toList());
    }

    @Test
    void rejectsAnAnonymityThresholdBelowTwo() {
        InvalidRubricException e = assertThrows(InvalidRubricException.class,
                () -> anonymityRubric(MissingEvidencePolicy.LEAVE_OUT, Anonymity.atLeast(1)));
        assertEquals(List.of("measures[feedback].sources[peer].anonymity.minRaters"),
                e.problems().stream().map(RubricProblem::path).toList());
    }
}
