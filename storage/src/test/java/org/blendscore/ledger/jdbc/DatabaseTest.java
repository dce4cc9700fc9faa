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

import static org.blendscore.ledger.Fixtures.computed;
import static org.blendscore.ledger.Fixtures.jan;

import java.util.List;

import javax.sql.DataSource;

import org.blendscore.ledger.Adjustment;
import org.blendscore.ledger.Change;
import org.blendscore.ledger.Dispute;
import org.blendscore.ledger.Resolution;
import org.junit.jupiter.api.BeforeEach;

/** A ledger on a new, empty database for each test. */
abstract class DatabaseTest {

    /** A new, empty database. */
    abstract DataSource newDatabase();

    DataSource db;
    JdbcLedger ledger;

    @BeforeEach
    void open() {
        db = newDatabase();
        ledger = JdbcLedger.open(db);
    }

    static Adjustment bandToMeets(String subject, long reviewSeq) {
        return new Adjustment(subject, reviewSeq, Change.band("Meets"), "the Q4 deal with Nordwind slipped by a day",
                "rita", "omar", jan(20));
    }

    /** ana: review 1, adjustment 2, dispute 3, resolution 4; ben: review 1, dispute 2. */
    void twoChains() {
        ledger.appendAll(List.of(computed("ana"), bandToMeets("ana", 1),
                new Dispute("ana", 1, "ana", "my trust rating ignores the Nordwind renewal", jan(21)),
                new Resolution("ana", 3, Resolution.Outcome.REJECTED, "omar", "the rating stands", jan(22)),
                computed("ben"), new Dispute("ben", 1, "ben", "quota too high", jan(23))));
    }

}
