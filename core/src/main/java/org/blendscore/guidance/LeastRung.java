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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.InvalidEvidenceException;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.review.Review;

/**
 * Finds the least rung of a ladder that reaches the band aimed at, given other measures' changes:
 * doubling from one unit until the band is reached, the ladder's top is passed, the measure gives
 * its most points (its cap: nothing further helps) or the evidence leaves the scorer's limits; then
 * halving between the last rung that did not reach and the first that did. The bisection is
 * exact over the scorer's own exact arithmetic, so the rung found is the exact inversion of the
 * curve, gate, cap, tiers, weights, guards and the overall's rounding, rounded up to the resolution.
 */
final class LeastRung {

    /** A rung that reaches, the review it gives and the evidence one rung below. */
    record Found(Ladder ladder, long rung, Review review) {
        MeasureEvidence evidence() {
            return ladder.rung().apply(rung);
        }

        MeasureEvidence smaller() {
            return ladder.rung().apply(rung - 1);
        }

        String words() {
            return ladder.words().apply(rung);
        }
    }

    private LeastRung() {
    }

    static Optional<Found> find(Rescoring rescoring, Ladder ladder, Map<String, MeasureEvidence> others,
                                Optional<BigDecimal> maxPoints) {
        long low = 0;
        long k = 1;
        Review high = null;
        while (k <= ladder.top()) {
            Review r = at(rescoring, ladder, others, k);
            if (r == null) {
                return Optional.empty();
            }
            if (rescoring.reaches(r)) {
                high = r;
                break;
            }
            if (maxPoints.isPresent() && Rescoring.points(r, ladder.measureId()).compareTo(maxPoints.get()) >= 0) {
                return Optional.empty();
            }
            low = k;
            if (k == ladder.top()) {
                return Optional.empty();
            }
            k = k > ladder.top() / 2 ? ladder.top() : k * 2;
        }
        if (high == null) {
            return Optional.empty();
        }
        while (k - low > 1) {
            long mid = low + (k - low) / 2;
            Review r = at(rescoring, ladder, others, mid);
            if (r != null && rescoring.reaches(r)) {
                k = mid;
                high = r;
            } else {
                low = mid;
            }
        }
        return Optional.of(new Found(ladder, k, high));
    }

    /** The review at a rung, or null when the evidence there is outside the scorer's limits. */
    private static Review at(Rescoring rescoring, Ladder ladder, Map<String, MeasureEvidence> others, long k) {
        Map<String, MeasureEvidence> changes = new HashMap<>(others);
        changes.put(ladder.measureId(), ladder.rung().apply(k));
        try {
            return rescoring.score(changes);
        } catch (InvalidEvidenceException outsideLimits) {
            return null;
        }
    }
}
