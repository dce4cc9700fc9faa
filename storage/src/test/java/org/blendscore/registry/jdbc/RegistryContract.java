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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.blendscore.json.RevisionRulesJson;
import org.blendscore.json.RubricJson;
import org.blendscore.ledger.jdbc.Databases;
import org.blendscore.registry.EffectivePeriod;
import org.blendscore.registry.InvalidRegistrationException;
import org.blendscore.registry.RegisteredRubric;
import org.blendscore.registry.Revision;
import org.blendscore.registry.RevisionCheck;
import org.blendscore.registry.RubricNotFoundException;
import org.blendscore.registry.RulesCheck;
import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRejectedException;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the registry; run on H2 and on PostgreSQL. */
abstract class RegistryContract {

    static final Rubric AE_2026_1 = rubric();
    static final Rubric AE_2026_2 = version(AE_2026_1, "2026.2");
    static final Rubric AE_2026_3 = version(AE_2026_1, "2026.3");
    static final Revision FIRST = new Revision(Optional.empty(), "rita", Optional.empty(), day(2025, 12, 1));
    static final Revision MIDYEAR = Revision.of("the Nordics market shrank; quota lowered", "rita", "omar", day(2026, 6, 15));

    /** A new, empty database. */
    abstract DataSource newDatabase();

    DataSource db;
    JdbcRubricRegistry registry;

    @BeforeEach
    void open() {
        db = newDatabase();
        registry = JdbcRubricRegistry.open(db);
    }

    static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    static Rubric version(Rubric r, String version) {
        return new Rubric(r.id(), version, r.effective(), r.sections(), r.bands(), r.guards(), r.missingEvidence(), r.scale(),
                r.targets(), r.fairness(), r.bandRules());
    }

    private static Rubric rubric() {
        try (InputStream in = RegistryContract.class.getResourceAsStream("/org/blendscore/ledger/rubric.json")) {
            return RubricJson.read(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** 2026.1 for the first half of 2026, 2026.2 from July on, open-ended. */
    void twoVersions() {
        registry.register(AE_2026_1, "hunter", EffectivePeriod.of(day(2026, 1, 1), day(2026, 7, 1)), FIRST);
        registry.register(AE_2026_2, "hunter", EffectivePeriod.from(day(2026, 7, 1)), MIDYEAR);
    }

    @Test
    void looksUpTheRubricInForceForARoleOnADay() {
        twoVersions();
        assertEquals("2026.1", registry.inForce("hunter", day(2026, 1, 1)).version());
        assertEquals("2026.1", registry.inForce("hunter", day(2026, 6, 30)).version(), "the end of a period is excluded");
        assertEquals("2026.2", registry.inForce("hunter", day(2026, 7, 1)).version());
        assertEquals("2026.2", registry.inForce("hunter", day(2031, 3, 3)).version(), "open-ended");
    }

    @Test
    void keepsTheRubricItsPeriodAndItsRevision() {
        twoVersions();
        RegisteredRubric found = registry.get("account-executive", "2026.2");
        assertEquals(AE_2026_2, found.rubric(), "the rubric comes back from its blendscore.rubric/1 document unchanged");
        assertEquals("hunter", found.role());
        assertEquals(EffectivePeriod.from(day(2026, 7, 1)), found.period());
        assertEquals(MIDYEAR, found.revision());
        assertEquals(FIRST, registry.get("account-executive", "2026.1").revision(), "no reason and no approver stay absent");
        assertEquals(List.of("2026.1", "2026.2"), registry.versions("account-executive").stream().map(RegisteredRubric::version).toList());
        assertEquals(List.of(), registry.versions("farmer"));
    }

    @Test
    void rejectsAPeriodThatOverlapsAnotherVersionNamingIt() {
        twoVersions();
        InvalidRegistrationException e = assertThrows(InvalidRegistrationException.class, () -> registry.register(AE_2026_3, "hunter",
                EffectivePeriod.of(day(2026, 6, 1), day(2026, 7, 1)), MIDYEAR));
        assertEquals("rubric account-executive version 2026.3 for role hunter: its period [2026-06-01, 2026-07-01) overlaps version 2026.1's "
                + "[2026-01-01, 2026-07-01); within one rubric id and role, periods may not overlap", e.getMessage());
        InvalidRegistrationException open = assertThrows(InvalidRegistrationException.class, () -> registry.register(AE_2026_3, "hunter",
                EffectivePeriod.from(day(2030, 1, 1)), MIDYEAR));
        assertTrue(open.getMessage().contains("overlaps version 2026.2's [2026-07-01, open)"), open.getMessage());
        assertEquals(2, registry.versions("account-executive").size(), "nothing of a rejected registration stays");
    }

    @Test
    void anotherRoleMayUseTheSamePeriods() {
        registry.register(AE_2026_1, "hunter", EffectivePeriod.from(day(2026, 1, 1)), FIRST);
        registry.register(AE_2026_2, "farmer", EffectivePeriod.from(day(2026, 1, 1)), FIRST);
        assertEquals("2026.2", registry.inForce("farmer", day(2026, 3, 3)).version());
        assertEquals("2026.1", registry.inForce("hunter", day(2026, 3, 3)).version());
    }

    @Test
    void rejectsAVersionRegisteredTwice() {
        twoVersions();
        InvalidRegistrationException e = assertThrows(InvalidRegistrationException.class, () -> registry.register(AE_2026_1, "farmer",
                EffectivePeriod.from(day(2027, 1, 1)), FIRST));
        assertEquals("rubric account-executive version 2026.1 is registered already (hunter [2026-01-01, 2026-07-01)); "
                + "register a new version instead", e.getMessage());
    }

    @Test
    void aLookupOnADayNoRubricCoversNamesWhatTheRoleHas() {
        twoVersions();
        RubricNotFoundException e = assertThrows(RubricNotFoundException.class, () -> registry.inForce("hunter", day(2025, 12, 31)));
        assertEquals("no rubric is in force for role hunter on 2025-12-31; the role has account-executive 2026.1 [2026-01-01, 2026-07-01), "
                + "account-executive 2026.2 [2026-07-01, open)", e.getMessage());
        RubricNotFoundException none = assertThrows(RubricNotFoundException.class, () -> registry.inForce("farmer", day(2026, 1, 1)));
        assertEquals("no rubric is in force for role farmer on 2026-01-01; the role has no registered rubric", none.getMessage());
    }

    @Test
    void aLookupOfAnUnknownIdOrVersionNamesIt() {
        twoVersions();
        assertEquals("no rubric with id farmer-am is registered",
                assertThrows(RubricNotFoundException.class, () -> registry.get("farmer-am", "2026.1")).getMessage());
        assertEquals("rubric account-executive has no version 2027.1; it has 2026.1, 2026.2",
                assertThrows(RubricNotFoundException.class, () -> registry.get("account-executive", "2027.1")).getMessage());
    }

    @Test
    void twoRubricIdsInForceForOneRoleAreNamed() {
        registry.register(AE_2026_1, "hunter", EffectivePeriod.from(day(2026, 1, 1)), FIRST);
        Rubric other = new Rubric("hunter-ae", "1", AE_2026_1.effective(), AE_2026_1.sections(), AE_2026_1.bands(), AE_2026_1.guards(),
                AE_2026_1.missingEvidence(), AE_2026_1.scale(), AE_2026_1.targets(), AE_2026_1.fairness(), AE_2026_1.bandRules());
        registry.register(other, "hunter", EffectivePeriod.from(day(2026, 3, 1)), FIRST);
        assertEquals("more than one rubric is in force for role hunter on 2026-04-01: account-executive 2026.1 [2026-01-01, open), "
                + "hunter-ae 1 [2026-03-01, open)",
                assertThrows(RubricNotFoundException.class, () -> registry.inForce("hunter", day(2026, 4, 1))).getMessage());
    }

    @Test
    void theRevisionCheckSeesTheVersionRevisedAndCanRefuse() {
        List<String> seen = new ArrayList<>();
        RevisionCheck check = (previous, proposed) -> {
            seen.add(previous.map(RegisteredRubric::version).orElse("none") + " -> " + proposed.version());
            if (proposed.revision().approver().isEmpty() && previous.isPresent()) {
                throw new IllegalStateException("a revision of " + previous.get().version() + " needs an approver");
            }
        };
        JdbcRubricRegistry checked = JdbcRubricRegistry.open(db, check);
        checked.register(AE_2026_1, "hunter", EffectivePeriod.of(day(2026, 1, 1), day(2026, 7, 1)), FIRST);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> checked.register(AE_2026_3, "hunter", EffectivePeriod.from(day(2026, 7, 1)), FIRST));
        assertEquals("a revision of 2026.1 needs an approver", refused.getMessage(), "the check's exception reaches the caller unchanged");
        checked.register(AE_2026_2, "hunter", EffectivePeriod.from(day(2026, 7, 1)), MIDYEAR);
        assertEquals(List.of("none -> 2026.1", "2026.1 -> 2026.3", "2026.1 -> 2026.2"), seen);
        assertEquals(List.of("2026.1", "2026.2"), checked.versions("account-executive").stream().map(RegisteredRubric::version).toList());
    }

    /** The family's rules: the four examples of issue 15. */
    static final RevisionRules AE_RULES = RevisionRules.of(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(30)),
            new RevisionRule.MaxShareMove(BigDecimal.valueOf(5)), new RevisionRule.ReasonAndApproverInRunningPeriod(),
            new RevisionRule.WithholdingMayNotGrow());

    /** 2026.1 with ten points moved from Revenue (60 to 50) to Relationship (20 to 30). */
    static Rubric movedTenPoints(String version) {
        List<Section> sections = new ArrayList<>();
        for (Section s : AE_2026_1.sections()) {
            BigDecimal weight = switch (s.name()) {
                case "Revenue" -> BigDecimal.valueOf(50);
                case "Relationship" -> BigDecimal.valueOf(30);
                default -> s.weight();
            };
            sections.add(new Section(s.name(), weight, s.measures(), s.missingEvidence()));
        }
        return new Rubric(AE_2026_1.id(), version, AE_2026_1.effective(), sections, AE_2026_1.bands(), AE_2026_1.guards(),
                AE_2026_1.missingEvidence(), AE_2026_1.scale(), AE_2026_1.targets(), AE_2026_1.fairness(), AE_2026_1.bandRules());
    }

    @Test
    void theFamilysRevisionRulesRejectABreakingRevisionNamingTheRuleAndTheFigures() {
        JdbcRubricRegistry ruled = JdbcRubricRegistry.open(db, RulesCheck.of(Map.of("account-executive", AE_RULES)));
        ruled.register(AE_2026_1, "hunter", EffectivePeriod.of(day(2026, 1, 1), day(2026, 7, 1)), FIRST);
        Revision noApprover = new Revision(Optional.of("relationships weigh more"), "rita", Optional.empty(), day(2026, 6, 15));
        RevisionRejectedException e = assertThrows(RevisionRejectedException.class,
                () -> ruled.register(movedTenPoints("2026.2"), "hunter", EffectivePeriod.from(day(2026, 7, 1)), noApprover));
        assertEquals("""
                revision 2026.2 of rubric account-executive rejected, 3 rules broken:
                  rule 'no measure's nominal share moves by more than 5 points' broken: the nominal share of measures[new-arr] \
                goes from 60.00% to 50.00% (-10.00 points)
                  rule 'no measure's nominal share moves by more than 5 points' broken: the nominal share of measures[trust] \
                goes from 20.00% to 30.00% (+10.00 points)
                  rule 'a revision inside a running period needs a reason and an approver' broken: the revision by rita on 2026-06-15 \
                inside the running period 2026-01-01..2026-12-31 has no approver""", e.getMessage());
        assertEquals(List.of("2026.1"), ruled.versions("account-executive").stream().map(RegisteredRubric::version).toList(),
                "nothing of a rejected revision stays");
    }

    @Test
    void rulesKeptAsDataInTheirJsonFormatRejectTheSameRevision() {
        String json = RevisionRulesJson.write(new FamilyRules("account-executive", AE_RULES));
        JdbcRubricRegistry ruled = JdbcRubricRegistry.open(db, RulesCheck.of(RevisionRulesJson.read(json)));
        ruled.register(AE_2026_1, "hunter", EffectivePeriod.of(day(2026, 1, 1), day(2026, 7, 1)), FIRST);
        Revision noApprover = new Revision(Optional.of("relationships weigh more"), "rita", Optional.empty(), day(2026, 6, 15));
        RevisionRejectedException e = assertThrows(RevisionRejectedException.class,
                () -> ruled.register(movedTenPoints("2026.2"), "hunter", EffectivePeriod.from(day(2026, 7, 1)), noApprover));
        assertEquals(List.of("no measure's nominal share moves by more than 5 points", "no measure's nominal share moves by more than 5 points",
                "a revision inside a running period needs a reason and an approver"),
                e.violations().stream().map(v -> v.rule()).toList(), e.getMessage());
    }

    @Test
    void aRevisionThatKeepsTheFamilysRulesIsRegisteredAndOnlyTheFamilyIsChecked() {
        JdbcRubricRegistry ruled = JdbcRubricRegistry.open(db, RulesCheck.of(Map.of("account-executive", AE_RULES)));
        // a first version is not a revision: it passes unchecked
        ruled.register(movedTenPoints("2026.1"), "hunter", EffectivePeriod.of(day(2026, 1, 1), day(2026, 7, 1)), FIRST);
        // the same weights again move nothing, and MIDYEAR has its reason and approver
        ruled.register(movedTenPoints("2026.2"), "hunter", EffectivePeriod.of(day(2026, 7, 1), day(2027, 1, 1)), MIDYEAR);
        // made after the running period (2027): needs no approver, but the share move still breaks a rule
        Revision between = new Revision(Optional.empty(), "rita", Optional.empty(), day(2027, 1, 2));
        RevisionRejectedException e = assertThrows(RevisionRejectedException.class,
                () -> ruled.register(AE_2026_3, "hunter", EffectivePeriod.from(day(2027, 1, 1)), between));
        assertEquals(List.of("no measure's nominal share moves by more than 5 points", "no measure's nominal share moves by more than 5 points",
                "the withholding exposure may not grow"), e.violations().stream().map(v -> v.rule()).toList(), e.getMessage());
        assertEquals(Optional.of("50.00%"), e.violations().get(0).before());
        assertEquals(Optional.of("60.00%"), e.violations().get(0).after());
        assertEquals(Optional.of("62.50"), e.violations().get(2).before());
        assertEquals(Optional.of("75.00"), e.violations().get(2).after());
        // another family declares no rules
        Rubric other = new Rubric("hunter-ae", "1", AE_2026_1.effective(), AE_2026_1.sections(), AE_2026_1.bands(), AE_2026_1.guards(),
                AE_2026_1.missingEvidence(), AE_2026_1.scale(), AE_2026_1.targets(), AE_2026_1.fairness(), AE_2026_1.bandRules());
        Rubric otherMoved = movedTenPoints("2");
        ruled.register(other, "farmer", EffectivePeriod.of(day(2026, 1, 1), day(2026, 6, 1)), FIRST);
        ruled.register(new Rubric("hunter-ae", "2", otherMoved.effective(), otherMoved.sections(), otherMoved.bands(), otherMoved.guards(),
                otherMoved.missingEvidence(), otherMoved.scale(), otherMoved.targets(), otherMoved.fairness(), otherMoved.bandRules()),
                "farmer", EffectivePeriod.from(day(2026, 6, 1)), FIRST);
        assertEquals(2, ruled.versions("hunter-ae").size());
    }

    @Test
    void twoWritersRegisteringOverlappingPeriodsAtOnceGetOneIn() throws Exception {
        JdbcRubricRegistry other = JdbcRubricRegistry.open(db);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegisteredRubric>> results = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                JdbcRubricRegistry writer = w % 2 == 0 ? registry : other;
                Rubric rubric = version(AE_2026_1, "2026." + (w + 1));
                // every writer's period overlaps every other's; the first ones also race to create the family row
                EffectivePeriod period = EffectivePeriod.from(day(2026, 1, 1 + w));
                results.add(pool.submit(() -> {
                    start.await();
                    return writer.register(rubric, "hunter", period, FIRST);
                }));
            }
            start.countDown();
            int registered = 0;
            int refused = 0;
            for (Future<RegisteredRubric> f : results) {
                try {
                    f.get(120, TimeUnit.SECONDS);
                    registered++;
                } catch (ExecutionException e) {
                    assertSame(InvalidRegistrationException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
                    assertTrue(e.getCause().getMessage().contains("overlaps version"), e.getCause().getMessage());
                    refused++;
                }
            }
            assertEquals(1, registered);
            assertEquals(writers - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, registry.versions("account-executive").size());
    }

    @Test
    void sharesTheLedgersSchemaAndMigrations() {
        assertEquals(0, Databases.execute(db, "DELETE FROM registry_rubric"), "V2__registry made the table");
        assertEquals(0, Databases.execute(db, "DELETE FROM ledger_entry"), "beside the ledger's V1");
    }
}
