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
package org.blendscore.whatif;

import static org.blendscore.whatif.WhatIfRubrics.V1;
import static org.blendscore.whatif.WhatIfRubrics.V2;
import static org.blendscore.whatif.WhatIfRubrics.evidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blendscore.evidence.Evidence;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.GroupImpact;
import org.blendscore.impact.Outcome;
import org.blendscore.impact.Verdict;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Twelve subjects re-scored from 2026.1 (sales 70, margin 30) to 2026.2 (50/50), every figure checked
 * by hand: overall = sales x weight/100 + margin x weight/100.
 */
class WhatIfTest {

    private static final List<Evidence> POPULATION = new ArrayList<>();
    private static final Map<String, String> GROUPS = new HashMap<>();

    static {
        // subject, sales, margin, group          2026.1          2026.2
        add("a", 100, 0, "east");              // 70 Pass      -> 50 Pass
        add("b", 100, 100, "east");            // 100 Top      -> 100 Top
        add("c", 60, 100, "east");             // 42+30=72 Pass -> 30+50=80 Top
        add("d", 90, 50, "east");              // 63+15=78 Pass -> 45+25=70 Pass
        add("e", 40, 40, "east");              // 28+12=40 Below -> 20+20=40 Below
        add("f", 80, 20, "east");              // 56+6=62 Pass  -> 40+10=50 Pass
        add("g", 100, 30, "west");             // 70+9=79 Pass  -> 50+15=65 Pass
        add("h", 20, 100, "west");             // 14+30=44 Below -> 10+50=60 Pass
        add("i", 90, 90, "west");              // 63+27=90 Top  -> 45+45=90 Top
        add("j", 70, 0, "west");               // 49 Below      -> 35 Below
        add("k", 100, 10, "west");             // 70+3=73 Pass  -> 50+5=55 Pass
        add("l", 0, 100, "west");              // 30 Below      -> 50 Pass
        POPULATION.add(evidence("m", Map.of("sales", 100L)));            // no margin: 2026.2 rejects it
        POPULATION.add(evidence("n", Map.of("sales", 1L, "bonus", 1L))); // unknown measure: both reject it
    }

    private static void add(String subject, long sales, long margin, String group) {
        POPULATION.add(evidence(subject, sales, margin));
        GROUPS.put(subject, group);
    }

    private final List<SubjectChange> rows = new ArrayList<>();
    private final List<WhatIfRejection> rejections = new ArrayList<>();

    private WhatIfSummary run() {
        return WhatIf.of(Scorer.of(V1), Scorer.of(V2))
                .withImpact(GROUPS, Outcome.bandAtLeast(V1, "Pass"), Outcome.bandAtLeast(V2, "Pass"), 5)
                .run(POPULATION, rows::add, rejections::add);
    }

    @Test
    void givesEachSubjectsOverallAndBandBeforeAndAfterAndWhatDrivesTheChange() {
        run();
        assertEquals(12, rows.size());
        SubjectChange c = rows.get(2);
        assertEquals("c", c.subjectId());
        assertEquals(new BigDecimal("72.00"), c.overallBefore());
        assertEquals(Optional.of("Pass"), c.bandBefore());
        assertEquals(new BigDecimal("80.00"), c.overallAfter());
        assertEquals(Optional.of("Top"), c.bandAfter());
        assertEquals(new BigDecimal("8.00"), c.change());
        assertTrue(c.bandChanged());
        assertEquals("c 72.00 Pass -> 80.00 Top (+8.00); margin 30.00 -> 50.00 (+20.00), sales 42.00 -> 30.00 (-12.00)", c.toString());
        assertEquals("a 70.00 Pass -> 50.00 Pass (-20.00); sales 70.00 -> 50.00 (-20.00)", rows.get(0).toString(),
                "a measure whose contribution did not change does not drive");
        assertEquals("b 100.00 Top -> 100.00 Top (0.00); margin 30.00 -> 50.00 (+20.00), sales 70.00 -> 50.00 (-20.00)",
                rows.get(1).toString(), "equal changes in measure id order");
    }

    @Test
    void countsTheBandMigrationsByHand() {
        BandMigrations m = run().migrations();
        assertEquals(List.of("Top", "Pass", "Below", BandMigrations.NO_BAND), m.bandsBefore());
        assertEquals(2, m.count("Top", "Top"));     // b, i
        assertEquals(1, m.count("Pass", "Top"));    // c
        assertEquals(5, m.count("Pass", "Pass"));   // a, d, f, g, k
        assertEquals(2, m.count("Below", "Pass"));  // h, l
        assertEquals(2, m.count("Below", "Below")); // e, j
        assertEquals(12, m.total());
        assertEquals(3, m.moved());
        assertEquals("""
                before \\ after  Top  Pass  Below  (no band)
                Top               2     0      0          0
                Pass              1     5      0          0
                Below             0     2      2          0
                (no band)         0     0      0          0
                """, m.render());
        assertEquals("band Great is not a band before; the bands before are Top, Pass, Below, (no band)",
                assertThrows(IllegalArgumentException.class, () -> m.count("Great", "Top")).getMessage());
    }

    @Test
    void summarisesTheChangeAndTheDriversOverThePopulation() {
        WhatIfSummary s = run();
        assertEquals(12, s.scored());
        assertEquals(3, s.raised());    // c, h, l
        assertEquals(6, s.lowered());   // a, d, f, g, j, k
        assertEquals(3, s.unchanged()); // b, e, i
        // sales: 70+70+42+63+28+56+70+14+63+49+70+0 = 595 -> 50+50+30+45+20+40+50+10+45+35+50+0 = 425
        // margin: 0+30+30+15+12+6+9+30+27+0+3+30 = 192 -> 0+50+50+25+20+10+15+50+45+0+5+50 = 320
        assertEquals(List.of(new MeasureChange("sales", new BigDecimal("595.00"), new BigDecimal("425.00")),
                new MeasureChange("margin", new BigDecimal("192.00"), new BigDecimal("320.00"))), s.drivers());
    }

    @Test
    void reportsTheRecordsEitherVersionRejects() {
        WhatIfSummary s = run();
        assertEquals(1, s.rejectedBefore());
        assertEquals(2, s.rejectedAfter());
        assertEquals(2, s.rejected());
        assertEquals(14, s.total());
        assertEquals(2, rejections.size());
        WhatIfRejection m = rejections.get(0);
        assertEquals("m", m.subjectId());
        assertEquals(12, m.index());
        assertTrue(m.before().isEmpty(), "2026.1 leaves the missing margin out");
        assertEquals(12, m.after().orElseThrow().index());
        WhatIfRejection n = rejections.get(1);
        assertEquals("n", n.subjectId());
        assertTrue(n.before().isPresent() && n.after().isPresent());
    }

    @Test
    void givesTheAdverseImpactBeforeAndAfter() {
        WhatIfSummary s = run();
        // before: east a b c d f selected, e not (5 of 6); west g i k selected, h j l not (3 of 6): 0.6 < 0.8
        AdverseImpact before = s.impactBefore().orElseThrow();
        assertEquals(Optional.of("east"), before.referenceGroup());
        assertEquals(new GroupImpact("west", 6, 3, Verdict.FLAGGED, before.group("west").orElseThrow().againstReference()),
                before.group("west").orElseThrow());
        assertEquals(5, before.group("east").orElseThrow().selected());
        assertTrue(before.anyFlagged());
        // after: east 5 of 6 (e not); west 5 of 6 (j not): equal rates, east first by label
        AdverseImpact after = s.impactAfter().orElseThrow();
        assertEquals(5, after.group("west").orElseThrow().selected());
        assertEquals(5, after.group("east").orElseThrow().selected());
        assertTrue(!after.anyFlagged());
        AdverseImpact whole = AdverseImpact.of(rows.stream().map(r -> Scorer.of(V2).score(POPULATION.get((int) r.index()))).toList(),
                GROUPS, Outcome.bandAtLeast(V2, "Pass"), 5);
        assertEquals(whole.groups(), after.groups(), "the same as the impact of the reviews held in memory");
    }

    @Test
    void refusesWhatAStreamingRunCannotDo() {
        WhatIf w = WhatIf.of(Scorer.of(V1), Scorer.of(V2));
        assertEquals("a streaming what-if keeps counts, not scores, so it cannot find a top-percent cutoff; "
                + "use Outcome.bandAtLeast or Outcome.overallAtLeast", assertThrows(IllegalArgumentException.class,
                () -> w.withImpact(GROUPS, Outcome.topPercent(BigDecimal.TEN), Outcome.bandAtLeast(V2, "Pass"), 5)).getMessage());
        Map<String, String> partial = new HashMap<>(GROUPS);
        partial.remove("h");
        WhatIf missing = w.withImpact(partial, Outcome.overallAtLeast(BigDecimal.TEN), Outcome.overallAtLeast(BigDecimal.TEN), 1);
        assertEquals("subject h has no group: every subject scored in a what-if with impact needs one",
                assertThrows(IllegalArgumentException.class, () -> missing.run(POPULATION, r -> { }, r -> { })).getMessage());
        assertEquals("the number of drivers a row names must be 0 or more, not -1",
                assertThrows(IllegalArgumentException.class, () -> w.withDrivers(-1)).getMessage());
    }

    @Test
    void aNullRecordIsRejectedByBoth() {
        List<Evidence> withNull = new ArrayList<>(POPULATION.subList(0, 2));
        withNull.add(null);
        WhatIfSummary s = WhatIf.of(Scorer.of(V1), Scorer.of(V2)).run(withNull, rows::add, rejections::add);
        assertEquals(2, s.scored());
        assertEquals(1, s.rejected());
        assertEquals(2, rejections.get(0).index());
    }
}
