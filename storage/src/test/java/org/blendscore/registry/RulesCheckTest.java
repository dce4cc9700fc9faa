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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;

import org.blendscore.revision.FamilyRules;
import org.blendscore.revision.RevisionRule;
import org.blendscore.revision.RevisionRules;
import org.junit.jupiter.api.Test;

/** A check built from families' rules as data: each family once. */
class RulesCheckTest {

    private static final RevisionRules FLOOR = RevisionRules.of(new RevisionRule.MinQualitativeShare(BigDecimal.valueOf(40)));

    @Test
    void familiesAreKeptByTheirRubricId() {
        RulesCheck check = RulesCheck.of(new FamilyRules("hunter-ae", FLOOR), new FamilyRules("farmer-am", RevisionRules.of()));
        assertEquals(Map.of("hunter-ae", FLOOR, "farmer-am", RevisionRules.of()), check.families());
    }

    @Test
    void aFamilyGivenTwiceIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RulesCheck.of(new FamilyRules("hunter-ae", FLOOR), new FamilyRules("hunter-ae", RevisionRules.of())));
        assertEquals("the revision rules of rubric family \"hunter-ae\" are given twice; give each family's rules once", e.getMessage());
    }

    @Test
    void aMissingFamilyIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> RulesCheck.of(new FamilyRules("x", FLOOR), null));
        assertEquals("family", e.getMessage());
    }
}
