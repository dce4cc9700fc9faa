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
package org.blendscore.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a quota measure stands at an interim review ("mind the gap").
 *
 * @param asOf the review date
 * @param expectedToDate the effective target expected by {@code asOf} (by season weights, or evenly
 *     over the days counted)
 * @param actualToDate the actual to date, after relief credits
 * @param gap how far the actual is behind the expected target to date, in the better direction;
 *     zero or negative when on or ahead of pace
 * @param targetAtEnd the effective target for the whole review period
 * @param projectedAtEnd the run-rate projection of the actual to the end of the period
 * @param pacingAttainment the attainment the subject is pacing to: projected over target at end
 * @param checkInsBehind how many consecutive check-ins, up to and including this one, were behind
 */
public record Pacing(LocalDate asOf, BigDecimal expectedToDate, BigDecimal actualToDate, BigDecimal gap,
                     BigDecimal targetAtEnd, BigDecimal projectedAtEnd, BigDecimal pacingAttainment, int checkInsBehind) {

    /**
     * Checks that the parts are present.
     *
     * @param asOf the review date
     * @param expectedToDate the effective target expected by {@code asOf} (by season weights, or evenly
     *         over the days counted)
     * @param actualToDate the actual to date, after relief credits
     * @param gap how far the actual is behind the expected target to date, in the better direction;
     *         zero or negative when on or ahead of pace
     * @param targetAtEnd the effective target for the whole review period
     * @param projectedAtEnd the run-rate projection of the actual to the end of the period
     * @param pacingAttainment the attainment the subject is pacing to: projected over target at end
     * @param checkInsBehind how many consecutive check-ins, up to and including this one, were behind
     */
    public Pacing {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(expectedToDate, "expectedToDate");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(targetAtEnd, "targetAtEnd");
        Objects.requireNonNull(projectedAtEnd, "projectedAtEnd");
        Objects.requireNonNull(pacingAttainment, "pacingAttainment");
    }
}
