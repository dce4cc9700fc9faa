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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.review.Review;
import org.blendscore.scoring.Scorer;

/**
 * Scores a subject's evidence again with some measures' evidence changed, the way the review was
 * scored (final, or interim at the review's date), and tells whether a result reaches the band aimed at.
 */
final class Rescoring {
    private final Scorer scorer;
    private final Evidence evidence;
    private final Optional<LocalDate> asOf;
    private final Map<String, Integer> rank = new HashMap<>();
    private final int aim;

    Rescoring(Scorer scorer, Evidence evidence, Optional<LocalDate> asOf, int aim) {
        this.scorer = scorer;
        this.evidence = evidence;
        this.asOf = asOf;
        this.aim = aim;
        for (int i = 0; i < scorer.rubric().bands().size(); i++) {
            rank.putIfAbsent(scorer.rubric().bands().get(i).label(), i);
        }
    }

    Evidence evidence() {
        return evidence;
    }

    Review score(Map<String, MeasureEvidence> changes) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>(evidence.measures());
        measures.putAll(changes);
        Evidence changed = new Evidence(evidence.subjectId(), evidence.period(), measures, evidence.attributes(),
                evidence.participation(), evidence.factors());
        return asOf.isPresent() ? scorer.scoreInterim(changed, asOf.get()) : scorer.score(changed);
    }

    boolean reaches(Review review) {
        return review.band().map(b -> rank.getOrDefault(b, Integer.MAX_VALUE) <= aim).orElse(false);
    }

    boolean reaches(Map<String, MeasureEvidence> changes) {
        return reaches(score(changes));
    }

    static BigDecimal points(Review review, String measureId) {
        return review.measure(measureId).flatMap(m -> m.points()).orElse(BigDecimal.ZERO);
    }
}
