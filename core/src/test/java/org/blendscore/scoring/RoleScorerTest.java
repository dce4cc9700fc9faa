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
package org.blendscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.rubric.RubricSet;
import org.junit.jupiter.api.Test;

class RoleScorerTest {

    @Test
    void scoresEachSubjectWithTheRubricOfItsRoleAndNamesAnUnknownRole() {
        RubricSet set = RubricSet.of("hunter", ReferenceRubric.rubric(), "farmer", TargetFixtures.rubric(TargetFixtures.rules()));
        RoleScorer scorer = RoleScorer.of(set);
        assertEquals(new BigDecimal("92.40"), scorer.score("hunter", ReferenceRubric.ana()).overall());
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> scorer.score("gardener", ReferenceRubric.ana()));
        assertTrue(e.getMessage().contains("subject 'ana', role: no rubric for role 'gardener'; roles are hunter, farmer"), e.getMessage());
        IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> set.rubricFor("gardener"));
        assertTrue(direct.getMessage().contains("roles are hunter, farmer"));
    }
}
