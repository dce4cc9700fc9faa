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

import java.sql.SQLException;

/** The JDBC ledger's errors, one named factory each. */
final class StorageMessages {

    private StorageMessages() {
    }

    /** An operation the database failed, not retried (or retried too often). */
    static LedgerStorageException failed(String operation, int attempts, SQLException cause) {
        return new LedgerStorageException(operation + " failed" + (attempts > 1 ? " after " + attempts + " attempts" : "")
                + " and was rolled back: " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    /** The migrations could not be applied. */
    static LedgerStorageException migrationFailed(RuntimeException cause) {
        return new LedgerStorageException("the ledger's schema migrations failed: " + cause.getMessage(), cause);
    }

    /** A database the ledger has no migrations for. */
    static LedgerStorageException unsupported(String product) {
        return new LedgerStorageException("the ledger runs on H2 and PostgreSQL, not on " + product, null);
    }

    /** A head row that was not there to update. */
    static SQLException headVanished(String subjectId) {
        return new SQLException("the head row of subject " + subjectId + " vanished during an append", "40001");
    }
}
