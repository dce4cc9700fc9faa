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
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The ledger's schema, applied with Flyway from the versioned SQL scripts shipped in the jar under
 * {@value #LOCATION} (one folder per database, {@code h2} and {@code postgresql}). Flyway logs through
 * SLF4J, so the host's backend decides what is shown. Flyway records
 * what it applied in its own table, {@value #HISTORY_TABLE}, so a host application's own Flyway
 * history is left alone.
 */
public final class Migrations {

    /** Where the scripts are: a folder per database under it, {@code h2} and {@code postgresql}. */
    public static final String LOCATION = "classpath:org/blendscore/ledger/migration";

    /** The table in which Flyway records the ledger's applied migrations. */
    public static final String HISTORY_TABLE = "blendscore_schema_history";

    private Migrations() {
    }

    /**
     * Brings a database's ledger schema up to date; does nothing if it is.
     *
     * @param dataSource the database
     * @return the number of migrations applied
     * @throws LedgerStorageException if a migration fails
     */
    public static int migrate(DataSource dataSource) {
        String folder = folder(dataSource);
        try {
            return Flyway.configure(Migrations.class.getClassLoader())
                    .loggers("slf4j")
                    .dataSource(dataSource)
                    .locations(LOCATION + "/" + folder)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw StorageMessages.migrationFailed(e);
        }
    }

    /** The scripts' folder of the database a data source connects to. */
    private static String folder(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw StorageMessages.failed("connecting to migrate the ledger's schema", 1, e);
        }
        switch (product) {
            case "H2":
                return "h2";
            case "PostgreSQL":
                return "postgresql";
            default:
                throw StorageMessages.unsupported(product);
        }
    }
}
