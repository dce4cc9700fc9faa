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

import static org.blendscore.json.ReferenceRubric.YEAR;
import static org.blendscore.json.ReferenceRubric.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.review.Review;
import org.blendscore.review.View;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.InvalidRubricException;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.scoring.Scorer;
import org.blendscore.testkit.EvidenceGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ReviewJsonTest {

    private static final Scorer REFERENCE = Scorer.of(ReferenceRubric.rubric());

    @Test
    void referenceReviewsReadBackEqual() {
        for (Evidence e : List.of(ReferenceRubric.ana(), ReferenceRubric.ben(), ReferenceRubric.cara(), ReferenceRubric.eve())) {
            Review review = REFERENCE.score(e);
            assertEquals(review, ReviewJson.read(ReviewJson.write(review)), e.subjectId());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReviewJson.write(review, View.AUDIT, out);
            assertEquals(review, ReviewJson.read(new ByteArrayInputStream(out.toByteArray())));
        }
    }

    @Test
    void interimReviewWithPacingReadsBackEqual() {
        Review review = REFERENCE.scoreInterim(ReferenceRubric.ana(), LocalDate.parse("2026-06-30"));
        String json = ReviewJson.write(review);
        assertTrue(json.contains("\"interimAsOf\" : \"2026-06-30\""), json);
        assertEquals(review, ReviewJson.read(json));
    }

    @Test
    void randomRubricsAndEvidenceReadBackEqual() {
        qt().withExamples(100).forAll(RandomInputs.rubrics(), SourceDSL.longs().all()).checkAssert((r, seed) -> {
            Scorer scorer;
            try {
                scorer = Scorer.of(r);
            } catch (InvalidRubricException declaredRuleNotMet) {
                return; // the generator declares fairness rules at random, which a rubric may not meet
            }
            Review review = scorer.score(EvidenceGenerator.of(r).generate(seed));
            assertEquals(review, ReviewJson.read(ReviewJson.write(review)));
        });
    }

    @Test
    void randomCasesReadBackEqual() {
        qt().withExamples(200).forAll(RandomInputs.cases()).checkAssert(c -> {
            Review review = Scorer.of(c.rubric()).score(c.evidence());
            assertEquals(review, ReviewJson.read(ReviewJson.write(review)));
        });
    }

    @Test
    void subjectViewHidesAnonymousRatersAndCommentsAsExplainDoes() {
        Review review = Scorer.of(anonymous()).score(anonymousEvidence());
        String audit = ReviewJson.write(review, View.AUDIT);
        String subject = ReviewJson.write(review, View.SUBJECT);
        assertTrue(audit.contains("\"view\" : \"audit\""));
        assertTrue(subject.contains("\"view\" : \"subject\""));
        for (String rater : List.of("c1", "c2", "c3")) {
            assertTrue(audit.contains("\"" + rater + "\""), rater);
            assertFalse(subject.contains("\"" + rater + "\""), rater);
        }
        assertTrue(subject.contains("\"m1\""), "a signed source names its rater");
        assertTrue(audit.contains("manager's note") && !subject.contains("manager's note"), "signed comments are audit-only");
        assertTrue(subject.contains("\"comments\" : [ \"a. fine\", \"b. great\" ]"), subject);
        assertTrue(subject.contains("\"ratingCount\" : 3"), subject);
        assertEquals(review, ReviewJson.read(audit));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> ReviewJson.read(subject));
        assertEquals("/view", e.problems().get(0).pointer());
    }

    @Test
    void withheldSourceReadsBackEqualAndShowsNothing() {
        Evidence two = Evidence.of("sam", YEAR, Map.of("trust", new Ratings(List.of(
                new Rating("c1", "customer", Optional.of(d("4")), Optional.of("secret")), Rating.of("m1", "manager", d("3"))))));
        Review review = Scorer.of(anonymous()).score(two);
        for (View view : View.values()) {
            String json = ReviewJson.write(review, view);
            assertFalse(json.contains("c1") || json.contains("secret"), json);
        }
        assertEquals(review, ReviewJson.read(ReviewJson.write(review)));
    }

    static Rubric anonymous() {
        RatingMeasure trust = new RatingMeasure("trust", d("100"), ReferenceRubric.oneToFive(), List.of(
                new RatingSource("customer", d("60"), 1).withAnonymity(Anonymity.atLeast(3).withCommentsShown()),
                new RatingSource("manager", d("40"), 1)), Aggregation.MEAN);
        return new Rubric("anon", "1", YEAR, List.of(new Section("Relationship", d("100"), List.of(trust))),
                List.of(new Band("Meets", d("50")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT, 2);
    }

    static Evidence anonymousEvidence() {
        return Evidence.of("sam", YEAR, Map.of("trust", new Ratings(List.of(
                new Rating("c1", "customer", Optional.of(d("4")), Optional.of("b. great")),
                new Rating("c2", "customer", Optional.of(d("5")), Optional.empty()),
                new Rating("c3", "customer", Optional.of(d("3")), Optional.of("a. fine")),
                new Rating("m1", "manager", Optional.of(d("4")), Optional.of("manager's note"))))));
    }
}
