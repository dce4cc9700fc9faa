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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleTeamGoalsTest {

    @Test
    void thePodSharesADealCountsItsPooledGoalAndRollsUpItsReview() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SampleTeamGoals.Outcome outcome = SampleTeamGoals.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        // d-2041 250,000 split 50/30/20: ana 380,000 + 125,000 = 505,000 (a = 1.01, 100.60 points),
        // ben 420,000 + 75,000 = 495,000 (a = 0.99, 98.00), cy 300,000 + 50,000 = 350,000 (a = 0.70, 40.00);
        // the pod: 1,350,000 of 1,500,000 (a = 0.90, 80.00 points) at 30% for each: 24.00
        // ana 0.7 x 100.60 + 24.00 = 94.42, ben 68.60 + 24.00 = 92.60, cy 28.00 + 24.00 = 52.00
        assertEquals(new BigDecimal("94.42"), outcome.reviews().get("ana").overall());
        assertEquals(new BigDecimal("92.60"), outcome.reviews().get("ben").overall());
        assertEquals(new BigDecimal("52.00"), outcome.reviews().get("cy").overall());
        // mean (94.42 + 92.60 + 52.00) / 3 = 79.6733...
        assertEquals(Optional.of(new BigDecimal("79.67")), outcome.team().score());
        assertTrue(outcome.team().complete());
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("split d-2041 250000: ana 50% = 125000.00 ben 30% = 75000.00 cy 20% = 50000.00"), text);
        assertTrue(text.contains("pod new ARR 1350000.00 against a pod target of 1500000 USD"), text);
        assertTrue(text.contains("team east-pod: 79.67 (mean of 3 members)"), text);
        assertTrue(text.contains("split d-2041: 50% of 250000.00"), text);
    }
}
