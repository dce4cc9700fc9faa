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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.blendscore.ledger.ChainHash;
import org.blendscore.ledger.ChainProblem;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.EntryKind;
import org.blendscore.ledger.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of tampering with the stored rows, done with plain SQL behind the ledger's back, and
 * {@code verify()} naming the subject, the entry and what is wrong. ana's chain: review 1, adjustment 2,
 * dispute 3, resolution 4; ben's: review 1, dispute 2.
 */
abstract class TamperContract extends DatabaseTest {

    @BeforeEach
    void chains() {
        twoChains();
        assertEquals(new Verification(2, 6, List.of()), ledger.verify());
    }

    private void sql(String statement) {
        assertTrue(Databases.execute(db, statement) > 0, statement);
    }

    private List<String> problems() {
        Verification v = ledger.verify();
        return v.problems().stream().map(p -> p.subjectId() + " " + p.seq() + " " + p.kind()).toList();
    }

    private Entry entry(String subject, long seq) {
        return ledger.entries(subject).stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
    }

    @Test
    void anEditedPayloadIsNamed() {
        sql("UPDATE ledger_entry SET payload = REPLACE(payload, 'omar', 'olga') WHERE subject_id = 'ana' AND seq = 2");
        assertEquals(List.of("ana 2 ALTERED"), problems());
        ChainProblem p = ledger.verify().problems().get(0);
        assertEquals("subject ana, entry 2: ALTERED: its content does not match its stored hash (the entry or its hash was edited, "
                + "or it was moved here from another place)", p.toString());
    }

    @Test
    void anEditedKindIsNamed() {
        sql("UPDATE ledger_entry SET kind = 'RESOLUTION' WHERE subject_id = 'ben' AND seq = 2");
        assertEquals(List.of("ben 2 ALTERED"), problems());
    }

    @Test
    void anEditedHashIsNamed() {
        sql("UPDATE ledger_entry SET hash = '" + "f".repeat(64) + "' WHERE subject_id = 'ana' AND seq = 2");
        assertEquals(List.of("ana 2 ALTERED", "ana 3 UNLINKED"), problems());
    }

    @Test
    void anEditOfTheLastEntryIsNamedToo() {
        sql("UPDATE ledger_entry SET payload = REPLACE(payload, 'quota', 'quotas') WHERE subject_id = 'ben' AND seq = 2");
        assertEquals(List.of("ben 2 ALTERED"), problems());
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() {
        Entry two = entry("ana", 2);
        String payload = two.payload().replace("omar", "olga");
        String hash = ChainHash.of(two.previousHash(), "ana", 2, EntryKind.ADJUSTMENT, payload);
        sql("UPDATE ledger_entry SET payload = '" + payload.replace("'", "''") + "', hash = '" + hash + "' WHERE subject_id = 'ana' AND seq = 2");
        assertEquals(List.of("ana 3 UNLINKED"), problems());
    }

    @Test
    void anEntryDeletedFromTheMiddleIsNamed() {
        sql("DELETE FROM ledger_entry WHERE subject_id = 'ana' AND seq = 2");
        assertEquals(List.of("ana 2 MISSING", "ana 3 UNLINKED"), problems());
        assertEquals("subject ana, entry 2: MISSING: entry 2 is missing (deleted)", ledger.verify().problems().get(0).toString());
    }

    @Test
    void theFirstEntryDeletedIsNamed() {
        sql("DELETE FROM ledger_entry WHERE subject_id = 'ana' AND seq = 1");
        assertEquals(List.of("ana 1 MISSING", "ana 2 UNLINKED"), problems());
    }

    @Test
    void entriesDeletedFromTheEndAreFoundThroughTheHead() {
        sql("DELETE FROM ledger_entry WHERE subject_id = 'ana' AND seq >= 3");
        assertEquals(List.of("ana 3 TRUNCATED"), problems());
        assertEquals("subject ana, entry 3: TRUNCATED: the chain ends at entry 2 but its head says entry 4: entries 3 to 4 were deleted",
                ledger.verify().problems().get(0).toString());
    }

    @Test
    void aWholeChainDeletedIsNamed() {
        sql("DELETE FROM ledger_entry WHERE subject_id = 'ben'");
        assertEquals(List.of("ben 1 TRUNCATED"), problems());
    }

    @Test
    void anEntryAppendedOutsideTheLedgerIsNamed() {
        Entry four = entry("ana", 4);
        Entry five = Entry.chain("ana", 5, EntryKind.DISPUTE, "{\"at\":\"2027-01-30T00:00:00Z\"}", four.hash());
        sql("INSERT INTO ledger_entry (" + Rows.ENTRY_COLUMNS + ") VALUES ('ana', 5, 'DISPUTE', '" + five.payload() + "', '"
                + five.previousHash() + "', '" + five.hash() + "')");
        assertEquals(List.of("ana 5 UNEXPECTED"), problems());
    }

    @Test
    void anEntryInsertedInTheMiddleIsNamed() {
        sql("UPDATE ledger_entry SET seq = seq + 10 WHERE subject_id = 'ana' AND seq >= 3");
        sql("UPDATE ledger_entry SET seq = seq - 9 WHERE subject_id = 'ana' AND seq >= 13");
        Entry two = entry("ana", 2);
        Entry inserted = Entry.chain("ana", 3, EntryKind.DISPUTE, "{\"at\":\"2027-01-20T13:00:00Z\"}", two.hash());
        sql("INSERT INTO ledger_entry (" + Rows.ENTRY_COLUMNS + ") VALUES ('ana', 3, 'DISPUTE', '" + inserted.payload() + "', '"
                + inserted.previousHash() + "', '" + inserted.hash() + "')");
        assertEquals(List.of("ana 4 ALTERED", "ana 4 UNLINKED", "ana 5 ALTERED", "ana 5 UNEXPECTED"), problems());
    }

    @Test
    void reorderedEntriesAreNamed() {
        sql("UPDATE ledger_entry SET seq = 99 WHERE subject_id = 'ana' AND seq = 2");
        sql("UPDATE ledger_entry SET seq = 2 WHERE subject_id = 'ana' AND seq = 3");
        sql("UPDATE ledger_entry SET seq = 3 WHERE subject_id = 'ana' AND seq = 99");
        assertEquals(List.of("ana 2 ALTERED", "ana 2 UNLINKED", "ana 3 ALTERED", "ana 3 UNLINKED", "ana 4 UNLINKED"), problems());
    }

    @Test
    void entriesSwappedBetweenSubjectsAreNamed() {
        sql("UPDATE ledger_entry SET subject_id = 'tmp' WHERE subject_id = 'ana' AND seq = 2");
        sql("UPDATE ledger_entry SET subject_id = 'ana' WHERE subject_id = 'ben' AND seq = 2");
        sql("UPDATE ledger_entry SET subject_id = 'ben' WHERE subject_id = 'tmp' AND seq = 2");
        assertEquals(List.of("ana 2 ALTERED", "ana 2 UNLINKED", "ana 3 UNLINKED", "ben 2 ALTERED", "ben 2 UNLINKED", "ben 2 HEAD_MISMATCH"),
                problems());
    }

    @Test
    void anEditedHeadIsNamed() {
        sql("UPDATE ledger_head SET hash = '" + "0".repeat(64) + "' WHERE subject_id = 'ben'");
        assertEquals(List.of("ben 2 HEAD_MISMATCH"), problems());
        sql("DELETE FROM ledger_head WHERE subject_id = 'ana'");
        assertEquals(List.of("ana 4 HEAD_MISMATCH", "ben 2 HEAD_MISMATCH"), problems());
    }
}
