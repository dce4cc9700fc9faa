package org.blendscore.examples;

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

        assertEquals(33, outcome.ranked().size());
        assertEquals(1, outcome.rejected().size());
        assertTrue(outcome.rejected().get(0).contains("subject 'r34', measure 'collaboration', rater 'm9', value: rating 6"),
                outcome.rejected().get(0));
        assertTrue(text.contains("Rank  Rep"), text);
        assertTrue(text.contains("Records that could not be scored (1):"), text);
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
        assertEquals("Exceeds", top.review().band());
        for (SampleTeam.Row row : outcome.ranked()) {
            BigDecimal sum = row.review().measures().stream().map(m -> m.contribution()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(row.review().overall(), sum, row.member().name());
        }
    }
}
