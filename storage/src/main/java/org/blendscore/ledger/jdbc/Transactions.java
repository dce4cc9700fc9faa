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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * Runs work in one transaction, and runs it again when the database says a concurrent transaction got
 * in the way (a unique key taken, a serialization failure, a deadlock, a lock timeout): that is how two
 * writers that both create a subject's head row are sorted out. Everything else rolls back and fails.
 * Public so that the rubric registry's store ({@code org.blendscore.registry.jdbc}), which shares the
 * ledger's database and migrations, runs its transactions the same way; not meant for applications.
 */
public final class Transactions {

    /** How often a transaction is tried before its failure is reported. */
    static final int MAX_ATTEMPTS = 50;

    /** unique violation, serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    /** H2's error codes for a concurrent update, a deadlock and a lock timeout. */
    private static final Set<Integer> RETRYABLE_H2_CODES = Set.of(90131, 40001, 50200);

    private final DataSource dataSource;

    /**
     * Transactions on a database.
     *
     * @param dataSource the database
     */
    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Work in a transaction.
     *
     * @param <T> what the work gives
     */
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param c the connection, in a transaction
         * @return the result
         * @throws SQLException if the database fails
         */
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs work in a transaction, again if a concurrent transaction got in the way. A
     * {@link RuntimeException} from the work rolls back and reaches the caller unchanged.
     *
     * @param <T> what the work gives
     * @param operation the operation, named in a failure
     * @param work the work
     * @return what the work gave
     * @throws LedgerStorageException if the database fails (the transaction is rolled back)
     */
    public <T> T inTransaction(String operation, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c, e);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt >= MAX_ATTEMPTS || !retryable(e)) {
                    throw StorageMessages.failed(operation, attempt, e);
                }
                pause(attempt);
            }
        }
    }

    private static void rollback(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException r) {
            failure.addSuppressed(r);
        }
    }

    private static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (RETRYABLE_STATES.contains(s.getSQLState()) || RETRYABLE_H2_CODES.contains(s.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 10) * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
