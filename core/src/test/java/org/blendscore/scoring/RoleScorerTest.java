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
