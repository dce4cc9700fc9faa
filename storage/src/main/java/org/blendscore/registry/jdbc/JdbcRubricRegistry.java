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
package org.blendscore.registry.jdbc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.blendscore.ledger.jdbc.LedgerStorageException;
import org.blendscore.ledger.jdbc.Migrations;
import org.blendscore.ledger.jdbc.Transactions;
import org.blendscore.registry.EffectivePeriod;
import org.blendscore.registry.Periods;
import org.blendscore.registry.Periods.Slot;
import org.blendscore.registry.RegisteredRubric;
import org.blendscore.registry.RegistryMessages;
import org.blendscore.registry.Revision;
import org.blendscore.registry.RevisionCheck;
import org.blendscore.registry.RubricRegistry;
import org.blendscore.rubric.Rubric;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The {@link RubricRegistry} on a JDBC database: H2 (embedded, the default) or PostgreSQL, in the same
 * schema as the review ledger (opening it applies the shipped {@link Migrations}, {@code V2__registry}
 * among them). Rubrics are stored as their {@code blendscore.rubric/1} documents.
 *
 * <p>Registering is one transaction: it creates the row of the rubric id and role if it is missing,
 * locks it ({@code SELECT ... FOR UPDATE}), reads the family's periods, checks the new one overlaps
 * none, runs the {@link RevisionCheck} and inserts. Two writers registering in one family are thus
 * serialised; one that loses the race to create the family row is rolled back and runs again, and
 * then sees the other's period. Thread-safe: it holds only the data source and the check.
 */
public final class JdbcRubricRegistry implements RubricRegistry {

    private final Transactions transactions;
    private final RevisionCheck revisionCheck;

    private JdbcRubricRegistry(DataSource dataSource, RevisionCheck revisionCheck) {
        this.transactions = new Transactions(dataSource);
        this.revisionCheck = revisionCheck;
    }

    /**
     * A registry on a database that accepts every revision ({@link RevisionCheck#NONE}), its schema
     * migrated first.
     *
     * @param dataSource the database (H2 or PostgreSQL)
     * @return the registry
     * @throws LedgerStorageException if the migrations fail
     */
    public static JdbcRubricRegistry open(DataSource dataSource) {
        return open(dataSource, RevisionCheck.NONE);
    }

    /**
     * A registry on a database whose registrations must pass a revision check (a rubric family's
     * revision rules), its schema migrated first.
     *
     * @param dataSource the database (H2 or PostgreSQL)
     * @param revisionCheck run on every registration, inside its transaction
     * @return the registry
     * @throws LedgerStorageException if the migrations fail
     */
    public static JdbcRubricRegistry open(DataSource dataSource, RevisionCheck revisionCheck) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(revisionCheck, "revisionCheck");
        Migrations.migrate(dataSource);
        return new JdbcRubricRegistry(dataSource, revisionCheck);
    }

    /**
     * A registry in an embedded H2 database file, created if missing.
     *
     * @param file the database file, without H2's {@code .mv.db} suffix
     * @return the registry
     */
    public static JdbcRubricRegistry h2(Path file) {
        return open(h2DataSource("jdbc:h2:file:" + file.toAbsolutePath()));
    }

    /**
     * A registry in a named in-memory H2 database, which lives as long as the JVM; two calls with one
     * name share the database.
     *
     * @param name the database's name
     * @return the registry
     */
    public static JdbcRubricRegistry inMemory(String name) {
        return open(h2DataSource("jdbc:h2:mem:" + Objects.requireNonNull(name, "name") + ";DB_CLOSE_DELAY=-1"));
    }

    private static DataSource h2DataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url + ";LOCK_TIMEOUT=10000");
        return ds;
    }

    @Override
    public RegisteredRubric register(Rubric rubric, String role, EffectivePeriod period, Revision revision) {
        RegisteredRubric proposed = new RegisteredRubric(rubric, role, period, revision);
        return transactions.inTransaction("registering " + proposed, c -> {
            RegistryRows.ensureFamily(c, proposed.id(), role);
            RegistryRows.lockFamily(c, proposed.id(), role);
            List<Slot> same = RegistryRows.slots(c, "rubric_id = ? AND version = ?", proposed.id(), proposed.version());
            if (!same.isEmpty()) {
                throw RegistryMessages.duplicate(proposed, same.get(0).role() + " " + same.get(0).period());
            }
            Optional<Slot> previous = Periods.checkFree(proposed,
                    RegistryRows.slots(c, "rubric_id = ? AND role = ?", proposed.id(), role));
            Optional<RegisteredRubric> revised = Optional.empty();
            if (previous.isPresent()) {
                revised = RegistryRows.read(c, previous.get().id(), previous.get().version());
            }
            revisionCheck.check(revised, proposed);
            RegistryRows.insert(c, proposed);
            return proposed;
        });
    }

    @Override
    public RegisteredRubric inForce(String role, LocalDate date) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(date, "date");
        return transactions.inTransaction("looking up the rubric for role " + role + " on " + date, c -> {
            Slot slot = Periods.inForce(role, date, RegistryRows.slots(c, "role = ?", role));
            return RegistryRows.read(c, slot.id(), slot.version()).orElseThrow();
        });
    }

    @Override
    public RegisteredRubric get(String id, String version) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        return transactions.inTransaction("reading rubric " + id + " version " + version, c -> {
            Optional<RegisteredRubric> found = RegistryRows.read(c, id, version);
            if (found.isPresent()) {
                return found.get();
            }
            List<Slot> ofId = RegistryRows.slots(c, "rubric_id = ?", id);
            if (ofId.isEmpty()) {
                throw RegistryMessages.unknownId(id);
            }
            throw RegistryMessages.unknownVersion(id, version, ofId.stream().map(Slot::version).toList());
        });
    }

    @Override
    public List<RegisteredRubric> versions(String id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction("reading the versions of rubric " + id, c -> {
            List<RegisteredRubric> versions = new java.util.ArrayList<>();
            for (Slot s : RegistryRows.slots(c, "rubric_id = ?", id)) {
                versions.add(RegistryRows.read(c, s.id(), s.version()).orElseThrow());
            }
            return versions;
        });
    }
}
