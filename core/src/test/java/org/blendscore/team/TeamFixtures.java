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
package org.blendscore.team;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;

/** A small team rubric for the team tests: own quota 70%, pooled team quota 30%, both straight lines to 100 (capped). */
final class TeamFixtures {

    static final DateRange YEAR = DateRange.year(2026);

    private TeamFixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A capped straight line: attainment x 100 points, at most 100. */
    static QuotaMeasure quota(String id, String weight, String target) {
        LinearCurve straight = new LinearCurve(List.of(Breakpoint.of("0", "0"), Breakpoint.of("1", "100")), Optional.empty(), true);
        return new QuotaMeasure(id, d(weight), Target.amount(target, "USD"), Direction.HIGHER_IS_BETTER, straight);
    }

    /** One section Revenue: new-arr (target 500, 70%) and team-arr (target 1000, 30%). */
    static Rubric teamRubric() {
        return new Rubric("team-test", "1", YEAR, List.of(new Section("Revenue", d("100"),
                List.of(quota("new-arr", "70", "500"), quota("team-arr", "30", "1000")))),
                List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT,
                Rubric.DEFAULT_SCALE);
    }

    /** A rubric of new-arr alone, target 1000. */
    static Rubric soloRubric() {
        return new Rubric("solo-test", "1", YEAR, List.of(new Section("Revenue", d("100"), List.of(quota("new-arr", "100", "1000")))),
                List.of(new Band("Meets", d("70")), new Band("Below", d("0"))), List.of(), MissingEvidencePolicy.LEAVE_OUT,
                Rubric.DEFAULT_SCALE);
    }

    static Evidence evidence(String subject, Object... idsAndEvidence) {
        Map<String, MeasureEvidence> m = new LinkedHashMap<>();
        for (int i = 0; i < idsAndEvidence.length; i += 2) {
            m.put((String) idsAndEvidence[i], (MeasureEvidence) idsAndEvidence[i + 1]);
        }
        return Evidence.of(subject, YEAR, m);
    }
}
