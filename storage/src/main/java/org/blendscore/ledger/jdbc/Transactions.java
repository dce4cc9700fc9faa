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
 */
final class Transactions {

    /** How often a transaction is tried before its failure is reported. */
    static final int MAX_ATTEMPTS = 50;

    /** unique violation, serialization failure, deadlock (PostgreSQL), lock timeout (H2). */
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    /** H2's error codes for a concurrent update, a deadlock and a lock timeout. */
    private static final Set<Integer> RETRYABLE_H2_CODES = Set.of(90131, 40001, 50200);

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work in a transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T inTransaction(String operation, Work<T> work) {
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
