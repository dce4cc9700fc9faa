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

/** The ledger's SQL: the same statements on H2 and PostgreSQL. */
final class Rows {

    static final String ENTRY_COLUMNS = "subject_id, seq, kind, payload, previous_hash, hash";

    private Rows() {
    }

    /** Locks a subject's head row, creating it (at entry 0) if the subject has none yet. */
    static ChainHead lockHead(Connection c, String subjectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM ledger_head WHERE subject_id = ? FOR UPDATE")) {
            s.setString(1, subjectId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return new ChainHead(subjectId, r.getLong(1), r.getString(2));
                }
            }
        }
        // a concurrent writer may insert it first: the unique key fails one of us, and Transactions retries it
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_head (subject_id, seq, hash) VALUES (?, 0, ?)")) {
            s.setString(1, subjectId);
            s.setString(2, ChainHash.GENESIS);
            s.executeUpdate();
        }
        return new ChainHead(subjectId, 0, ChainHash.GENESIS);
    }

    static void updateHead(Connection c, ChainHead head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE ledger_head SET seq = ?, hash = ? WHERE subject_id = ?")) {
            s.setLong(1, head.seq());
            s.setString(2, head.hash());
            s.setString(3, head.subjectId());
            if (s.executeUpdate() != 1) {
                throw StorageMessages.headVanished(head.subjectId());
            }
        }
    }

    static PreparedStatement insertStatement(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
    }

    static void insert(PreparedStatement s, Entry e) throws SQLException {
        s.setString(1, e.subjectId());
        s.setLong(2, e.seq());
        s.setString(3, e.kind().name());
        s.setString(4, e.payload());
        s.setString(5, e.previousHash());
        s.setString(6, e.hash());
        s.executeUpdate();
    }

    static Optional<EntryKind> kind(Connection c, String subjectId, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kind FROM ledger_entry WHERE subject_id = ? AND seq = ?")) {
            s.setString(1, subjectId);
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(EntryKind.valueOf(r.getString(1))) : Optional.empty();
            }
        }
    }

    static Optional<Entry> entry(Connection c, String subjectId, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE subject_id = ? AND seq = ?")) {
            s.setString(1, subjectId);
            s.setLong(2, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(entry(r)) : Optional.empty();
            }
        }
    }

    static List<Entry> entries(Connection c, String subjectId) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE subject_id = ? ORDER BY seq")) {
            s.setString(1, subjectId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(entry(r));
                }
            }
        }
        return entries;
    }

    static List<ChainHead> heads(Connection c) throws SQLException {
        List<ChainHead> heads = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject_id, seq, hash FROM ledger_head");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                heads.add(new ChainHead(r.getString(1), r.getLong(2), r.getString(3)));
            }
        }
        return heads;
    }

    static Entry entry(ResultSet r) throws SQLException {
        return new Entry(r.getString(1), r.getLong(2), EntryKind.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getString(6));
    }
}
