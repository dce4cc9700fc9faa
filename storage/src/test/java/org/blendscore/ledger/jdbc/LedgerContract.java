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
package org.blendscore.ledger.jdbc;

import static org.blendscore.ledger.Fixtures.computed;
import static org.blendscore.ledger.Fixtures.jan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.blendscore.ledger.Adjustment;
import org.blendscore.ledger.Change;
import org.blendscore.ledger.CurrentReview;
import org.blendscore.ledger.Dispute;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.Event;
import org.blendscore.ledger.InvalidLedgerEntryException;
import org.blendscore.ledger.Resolution;
import org.blendscore.ledger.Verification;
import org.junit.jupiter.api.Test;

/** What the JDBC ledger must do, on every database it supports. */
abstract class LedgerContract extends DatabaseTest {

    @Test
    void anAdjustmentAddsAnEntryAndTheCurrentReviewShowsBoth() {
        Entry review = ledger.append(computed("ana"));
        assertEquals(1, review.seq());
        Entry adjustment = ledger.append(bandToMeets("ana", 1));
        ledger.append(new Adjustment("ana", 1, Change.points("trust", new BigDecimal("90")), "renewal feedback", "rita", "omar", jan(20)));
        ledger.append(new Dispute("ana", 1, "ana", "my trust rating ignores the Nordwind renewal", jan(21)));
        assertEquals(2, adjustment.seq());
        assertEquals(adjustment.previousHash(), review.hash());

        CurrentReview current = ledger.current("ana");
        assertEquals(computed("ana").review(), current.computed(), "the computed review is as it was appended");
        assertEquals(Optional.of("Exceeds"), current.computed().band());
        assertEquals(Optional.of("Meets"), current.band());
        assertEquals(Optional.of(new BigDecimal("75.00")), current.computed().measure("trust").flatMap(m -> m.points()));
        assertEquals(Optional.of(new BigDecimal("90")), current.points("trust"));
        assertTrue(current.disputes().get(0).open());
        assertEquals(String.join("\n",
                "ana, review 1 (account-executive 2026.1, 2026-01-01..2026-12-31)",
                "  overall 92.00 (computed)",
                "  band Exceeds computed, Meets adjusted",
                "  adjustment 2: band Meets by rita, approved by omar at 2027-01-20T12:00:00Z: the Q4 deal with Nordwind slipped by a day",
                "  adjustment 3: trust 75.00 -> 90 by rita, approved by omar at 2027-01-20T12:00:00Z: renewal feedback",
                "  dispute 4 by ana at 2027-01-21T12:00:00Z: my trust rating ignores the Nordwind renewal; open", ""), current.explain());

        ledger.append(new Resolution("ana", 4, Resolution.Outcome.UPHELD, "omar", "adjusted in entry 3", jan(22)));
        assertFalse(ledger.current("ana", 1).disputes().get(0).open());
        assertTrue(ledger.verify().intact());
    }

    @Test
    void anAdjustmentOfAReviewThatDoesNotExistIsRefusedAndNothingIsAppended() {
        ledger.append(computed("ana"));
        InvalidLedgerEntryException e = assertThrows(InvalidLedgerEntryException.class, () -> ledger.append(bandToMeets("ana", 7)));
        assertEquals("the adjustment of ana's review 7 refers to review entry 7 of subject ana, which does not exist", e.getMessage());
        assertEquals("the adjustment of ben's review 1 refers to review entry 1 of subject ben, which does not exist",
                assertThrows(InvalidLedgerEntryException.class, () -> ledger.append(bandToMeets("ben", 1))).getMessage());
        ledger.append(new Dispute("ana", 1, "ana", "quota", jan(21)));
        assertEquals("the adjustment of ana's review 2 refers to entry 2 of subject ana, which is a DISPUTE entry, not a REVIEW entry",
                assertThrows(InvalidLedgerEntryException.class, () -> ledger.append(bandToMeets("ana", 2))).getMessage());
        assertEquals("the adjustment of ana's review 1 changes the points of measure nps, which the review does not have",
                assertThrows(InvalidLedgerEntryException.class, () -> ledger.append(new Adjustment("ana", 1,
                        Change.points("nps", BigDecimal.TEN), "r", "rita", "omar", jan(20)))).getMessage());
        assertEquals("the resolution of ana's dispute 1 refers to entry 1 of subject ana, which is a REVIEW entry, not a DISPUTE entry",
                assertThrows(InvalidLedgerEntryException.class, () -> ledger.append(new Resolution("ana", 1,
                        Resolution.Outcome.UPHELD, "omar", "r", jan(22)))).getMessage());
        assertEquals(2, ledger.entries("ana").size());
        assertTrue(ledger.entries("ben").isEmpty());
        assertTrue(ledger.verify().intact(), () -> ledger.verify().toString());
        assertEquals("subject ben has no computed review in the ledger",
                assertThrows(InvalidLedgerEntryException.class, () -> ledger.current("ben")).getMessage());
    }

    @Test
    void aBatchMayReferToItsOwnEntries() {
        List<Entry> entries = ledger.appendAll(List.of(computed("ana"), bandToMeets("ana", 1), computed("ben"), bandToMeets("ben", 1)));
        assertEquals(List.of(1L, 2L, 1L, 2L), entries.stream().map(Entry::seq).toList());
        assertEquals(Optional.of("Meets"), ledger.current("ben").band());
    }

    @Test
    void aBatchThatFailsMidwayLeavesNothing() {
        ledger.append(computed("ana"));
        List<Event> batch = List.of(bandToMeets("ana", 1), computed("ben"), new Dispute("ben", 1, "ben", "quota", jan(21)),
                computed("cara"), bandToMeets("cara", 1));
        JdbcLedger failing = JdbcLedger.open(Databases.failingOnInsert(db, 3));
        LedgerStorageException e = assertThrows(LedgerStorageException.class, () -> failing.appendAll(batch));
        assertTrue(e.getMessage().startsWith("appending 5 entries failed and was rolled back: injected failure at insert 3"), e.getMessage());
        assertEquals(1, ledger.entries("ana").size());
        assertTrue(ledger.entries("ben").isEmpty());
        assertTrue(ledger.entries("cara").isEmpty());
        assertEquals(new Verification(1, 1, List.of()), ledger.verify(), "no head row of ben or cara stays either");

        assertThrows(InvalidLedgerEntryException.class, () -> ledger.appendAll(List.of(computed("ben"), bandToMeets("ana", 9), computed("cara"))));
        assertEquals(new Verification(1, 1, List.of()), ledger.verify());

        assertEquals(5, ledger.appendAll(batch).size(), "the same batch goes through on a sound connection");
        assertTrue(ledger.verify().intact());
    }

    @Test
    void twoWritersAppendingToOneChainAtOnceDoNotForkIt() throws Exception {
        JdbcLedger other = JdbcLedger.open(db);
        int threads = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                JdbcLedger writer = t % 2 == 0 ? ledger : other;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        // the first appends race to create the chain's head row too
                        seqs.add(writer.append(computed("race")).seq());
                    }
                    return seqs;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            all.sort(null);
            assertEquals(LongStream.rangeClosed(1, threads * each).boxed().toList(), all, "every append got its own number");
        } finally {
            pool.shutdownNow();
        }
        List<Entry> chain = ledger.entries("race");
        assertEquals(threads * each, chain.size());
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(chain.get(i - 1).hash(), chain.get(i).previousHash(), "entry " + chain.get(i).seq());
        }
        assertEquals(new Verification(1, threads * each, List.of()), ledger.verify());
    }
}
