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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.blendscore.ledger.ChainHead;
import org.blendscore.ledger.ChainVerifier;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.Event;
import org.blendscore.ledger.Ledger;
import org.blendscore.ledger.Numbered;
import org.blendscore.ledger.Payloads;
import org.blendscore.ledger.References;
import org.blendscore.ledger.Verification;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The {@link Ledger} on a JDBC database: H2 (embedded, the default) or PostgreSQL. Opening it applies
 * the shipped {@link Migrations}. Every append is one transaction that locks the head rows of the
 * subjects it appends to ({@code SELECT ... FOR UPDATE}, in the order of subject ids so that two
 * batches never deadlock), checks what the events refer to, inserts the entries with their hashes and
 * moves the heads; the primary key on (subject, sequence number) backs the lock, and a transaction that
 * loses a race (two writers creating one subject's head row) is rolled back and run again.
 * Thread-safe: it holds only the data source.
 */
public final class JdbcLedger implements Ledger {

    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final Transactions transactions;

    private JdbcLedger(DataSource dataSource) {
        this.dataSource = dataSource;
        this.transactions = new Transactions(dataSource);
    }

    /**
     * A ledger on a database, its schema migrated first.
     *
     * @param dataSource the database (H2 or PostgreSQL), for example a connection pool
     * @return the ledger
     * @throws LedgerStorageException if the migrations fail
     */
    public static JdbcLedger open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Migrations.migrate(dataSource);
        return new JdbcLedger(dataSource);
    }

    /**
     * A ledger in an embedded H2 database file, created if missing.
     *
     * @param file the database file, without H2's {@code .mv.db} suffix
     * @return the ledger
     */
    public static JdbcLedger h2(Path file) {
        return open(h2DataSource("jdbc:h2:file:" + file.toAbsolutePath()));
    }

    /**
     * A ledger in a named in-memory H2 database, which lives as long as the JVM; two calls with one
     * name share the database.
     *
     * @param name the database's name
     * @return the ledger
     */
    public static JdbcLedger inMemory(String name) {
        return open(h2DataSource("jdbc:h2:mem:" + Objects.requireNonNull(name, "name") + ";DB_CLOSE_DELAY=-1"));
    }

    private static DataSource h2DataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url + ";LOCK_TIMEOUT=10000");
        return ds;
    }

    @Override
    public Entry append(Event event) {
        return appendAll(List.of(Objects.requireNonNull(event, "event"))).get(0);
    }

    @Override
    public List<Entry> appendAll(List<? extends Event> events) {
        List<Event> batch = List.copyOf(events);
        if (batch.isEmpty()) {
            return List.of();
        }
        return transactions.inTransaction("appending " + batch.size() + " entries", c -> append(c, batch));
    }

    private static List<Entry> append(Connection c, List<Event> batch) throws SQLException {
        Map<String, ChainHead> heads = new TreeMap<>();
        for (Event e : batch) {
            heads.put(e.subjectId(), null);
        }
        try (AppendStatements statements = new AppendStatements(c)) {
            // in the order of subject ids, so that two writers lock the head rows in the same order
            for (String subject : heads.keySet()) {
                heads.put(subject, statements.lockHead(subject));
            }
            Map<String, Map<Long, Entry>> appended = new HashMap<>();
            List<Entry> entries = new ArrayList<>(batch.size());
            for (Event event : batch) {
                String subject = event.subjectId();
                Map<Long, Entry> mine = appended.computeIfAbsent(subject, s -> new HashMap<>());
                References.check(event, seq -> read(subject, seq, mine, Entry::kind, statements::kind),
                        seq -> read(subject, seq, mine, e -> e, statements::entry).orElseThrow());
                ChainHead head = heads.get(subject);
                Entry entry = Entry.chain(subject, head.seq() + 1, event.kind(), Payloads.write(event), head.hash());
                statements.insert(entry);
                mine.put(entry.seq(), entry);
                heads.put(subject, new ChainHead(subject, entry.seq(), entry.hash()));
                entries.add(entry);
            }
            for (ChainHead head : heads.values()) {
                statements.updateHead(head);
            }
            statements.flush();
            return entries;
        }
    }

    /** A query of one entry of a subject. */
    private interface Query<T> {
        Optional<T> run(String subject, long seq) throws SQLException;
    }

    /** Something of an entry: of this batch's if it is one, else from the database. */
    private static <T> Optional<T> read(String subject, long seq, Map<Long, Entry> appended,
                                        java.util.function.Function<Entry, T> ofBatch, Query<T> query) {
        Entry inBatch = appended.get(seq);
        if (inBatch != null) {
            return Optional.of(ofBatch.apply(inBatch));
        }
        try {
            return query.run(subject, seq);
        } catch (SQLException e) {
            throw StorageMessages.failed("reading entry " + seq + " of subject " + subject, 1, e);
        }
    }

    @Override
    public List<Entry> entries(String subjectId) {
        Objects.requireNonNull(subjectId, "subjectId");
        return transactions.inTransaction("reading the entries of subject " + subjectId, c -> Rows.entries(c, subjectId));
    }

    @Override
    public List<Numbered<Event>> events(String subjectId) {
        List<Numbered<Event>> events = new ArrayList<>();
        for (Entry e : entries(subjectId)) {
            events.add(new Numbered<>(e.seq(), Payloads.read(e)));
        }
        return events;
    }

    @Override
    public Verification verify() {
        return transactions.inTransaction("verifying the ledger", c -> {
            ChainVerifier verifier = new ChainVerifier(Rows.heads(c));
            try (PreparedStatement s = c.prepareStatement("SELECT " + Rows.ENTRY_COLUMNS + " FROM ledger_entry ORDER BY subject_id, seq")) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        verifier.accept(Rows.entry(r));
                    }
                }
            }
            return verifier.finish();
        });
    }

    /**
     * The database this ledger is on.
     *
     * @return its data source
     */
    public DataSource dataSource() {
        return dataSource;
    }
}
