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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.ledger.ChainHash;
import org.blendscore.ledger.ChainHead;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.EntryKind;

/**
 * The statements of one append, each prepared once and used for every entry of the batch: the head
 * rows are locked one by one (in the order the caller gives, so that two writers lock in the same
 * order), while the entries and the moved heads are sent to the database in two JDBC batches at the
 * end ({@link #flush}). An append of n entries over s subjects thus prepares five statements, not
 * 2s + 2n of them.
 */
final class AppendStatements implements AutoCloseable {

    private final List<PreparedStatement> opened = new ArrayList<>(5);
    private final PreparedStatement lockHead;
    private final PreparedStatement insertHead;
    private final PreparedStatement kind;
    private final PreparedStatement entry;
    private final PreparedStatement insert;
    private PreparedStatement updateHead;
    private final List<String> updatedHeads = new ArrayList<>();
    private int inserts;

    AppendStatements(Connection c) throws SQLException {
        try {
            lockHead = prepare(c, "SELECT seq, hash FROM ledger_head WHERE subject_id = ? FOR UPDATE");
            insertHead = prepare(c, "INSERT INTO ledger_head (subject_id, seq, hash) VALUES (?, 0, ?)");
            kind = prepare(c, "SELECT kind FROM ledger_entry WHERE subject_id = ? AND seq = ?");
            entry = prepare(c, "SELECT " + Rows.ENTRY_COLUMNS + " FROM ledger_entry WHERE subject_id = ? AND seq = ?");
            insert = prepare(c, "INSERT INTO ledger_entry (" + Rows.ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
            updateHead = prepare(c, "UPDATE ledger_head SET seq = ?, hash = ? WHERE subject_id = ?");
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        opened.add(s);
        return s;
    }

    /** Locks a subject's head row, creating it (at entry 0) if the subject has none yet. */
    ChainHead lockHead(String subjectId) throws SQLException {
        lockHead.setString(1, subjectId);
        try (ResultSet r = lockHead.executeQuery()) {
            if (r.next()) {
                return new ChainHead(subjectId, r.getLong(1), r.getString(2));
            }
        }
        // a concurrent writer may insert it first: the unique key fails one of us, and Transactions retries it
        insertHead.setString(1, subjectId);
        insertHead.setString(2, ChainHash.GENESIS);
        insertHead.executeUpdate();
        return new ChainHead(subjectId, 0, ChainHash.GENESIS);
    }

    /** The kind of a stored entry, if there is one. */
    Optional<EntryKind> kind(String subjectId, long seq) throws SQLException {
        kind.setString(1, subjectId);
        kind.setLong(2, seq);
        try (ResultSet r = kind.executeQuery()) {
            return r.next() ? Optional.of(EntryKind.valueOf(r.getString(1))) : Optional.empty();
        }
    }

    /** A stored entry, if there is one. */
    Optional<Entry> entry(String subjectId, long seq) throws SQLException {
        entry.setString(1, subjectId);
        entry.setLong(2, seq);
        try (ResultSet r = entry.executeQuery()) {
            return r.next() ? Optional.of(Rows.entry(r)) : Optional.empty();
        }
    }

    /** Adds an entry to the batch of inserts. */
    void insert(Entry e) throws SQLException {
        insert.setString(1, e.subjectId());
        insert.setLong(2, e.seq());
        insert.setString(3, e.kind().name());
        insert.setString(4, e.payload());
        insert.setString(5, e.previousHash());
        insert.setString(6, e.hash());
        insert.addBatch();
        inserts++;
    }

    /** Adds a subject's new head to the batch of head updates. */
    void updateHead(ChainHead head) throws SQLException {
        updateHead.setLong(1, head.seq());
        updateHead.setString(2, head.hash());
        updateHead.setString(3, head.subjectId());
        updateHead.addBatch();
        updatedHeads.add(head.subjectId());
    }

    /**
     * Sends the inserts, then the head updates, and checks that every head row was there to update.
     *
     * @throws SQLException as the database reports it; a head row that vanished is a serialization
     *         failure, which {@link Transactions} retries
     */
    void flush() throws SQLException {
        if (inserts > 0) {
            insert.executeBatch();
        }
        if (updatedHeads.isEmpty()) {
            return;
        }
        int[] counts = updateHead.executeBatch();
        for (int i = 0; i < counts.length; i++) {
            // SUCCESS_NO_INFO (-2) is a driver that does not count; the lock taken before makes it one row
            if (counts[i] == 0) {
                throw StorageMessages.headVanished(updatedHeads.get(i));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : opened) {
            try {
                s.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
