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
package org.blendscore.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.blendscore.evidence.Evidence;
import org.blendscore.json.RevisionRulesJson;
import org.blendscore.ledger.Adjustment;
import org.blendscore.ledger.Change;
import org.blendscore.ledger.ComputedReview;
import org.blendscore.ledger.CurrentReview;
import org.blendscore.ledger.Dispute;
import org.blendscore.ledger.Entry;
import org.blendscore.ledger.jdbc.JdbcLedger;
import org.blendscore.registry.EffectivePeriod;
import org.blendscore.registry.Revision;
import org.blendscore.registry.RulesCheck;
import org.blendscore.registry.jdbc.JdbcRubricRegistry;
import org.blendscore.review.Review;
import org.blendscore.revision.RevisionRejectedException;
import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;
import org.blendscore.whatif.WhatIf;
import org.blendscore.whatif.WhatIfSummary;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The sample team's governance cycle, on one database (an in-memory H2 here; any data source of
 * H2 or PostgreSQL will do): the hunter rubric's 2026.2 revision registered under the family's
 * revision rules with its reason, the diff, a what-if of the hunters under both versions, the
 * reviews in the ledger with one adjustment and one dispute, the ledger verified, and then a row
 * altered behind the ledger's back with plain JDBC, which {@code verify()} names.
 *
 * <pre>{@code
 * ./mvnw -pl examples -am compile exec:java -Dexec.mainClass=org.blendscore.examples.GovernanceCycle
 * }</pre>
 */
public final class GovernanceCycle {

    /** The hunter family's revision rules, kept as data: {@code sample-team/hunter-ae.rules.json}. */
    static final FamilyRules HUNTER_RULES = hunterRules();

    private static final LocalDate REVISED_ON = LocalDate.of(2026, 6, 20);
    private static final String REASON = "cycle time matters less than new ARR this year";
    private static final Instant COMPUTED_AT = Instant.parse("2027-01-15T09:00:00Z");

    private GovernanceCycle() {
    }

    private static FamilyRules hunterRules() {
        try (InputStream in = GovernanceCycle.class.getResourceAsStream("/sample-team/hunter-ae.rules.json")) {
            return RevisionRulesJson.read(Objects.requireNonNull(in, "bundled resource /sample-team/hunter-ae.rules.json is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled /sample-team/hunter-ae.rules.json", e);
        }
    }

    /**
     * Runs the cycle on a fresh in-memory H2 database and prints it.
     *
     * @param args none
     * @throws SQLException if the direct update of step 6 fails
     */
    public static void main(String[] args) throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:governance-cycle-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        run(System.out, ds);
    }

    /**
     * Runs the cycle on an empty database.
     *
     * @param out where the cycle is printed
     * @param db the database, empty (its schema is migrated first)
     * @throws SQLException if the direct update of step 6 fails
     */
    static void run(PrintStream out, DataSource db) throws SQLException {
        JdbcRubricRegistry registry = JdbcRubricRegistry.open(db, RulesCheck.of(HUNTER_RULES));
        Rubric before = SampleRubrics.hunter();
        Rubric after = SampleRubrics.hunter2026_2();

        out.println("1. Registering the hunter rubric's revision 2026.2");
        registry.register(before, "hunter", EffectivePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)),
                new Revision(Optional.empty(), "dana", Optional.empty(), LocalDate.of(2025, 12, 1)));
        EffectivePeriod secondHalf = EffectivePeriod.from(LocalDate.of(2026, 7, 1));
        try {
            registry.register(after, "hunter", secondHalf, new Revision(Optional.of(REASON), "dana", Optional.empty(), REVISED_ON));
        } catch (RevisionRejectedException e) {
            out.println("without an approver: " + e.getMessage());
        }
        var registered = registry.register(after, "hunter", secondHalf, Revision.of(REASON, "dana", "lee", REVISED_ON));
        out.println("registered: " + registered + ", because " + registered.revision().reason().orElseThrow()
                + " (by " + registered.revision().author() + ", approved by " + registered.revision().approver().orElseThrow() + ")");
        out.println("in force on 2026-08-01: " + registry.inForce("hunter", LocalDate.of(2026, 8, 1)));

        out.println();
        out.println("2. The diff");
        out.print(RubricDiff.between(before, after).toText());

        out.println();
        out.println("3. What-if: the hunters' second half under 2026.1 and 2026.2");
        List<Evidence> hunters = SampleTeamData.load(after.effective()).members().stream()
                .filter(m -> m.role().equals("hunter")).map(SampleTeamData.Member::evidence).toList();
        WhatIfSummary summary = WhatIf.of(Scorer.of(before), Scorer.of(after))
                .run(hunters, row -> out.println("  " + row), rejected -> out.println("  rejected: " + rejected));
        out.println();
        out.print(summary.render());

        out.println();
        out.println("4. The ledger: the 2026.2 reviews, one adjustment, one dispute");
        JdbcLedger ledger = JdbcLedger.open(db);
        Scorer scorer = Scorer.of(after);
        List<ComputedReview> computed = new ArrayList<>();
        for (Evidence e : hunters) {
            Review review = scorer.score(e);
            computed.add(new ComputedReview(review, COMPUTED_AT));
        }
        List<Entry> reviews = ledger.appendAll(computed);
        String adjusted = reviews.get(0).subjectId();
        String disputing = reviews.get(1).subjectId();
        Entry adjustment = ledger.append(new Adjustment(adjusted, 1, Change.band("Developing"),
                "closed the Nordics frame deal on 2026-12-30, booked after the cut-off", "lee", "maria", COMPUTED_AT.plusSeconds(86_400)));
        Entry dispute = ledger.append(new Dispute(disputing, 1, disputing, "the customer-trust survey missed two accounts",
                COMPUTED_AT.plusSeconds(2 * 86_400)));
        out.println("appended " + reviews.size() + " computed reviews, the adjustment " + describe(adjustment)
                + " and the dispute " + describe(dispute));
        CurrentReview current = ledger.current(adjusted);
        out.println("current review of " + adjusted + ": band " + current.band().orElse("(none)") + " (computed "
                + current.computed().band().orElse("(none)") + ", adjusted: " + current.adjusted() + ")");
        out.println("current review of " + disputing + ": " + ledger.current(disputing).disputes().size() + " dispute, open");

        out.println();
        out.println("5. The ledger verified");
        out.println(ledger.verify());

        out.println();
        out.println("6. A row altered directly in the database, then verified");
        try (Connection c = db.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE ledger_entry SET payload = REPLACE(payload, 'Developing', 'Meets') WHERE subject_id = ? AND seq = ?")) {
            update.setString(1, adjusted);
            update.setLong(2, adjustment.seq());
            out.println("UPDATE ledger_entry SET payload = REPLACE(payload, 'Developing', 'Meets') WHERE subject_id = '" + adjusted
                    + "' AND seq = " + adjustment.seq() + ": " + update.executeUpdate() + " row");
        }
        out.println(ledger.verify());
    }

    private static String describe(Entry entry) {
        return "(" + entry.subjectId() + " #" + entry.seq() + ", " + entry.kind() + ")";
    }
}
