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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.review.Reason;
import org.blendscore.review.Review;
import org.blendscore.review.SectionResult;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * A review is a plain value, made by a scorer that reuses its workspaces from review to review. These
 * tests pin down what that must never show: a review reads the same whenever, wherever and by however
 * many threads it is read, while the scorer that made it goes on scoring with the same reused
 * workspace; its lists behave as the unmodifiable lists a record's components are; and it keeps
 * nothing of the evidence or of the scorer reachable.
 */
class ReviewValueTest {

    /** Everything a review shows, read once: the records, the reasons and the rendered text. */
    private record Shown(List<SectionResult> sections, List<Reason> reasons, String explained) {
        static Shown of(Review r) {
            return new Shown(List.copyOf(r.sections()), List.copyOf(r.reasons()), r.explain());
        }
    }

    @Test
    void reviewsReadLaterShowWhatAFreshScorerShowsThoughTheirScorerWentOnScoring() {
        qt().withExamples(150).forAll(RandomRubrics.batches(12)).checkAssert(batch -> {
            Rubric rubric = batch.getKey();
            Scorer scorer = Scorer.of(rubric);
            // score the whole batch first, reading nothing: every review is made with the same reused workspace
            List<Review> unread = batch.getValue().stream().map(scorer::score).toList();
            for (int i = 0; i < unread.size(); i++) {
                Review fresh = Scorer.of(rubric).score(batch.getValue().get(i));
                assertEquals(Shown.of(fresh), Shown.of(unread.get(i)), "record " + i);
                assertEquals(fresh, unread.get(i));
            }
        });
    }

    @Test
    void eightThreadsReadingFreshReviewsAtOnceAllSeeTheSameRecords() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            qt().withExamples(40).forAll(RandomRubrics.batches(16)).checkAssert(batch -> {
                Scorer scorer = Scorer.of(batch.getKey());
                List<Review> unread = batch.getValue().stream().map(scorer::score).toList();
                List<Shown> expected = batch.getValue().stream().map(e -> Shown.of(Scorer.of(batch.getKey()).score(e))).toList();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<Shown>>> readers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    readers.add(pool.submit(() -> {
                        start.await();
                        return unread.stream().map(Shown::of).toList();
                    }));
                }
                start.countDown();
                for (Future<List<Shown>> reader : readers) {
                    try {
                        assertEquals(expected, reader.get(30, TimeUnit.SECONDS));
                    } catch (Exception ex) {
                        throw new AssertionError("concurrent first reads failed", ex);
                    }
                }
            });
        } finally {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRejectedRecordBetweenTwoReviewsLeavesBothAsAFreshScorerMakesThem() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        Review ana = scorer.score(ReferenceRubric.ana());
        Evidence ben = ReferenceRubric.ben();
        Map<String, MeasureEvidence> measures = new HashMap<>(ben.measures());
        measures.put("new-arr", new QuotaActual(new BigDecimal("-1")));
        Evidence bad = Evidence.of(ben.subjectId(), ben.period(), measures);
        assertThrows(InvalidEvidenceException.class, () -> scorer.score(bad));
        Review cara = scorer.score(ReferenceRubric.cara());
        assertEquals(Shown.of(Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.ana())), Shown.of(ana));
        assertEquals(Shown.of(Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.cara())), Shown.of(cara));
    }

    @Test
    void theListsAreUnmodifiableStableAndEqualToPlainCopies() {
        Review r = Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.ben());
        List<SectionResult> sections = r.sections();
        assertSame(sections, r.sections());
        assertThrows(UnsupportedOperationException.class, () -> sections.add(sections.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> sections.set(0, sections.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> sections.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> r.reasons().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.sections().get(0).measures().clear());
        assertThrows(IndexOutOfBoundsException.class, () -> sections.get(sections.size()));
        // mutators that would change nothing throw too, as they do on List.copyOf's lists
        List<Reason> none = Scorer.of(ReferenceRubric.rubric()).score(ReferenceRubric.ana()).reasons();
        List<Reason> reasons = r.reasons();
        assertThrows(UnsupportedOperationException.class, () -> sections.removeIf(s -> false));
        assertThrows(UnsupportedOperationException.class, () -> sections.retainAll(List.copyOf(sections)));
        assertThrows(UnsupportedOperationException.class, () -> sections.addAll(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> reasons.sort(null));
        assertThrows(UnsupportedOperationException.class, () -> sections.iterator().remove());
        assertThrows(NullPointerException.class, () -> sections.contains(null));
        assertThrows(UnsupportedOperationException.class, none::clear);
        assertThrows(UnsupportedOperationException.class, () -> none.subList(0, 0).clear());
        assertEquals(List.copyOf(sections), sections);
        assertEquals(List.copyOf(sections).hashCode(), sections.hashCode());
        Review copied = new Review(r.subjectId(), r.period(), r.overall(), r.band(), r.bandBeforeGuards(),
                new ArrayList<>(r.sections()), new ArrayList<>(r.reasons()), r.warnings(), r.provenance(), r.interimAsOf(), r.coverage());
        assertEquals(copied, r);
        assertEquals(r, copied);
        assertEquals(copied.hashCode(), r.hashCode());
        assertEquals(copied.toString(), r.toString());
        assertEquals(Map.of(r, 1), Map.of(copied, 1));
    }

    @Test
    void aReviewKeepsNeitherItsEvidenceNorItsScorerReachable() {
        Scorer scorer = Scorer.of(ReferenceRubric.rubric());
        for (Evidence e : List.of(ReferenceRubric.ana(), ReferenceRubric.ben(), ReferenceRubric.cara(), ReferenceRubric.eve())) {
            Review r = scorer.score(e);
            List<Object> reached = Reachable.from(r);
            for (Object o : reached) {
                assertFalse(o instanceof Evidence || o instanceof MeasureEvidence || o instanceof Scorer
                        || o instanceof ScoringRun || o instanceof ReviewAssembly || o instanceof Rubric,
                        () -> "review of " + e.subjectId() + " keeps a " + o.getClass().getName() + " reachable");
            }
            assertTrue(reached.size() > 20, "the walk reached the review's records: " + reached.size());
        }
        // the walk reads private fields: from the scorer, it finds the rubric
        assertTrue(Reachable.from(scorer).stream().anyMatch(o -> o instanceof Rubric));
    }
}
