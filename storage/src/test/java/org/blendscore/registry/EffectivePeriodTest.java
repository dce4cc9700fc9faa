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
package org.blendscore.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EffectivePeriodTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        EffectivePeriod h1 = EffectivePeriod.of(d(1, 1), d(7, 1));
        assertFalse(h1.overlaps(EffectivePeriod.from(d(7, 1))));
        assertFalse(EffectivePeriod.from(d(7, 1)).overlaps(h1));
        assertTrue(h1.overlaps(EffectivePeriod.of(d(6, 30), d(7, 2))));
        assertTrue(EffectivePeriod.from(d(9, 1)).overlaps(EffectivePeriod.from(d(1, 1))), "two open-ended periods always overlap");
        assertTrue(h1.overlaps(EffectivePeriod.of(d(2, 1), d(3, 1))), "one inside the other");
    }

    @Test
    void containsItsStartAndNotItsEnd() {
        EffectivePeriod h1 = EffectivePeriod.of(d(1, 1), d(7, 1));
        assertTrue(h1.contains(d(1, 1)));
        assertTrue(h1.contains(d(6, 30)));
        assertFalse(h1.contains(d(7, 1)));
        assertFalse(h1.contains(d(1, 1).minusDays(1)));
        assertEquals("[2026-01-01, 2026-07-01)", h1.toString());
    }

    @Test
    void aPeriodMustHoldADay() {
        assertEquals("an effective period must end after it starts: [2026-07-01, 2026-07-01) holds no day",
                assertThrows(InvalidRegistrationException.class, () -> EffectivePeriod.of(d(7, 1), d(7, 1))).getMessage());
    }

    @Test
    void aRevisionNeedsAnAuthor() {
        assertEquals("a registered rubric's author is blank",
                assertThrows(InvalidRegistrationException.class, () -> Revision.of("why", " ", "omar", d(1, 1))).getMessage());
    }
}
