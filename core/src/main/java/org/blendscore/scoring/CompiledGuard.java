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

import org.blendscore.review.Warning;
import org.blendscore.rubric.BandGuard;

/**
 * A band guard prepared for scoring: what it refers to resolved, and its threshold in units of the
 * rubric's scale, rounded down and up.
 *
 * @param guard the guard
 * @param index its position among the rubric's guards
 * @param onSection whether its condition reads a section's score, else a measure's points
 * @param ref the position of that section or measure, or -1 if the rubric has none of that name
 * @param capIndex the position of the band it caps at, or -1 if the rubric has no such band
 * @param notEvaluated the warning a review carries when the condition's section or measure was left out (skipped
 *     if the guard fails open, else capped)
 * @param thresholdFloor the threshold in units, rounded down, or {@link Long#MIN_VALUE} when that does not fit a long
 * @param thresholdCeiling the threshold in units, rounded up, or {@link Long#MIN_VALUE} when that does not fit a long
 */
record CompiledGuard(BandGuard guard, int index, boolean onSection, int ref, int capIndex, Warning notEvaluated,
                     long thresholdFloor, long thresholdCeiling) {

    /**
     * Whether the condition holds for a score of {@code units} units of the scale: 1 or 0, or -1 when
     * that cannot be told in units (the score or the threshold does not fit a long).
     */
    int holdsInUnits(long units) {
        if (units == Long.MIN_VALUE || thresholdFloor == Long.MIN_VALUE || thresholdCeiling == Long.MIN_VALUE) {
            return -1;
        }
        // for a whole number u and a threshold t: u < t iff u < ceil(t), u <= t iff u <= floor(t), and so on
        boolean holds = switch (guard.condition().comparison()) {
            case BELOW -> units < thresholdCeiling;
            case AT_MOST -> units <= thresholdFloor;
            case AT_LEAST -> units >= thresholdCeiling;
            case ABOVE -> units > thresholdFloor;
        };
        return holds ? 1 : 0;
    }
}
