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
package org.blendscore.ledger;

import static org.blendscore.ledger.Fixtures.jan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Events refuse a missing part by name, before anything is stored. */
class EventsTest {

    @Test
    void anAdjustmentWithoutReasonIsRefusedByName() {
        InvalidLedgerEntryException e = assertThrows(InvalidLedgerEntryException.class,
                () -> new Adjustment("ana", 1, Change.band("Meets"), " ", "rita", "omar", jan(20)));
        assertEquals("the adjustment of ana's review 1 has no reason; it is required", e.getMessage());
    }

    @Test
    void anAdjustmentWithoutApproverIsRefusedByName() {
        InvalidLedgerEntryException e = assertThrows(InvalidLedgerEntryException.class,
                () -> new Adjustment("ana", 1, Change.band("Meets"), "late deal", "rita", null, jan(20)));
        assertEquals("the adjustment of ana's review 1 has no approver; it is required", e.getMessage());
    }

    @Test
    void anAdjustmentWithoutReviewerOrTimestampIsRefusedByName() {
        assertEquals("the adjustment of ana's review 1 has no reviewer; it is required", assertThrows(InvalidLedgerEntryException.class,
                () -> new Adjustment("ana", 1, Change.band("Meets"), "late deal", "", "omar", jan(20))).getMessage());
        assertEquals("the adjustment of ana's review 1 has no at; it is required", assertThrows(InvalidLedgerEntryException.class,
                () -> new Adjustment("ana", 1, Change.band("Meets"), "late deal", "rita", "omar", null)).getMessage());
    }

    @Test
    void anAdjustmentOfReviewZeroIsRefused() {
        assertEquals("the adjustment of ana's review 0: reviewSeq must be a sequence number of 1 or more, found 0",
                assertThrows(InvalidLedgerEntryException.class,
                        () -> new Adjustment("ana", 0, Change.band("Meets"), "late deal", "rita", "omar", jan(20))).getMessage());
    }

    @Test
    void negativePointsAreRefused() {
        assertEquals("a points change of measure trust needs points of 0 or more, found -1",
                assertThrows(InvalidLedgerEntryException.class, () -> Change.points("trust", new BigDecimal("-1"))).getMessage());
    }

    @Test
    void aDisputeAndAResolutionNeedTheirParts() {
        assertEquals("the dispute of ana's review 1 has no reason; it is required", assertThrows(InvalidLedgerEntryException.class,
                () -> new Dispute("ana", 1, "ana", null, jan(21))).getMessage());
        assertEquals("the resolution of ana's dispute 3 has no resolvedBy; it is required", assertThrows(InvalidLedgerEntryException.class,
                () -> new Resolution("ana", 3, Resolution.Outcome.UPHELD, " ", "fair", jan(22))).getMessage());
    }

    @Test
    void payloadsReadBackAsTheEvents() {
        for (Event e : new Event[] {Fixtures.computed("ana"),
                new Adjustment("ana", 1, Change.points("trust", new BigDecimal("80.50")), "r", "rita", "omar", jan(20)),
                new Adjustment("ana", 1, Change.band("Meets"), "r", "rita", "omar", jan(20)),
                new Dispute("ana", 1, "ana", "my Q4 deal", jan(21)),
                new Resolution("ana", 4, Resolution.Outcome.REJECTED, "omar", "booked in 2027", jan(22))}) {
            Entry entry = Entry.chain("ana", 1, e.kind(), Payloads.write(e), ChainHash.GENESIS);
            assertEquals(e, Payloads.read(entry));
        }
    }

    @Test
    void theHashCoversEveryField() {
        String h = ChainHash.of(ChainHash.GENESIS, "ana", 1, EntryKind.DISPUTE, "{}");
        assertEquals(64, h.length());
        assertEquals(h, ChainHash.of(ChainHash.GENESIS, "ana", 1, EntryKind.DISPUTE, "{}"));
        for (String other : new String[] {ChainHash.of("1".repeat(64), "ana", 1, EntryKind.DISPUTE, "{}"),
                ChainHash.of(ChainHash.GENESIS, "ann", 1, EntryKind.DISPUTE, "{}"),
                ChainHash.of(ChainHash.GENESIS, "ana", 2, EntryKind.DISPUTE, "{}"),
                ChainHash.of(ChainHash.GENESIS, "ana", 1, EntryKind.RESOLUTION, "{}"),
                ChainHash.of(ChainHash.GENESIS, "ana", 1, EntryKind.DISPUTE, "{ }"),
                ChainHash.of(ChainHash.GENESIS, "an", 1, EntryKind.DISPUTE, "a{}")}) {
            org.junit.jupiter.api.Assertions.assertNotEquals(h, other);
        }
    }
}
