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

import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleTeamTest {

    @Test
    void scoresTheWholeSampleTeamAndReportsTheOneBadRecord() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SampleTeam.Outcome outcome = SampleTeam.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);

        assertEquals(34, outcome.ranked().size());
        assertEquals(1, outcome.rejected().size());
        assertTrue(outcome.rejected().get(0).contains("subject 'r34', measure 'collaboration', rater 'm9', value: rating 6"),
                outcome.rejected().get(0));
        assertTrue(text.contains("Rank  Rep"), text);
        assertTrue(text.contains("Records that could not be scored (1):"), text);
    }

    private static org.blendscore.review.QuotaInput quota(SampleTeam.Outcome outcome, String name, String measure) {
        return (org.blendscore.review.QuotaInput) outcome.ranked().stream().filter(r -> r.member().name().equals(name)).findFirst()
                .orElseThrow().review().measure(measure).orElseThrow().input();
    }

    @Test
    void showsAProratedARampedAndARelievedRepWithTargetsAReviewerCanRecompute() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SampleTeam.Outcome outcome = SampleTeam.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        // Eve moved into the role on 1 June: 800,000 x territory 0.85 x 214/365 = 398,684.93
        assertEquals(new BigDecimal("398684.93"), quota(outcome, "Eve Moreau", "new-arr").target());
        // Gia was hired on 20 March, after the cut-off day 15, so her ramp starts in April:
        // (30 x 0.25 + 31 x 0.5 + 30 x 0.75 + 184) / 365 = 229.5/365; 800,000 x 1.1 x 229.5/365 = 553,315.07
        assertEquals(new BigDecimal("553315.07"), quota(outcome, "Gia Rossi", "new-arr").target());
        // Ines: relief is capped at 20% of 800,000 = 160,000; the credit of 40,000 (approved first) is granted
        // in full, the target relief of 150,000 only 120,000: target 680,000, actual 800,000 + 40,000
        org.blendscore.review.QuotaInput ines = quota(outcome, "Ines Silva", "new-arr");
        assertEquals(new BigDecimal("680000.00"), ines.target());
        assertEquals(new BigDecimal("840000.00"), ines.actual());
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("relief: territory reassigned in Q2, approved by vp-sales on 2026-07-01 (150000.00 requested)"), text);
    }

    @Test
    void ranksFayOrtizFirstWithHandCheckedNumbers() {
        SampleTeam.Outcome outcome = SampleTeam.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        SampleTeam.Row top = outcome.ranked().get(0);
        assertEquals("Fay Ortiz", top.member().name());
        // expansion-arr 432,500 / 300,000 = 1.441666..: 100 + 0.441666../0.5 x 25 = 122.0833..
        assertEquals(new BigDecimal("122.08"), top.review().measure("expansion-arr").orElseThrow().points().orElseThrow());
        // Retention 0.6 x 100 + 0.4 x 122.0833.. = 108.8333..; Relationship (100 + 62.5) / 2 = 81.25 after
        // customer-satisfaction is left out; overall 0.4 x 108.8333.. + 0.2 x 100 + 0.4 x 81.25 = 96.0333..
        assertEquals(new BigDecimal("96.03"), top.review().overall());
        // her customer-satisfaction evidence is unusable, so the guard "customer-satisfaction below 40: at most
        // Developing" cannot be evaluated; it fails closed, and withholding that evidence no longer buys Exceeds
        assertEquals(Optional.of("Developing"), top.review().band());
        assertEquals(Optional.of("Exceeds"), top.review().bandBeforeGuards());
        assertTrue(top.review().warnings().stream().anyMatch(w -> w.kind() == org.blendscore.review.Warning.Kind.GUARD_FAILED_CLOSED));
        assertEquals(new BigDecimal("80.00"), top.review().coverage().overallPercent());
        for (SampleTeam.Row row : outcome.ranked()) {
            BigDecimal sum = row.review().measures().stream().map(m -> m.contribution()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(row.review().overall(), sum, row.member().name());
        }
    }

    @Test
    void showsAnIncompleteReviewWithoutABandAndSaysWhatIsMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleTeam.Outcome outcome = SampleTeam.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        // Ivo Petrov handed in no relationship ratings: Revenue and Progression alone cover 70% of the rubric
        SampleTeam.Row ivo = outcome.ranked().get(outcome.ranked().size() - 1);
        assertEquals("Ivo Petrov", ivo.member().name());
        assertEquals(Optional.empty(), ivo.review().band());
        assertEquals(new BigDecimal("70.00"), ivo.review().coverage().overallPercent());
        assertTrue(text.contains("Full review of Ivo Petrov, whose evidence is incomplete:"), text);
        assertTrue(text.contains("no band: evidence coverage 70.00% is below the rubric's least coverage of 75.00% for a banded review"),
                text);
        assertTrue(text.contains("  missing: customer-trust: no source had enough usable ratings"), text);
    }
}
