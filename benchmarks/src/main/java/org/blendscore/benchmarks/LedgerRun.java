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
package org.blendscore.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blendscore.ledger.ComputedReview;
import org.blendscore.ledger.Dispute;
import org.blendscore.ledger.Event;
import org.blendscore.ledger.Verification;
import org.blendscore.ledger.jdbc.JdbcLedger;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Appends a ledger of many entries and verifies it, and reports the throughput of both: the ledger
 * figures of the benchmarks README. The subjects are the first bench records; each chain starts with
 * the subject's computed review (a {@code blendscore.review/1} document of about 6 KB) and goes on
 * with disputes of it (about 120 bytes), appended round-robin over the subjects in batches, each
 * batch one transaction.
 *
 * <pre>{@code
 * java -cp ... org.blendscore.benchmarks.LedgerRun h2 1000000
 * BLENDSCORE_PG_URL=jdbc:postgresql://... java -cp ... org.blendscore.benchmarks.LedgerRun postgresql 1000000
 * }</pre>
 *
 * <p>Arguments: {@code h2} (a new database file in a temporary directory) or {@code postgresql} (the
 * empty database {@code BLENDSCORE_PG_URL} names), the number of entries (default 100,000), the
 * number of subjects (default 1,000) and the batch size (default 1,000).
 */
public final class LedgerRun {

    private LedgerRun() {
    }

    /**
     * Runs the appends and the verification.
     *
     * @param args the database, the entries, the subjects, the batch size
     * @throws Exception if the database cannot be made
     */
    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        long entries = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 100_000L;
        int subjects = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        JdbcLedger ledger;
        if (db.equals("postgresql")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(System.getenv("BLENDSCORE_PG_URL"));
            ledger = JdbcLedger.open(ds);
        } else {
            ledger = JdbcLedger.h2(Files.createTempDirectory("ledger-run").resolve("ledger"));
        }
        Scorer scorer = Scorer.of(BenchRubric.build());
        List<Review> reviews = new ArrayList<>(subjects);
        BenchBatch.stream(BenchBatch.SEED, subjects).forEach(e -> reviews.add(scorer.score(e)));
        Instant at = Instant.parse("2027-01-15T09:00:00Z");

        long start = System.nanoTime();
        List<Event> batch = new ArrayList<>(batchSize);
        for (long i = 0; i < entries; i++) {
            Review review = reviews.get((int) (i % subjects));
            batch.add(i < subjects ? new ComputedReview(review, at)
                    : new Dispute(review.subjectId(), 1, review.subjectId(), "dispute " + i + " of the quota credit", at));
            if (batch.size() == batchSize || i == entries - 1) {
                ledger.appendAll(batch);
                batch.clear();
            }
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Verification v = ledger.verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: appended %,d entries (%,d subjects, batches of %,d) in %.1f s, %,.0f entries/s;"
                        + " verified %,d entries in %.1f s, %,.0f entries/s; intact: %s%n",
                db, entries, subjects, batchSize, appendSeconds, entries / appendSeconds, v.entries(), verifySeconds,
                v.entries() / verifySeconds, v.intact());
        if (!v.intact()) {
            System.out.println(v);
        }
    }
}
