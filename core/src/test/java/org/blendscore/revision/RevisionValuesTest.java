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
package org.blendscore.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values of the revision package: changes, revisions and rejections, and their errors. */
class RevisionValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aChangeReversedSwapsItsKindAndValues() {
        Change added = new Change(ChangeKind.ADDED, "bands[Developing]", Optional.empty(), Optional.of("from 50"));
        assertEquals(new Change(ChangeKind.REMOVED, "bands[Developing]", Optional.of("from 50"), Optional.empty()), added.reversed());
        assertEquals(added, added.reversed().reversed());
        Change changed = new Change(ChangeKind.CHANGED, "scale", Optional.of("2"), Optional.of("3"));
        assertEquals("changed scale: 3 -> 2", changed.reversed().toText());
        assertEquals("added bands[Developing]: from 50", added.toText());
        assertEquals("removed bands[Developing]: from 50", added.reversed().toText());
    }

    @Test
    void aChangeWhoseValuesDoNotFitItsKindIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Change(ChangeKind.ADDED, "bands[Developing]", Optional.of("from 50"), Optional.of("from 55")));
        assertEquals("a change ADDED at bands[Developing] has a value before and a value after", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Change(ChangeKind.CHANGED, "scale", Optional.empty(), Optional.of("3")));
    }

    @Test
    void aRevisionRefusesBlankReasonsAndApprovers() {
        Revision r = Revision.by("dana", DAY);
        assertEquals("a revision's reason must not be blank",
                assertThrows(IllegalArgumentException.class, () -> r.because("  ")).getMessage());
        assertEquals("a revision's approver must not be blank",
                assertThrows(IllegalArgumentException.class, () -> r.approvedBy("")).getMessage());
        assertEquals(Optional.of("lee"), r.approvedBy("lee").approver());
    }

    @Test
    void nullsAreNamed() {
        assertEquals("before", assertThrows(NullPointerException.class, () -> RubricDiff.between(null, null)).getMessage());
        assertEquals("author", assertThrows(NullPointerException.class, () -> Revision.by(null, DAY)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> Revision.by("dana", null)).getMessage());
        assertEquals("before", assertThrows(NullPointerException.class,
                () -> new RevisionRule.WithholdingMayNotGrow().check(null, null, Revision.by("dana", DAY))).getMessage());
        assertEquals("diff", assertThrows(NullPointerException.class,
                () -> RevisionRules.of().check(null, Revision.by("dana", DAY))).getMessage());
    }

    @Test
    void aRejectionListsEveryViolation() {
        RuleViolation v = new RuleViolation("the withholding exposure may not grow", Optional.of("1.00"), Optional.of("2.00"),
                "rule 'the withholding exposure may not grow' broken: the withholding exposure goes from 1.00 to 2.00 points");
        RevisionRejectedException e = new RevisionRejectedException("hunter-ae", "2026.2", List.of(v));
        assertEquals("revision 2026.2 of rubric hunter-ae rejected, 1 rule broken:\n  " + v.message(), e.getMessage());
        assertEquals(List.of(v), e.violations());
    }
}
