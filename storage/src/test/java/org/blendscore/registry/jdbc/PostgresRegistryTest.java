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

import javax.sql.DataSource;

import org.blendscore.ledger.jdbc.Databases;

/** The registry on a real PostgreSQL server, the one {@code BLENDSCORE_PG_URL} names (.ci/postgres starts one). */
class PostgresRegistryTest extends RegistryContract {

    @Override
    DataSource newDatabase() {
        return Databases.postgres();
    }
}
