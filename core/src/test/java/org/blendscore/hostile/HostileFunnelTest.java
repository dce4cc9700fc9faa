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
package org.blendscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.ConversionHistory;
import org.blendscore.funnel.FunnelStage;
import org.junit.jupiter.api.Test;

/** The activity funnel's public entries give precise errors for extreme and missing input, never a bare exception. */
class HostileFunnelTest {

    @Test
    void aQuotaThatNeedsMoreDealsThanALongCountsIsRefusedByName() {
        ActivityFunnel funnel = ActivityFunnel.of(new BigDecimal("0.00000000000000000001"), FunnelStage.of("calls", "0.5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> funnel.plan(new BigDecimal("100000000000000000000000000000"), 1));
        assertTrue(e.getMessage().startsWith("quota 100000000000000000000000000000 needs "), e.getMessage());
        assertEquals(2, ActivityFunnel.of(BigDecimal.ONE, FunnelStage.of("calls", "0.5")).plan(BigDecimal.ONE, 1).activities()
                .get(0).perPeriod());
    }

    @Test
    void aQuotaOutsideTheSupportedNumbersIsRefusedByName() {
        ActivityFunnel funnel = ActivityFunnel.of(BigDecimal.ONE, FunnelStage.of("calls", "0.5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> funnel.plan(new BigDecimal("1E+5000000"), 1));
        assertTrue(e.getMessage().startsWith("quota 1E+5000000 is outside the supported range"), e.getMessage());
        assertEquals("quota", assertThrows(NullPointerException.class, () -> funnel.plan(null, 1)).getMessage());
    }

    @Test
    void nullListsAndElementsOfAFunnelAreNamed() {
        assertEquals("stages is null; a value is required",
                assertThrows(NullPointerException.class, () -> new ActivityFunnel(BigDecimal.ONE, null)).getMessage());
        assertEquals("stages[1] is null; a value is required", assertThrows(NullPointerException.class,
                () -> new ActivityFunnel(BigDecimal.ONE, Arrays.asList(FunnelStage.of("calls", "0.5"), null))).getMessage());
        assertEquals("records[0] is null; a value is required", assertThrows(NullPointerException.class,
                () -> new ConversionHistory(List.of("calls"), Arrays.asList((Map<String, Long>) null))).getMessage());
    }
}
