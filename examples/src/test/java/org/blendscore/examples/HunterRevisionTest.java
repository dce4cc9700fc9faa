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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.revision.Revision;
import org.blendscore.revision.RevisionRejectedException;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.blendscore.revision.RubricDiff;
import org.blendscore.rubric.Rubric;
import org.junit.jupiter.api.Test;

/**
 * The sample team's hunter rubric revised mid-year: version 2026.2 moves weight from Revenue (50 to 45)
 * to Relationship (30 to 35), and inside Revenue from cycle time to new ARR (70/30 to 80/20).
 */
class HunterRevisionTest {

    /** The 2026.2 revision: the hunter rubric of {@link SampleRubrics#hunter()} with the weights moved. */
    static Rubric hunter2026_2() {
        return SampleRubrics.hunter2026_2();
    }

    @Test
    void diffsTheRevisionToTheCent() {
        // shares: new-arr 50 x 70 = 35% -> 45 x 80 = 36%; sales-cycle-days 50 x 30 = 15% -> 45 x 20 = 9%;
        // customer-trust 30 x 60 = 18% -> 35 x 60 = 21%; account-knowledge 30 x 40 = 12% -> 35 x 40 = 14%;
        // qualitative (everything but quota measures) 20 + 18 + 12 = 50% -> 20 + 21 + 14 = 55%.
        // withholding: leaving new-arr out while sales-cycle-days scores its 110 lifts Revenue from
        // 30 x 110 / 100 = 33 to 110 (a gain of 77) -> from 20 x 110 / 100 = 22 to 110 (88).
        // No curve cliff: new-arr's gate is at 0.5, where the curve scores 0 anyway.
        assertEquals("""
                Diff of rubric hunter-ae 2026.1 -> 2026.2
                Structural changes: 6
                  changed version: 2026.1 -> 2026.2
                  changed effective: 2026-01-01..2026-12-31 -> 2026-07-01..2026-12-31
                  changed sections[Revenue].weight: 50 -> 45
                  changed sections[Revenue].measures[new-arr].weight: 70 -> 80
                  changed sections[Revenue].measures[sales-cycle-days].weight: 30 -> 20
                  changed sections[Relationship].weight: 30 -> 35
                Figures (before -> after):
                  nominal share new-arr: 35.00% -> 36.00%
                  nominal share sales-cycle-days: 15.00% -> 9.00%
                  nominal share pipeline: 20.00% (unchanged)
                  nominal share customer-trust: 18.00% -> 21.00%
                  nominal share account-knowledge: 12.00% -> 14.00%
                  qualitative share: 50.00% -> 55.00%
                  curve cliffs: [] (unchanged)
                  withholding exposure: 77.00 -> 88.00
                  reachable bands: [Exceeds, Meets, Developing, Below] (unchanged)
                """, RubricDiff.between(SampleRubrics.hunter(), hunter2026_2()).toText());
    }

    @Test
    void theReadmeShowsTheDiffAndTheRejectionAsTheyAre() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```text\n" + RubricDiff.between(SampleRubrics.hunter(), hunter2026_2()).toText() + "```\n"),
                "the README's section Revising a rubric shows the diff as toText() gives it");
        Revision midYear = Revision.by("dana", LocalDate.of(2026, 6, 20)).because("cycle time matters less than new ARR this year")
                .inRunningPeriod(SampleRubrics.YEAR);
        RevisionRejectedException e = assertThrows(RevisionRejectedException.class,
                () -> FAMILY_RULES.requireKept(SampleRubrics.hunter(), hunter2026_2(), midYear));
        assertTrue(readme.contains("```text\n" + e.getMessage() + "\n```\n"), "the README shows the rejection as it is");
    }

    @Test
    void theFiguresAreExact() {
        RubricDiff diff = RubricDiff.between(SampleRubrics.hunter(), hunter2026_2());
        assertEquals(Map.of("new-arr", Fraction.of(35), "sales-cycle-days", Fraction.of(15), "pipeline", Fraction.of(20),
                "customer-trust", Fraction.of(18), "account-knowledge", Fraction.of(12)), diff.beforeFigures().nominalShares());
        assertEquals(List.of("new-arr", "sales-cycle-days", "pipeline", "customer-trust", "account-knowledge"),
                List.copyOf(diff.afterFigures().nominalShares().keySet()));
        assertEquals(Fraction.of(36), diff.afterFigures().share("new-arr"));
        assertEquals(Fraction.of(9), diff.afterFigures().share("sales-cycle-days"));
        assertEquals(Fraction.of(55), diff.afterFigures().qualitativeShare());
        assertEquals(Optional.of(Fraction.of(77)), diff.beforeFigures().withholdingExposure());
        assertEquals(Optional.of(Fraction.of(88)), diff.afterFigures().withholdingExposure());
        assertEquals(List.of("Exceeds", "Meets", "Developing", "Below"), diff.afterFigures().reachableBands());
    }

    @Test
    void theRevisionBackIsTheMirror() {
        RubricDiff there = RubricDiff.between(SampleRubrics.hunter(), hunter2026_2());
        RubricDiff back = RubricDiff.between(hunter2026_2(), SampleRubrics.hunter());
        assertEquals(there.changes().stream().map(c -> c.reversed()).toList(), back.changes());
        assertEquals(there.beforeFigures(), back.afterFigures());
    }

    private static final RevisionRules FAMILY_RULES = RevisionRules.of(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(50)),
            new RevisionRule.MaxShareMove(BigDecimal.valueOf(5)), new RevisionRule.ReasonAndApproverInRunningPeriod(),
            new RevisionRule.WithholdingMayNotGrow());

    @Test
    void theFamilyRulesRejectTheRevisionNamingEveryRuleBroken() {
        Revision midYear = Revision.by("dana", LocalDate.of(2026, 6, 20)).because("cycle time matters less than new ARR this year")
                .inRunningPeriod(SampleRubrics.YEAR);
        RevisionRejectedException e = assertThrows(RevisionRejectedException.class,
                () -> FAMILY_RULES.requireKept(SampleRubrics.hunter(), hunter2026_2(), midYear));
        assertEquals("""
                revision 2026.2 of rubric hunter-ae rejected, 3 rules broken:
                  rule 'no measure's nominal share moves by more than 5 points' broken: the nominal share of measures[sales-cycle-days] \
                goes from 15.00% to 9.00% (-6.00 points)
                  rule 'a revision inside a running period needs a reason and an approver' broken: the revision by dana on 2026-06-20 \
                inside the running period 2026-01-01..2026-12-31 has no approver
                  rule 'the withholding exposure may not grow' broken: the withholding exposure goes from 77.00 to 88.00 points""",
                e.getMessage());
        assertEquals(3, e.violations().size());
    }

    @Test
    void aRevisionThatKeepsTheRulesIsAcceptedWithItsDiff() {
        Revision approved = Revision.by("dana", LocalDate.of(2026, 6, 20)).because("relationships weigh more")
                .approvedBy("lee").inRunningPeriod(SampleRubrics.YEAR);
        RevisionRules lenient = RevisionRules.of(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(50)),
                new RevisionRule.MaxShareMove(BigDecimal.valueOf(6)), new RevisionRule.ReasonAndApproverInRunningPeriod());
        assertEquals(6, lenient.requireKept(SampleRubrics.hunter(), hunter2026_2(), approved).changes().size());
    }
}
