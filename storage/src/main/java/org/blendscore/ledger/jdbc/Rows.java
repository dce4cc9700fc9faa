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

import org.blendscore.ledger.ChainHead;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.EntryKind;

/** The ledger's reading SQL, the same on H2 and PostgreSQL ({@link AppendStatements} has the appending SQL). */
final class Rows {

    static final String ENTRY_COLUMNS = "subject_id, seq, kind, payload, previous_hash, hash";

    private Rows() {
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
