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
 */
public final class Pacing {

    private final LocalDate asOf;
    private final BigDecimal expectedToDate;
    private final BigDecimal actualToDate;
    private final BigDecimal gap;
    private final BigDecimal targetAtEnd;
    private final BigDecimal projectedAtEnd;
    private final BigDecimal pacingAttainment;
    private final int checkInsBehind;

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
    public Pacing(LocalDate asOf, BigDecimal expectedToDate, BigDecimal actualToDate, BigDecimal gap,
                  BigDecimal targetAtEnd, BigDecimal projectedAtEnd, BigDecimal pacingAttainment, int checkInsBehind) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(expectedToDate, "expectedToDate");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(targetAtEnd, "targetAtEnd");
        Objects.requireNonNull(projectedAtEnd, "projectedAtEnd");
        Objects.requireNonNull(pacingAttainment, "pacingAttainment");
        this.asOf = asOf;
        this.expectedToDate = expectedToDate;
        this.actualToDate = actualToDate;
        this.gap = gap;
        this.targetAtEnd = targetAtEnd;
        this.projectedAtEnd = projectedAtEnd;
        this.pacingAttainment = pacingAttainment;
        this.checkInsBehind = checkInsBehind;
    }

    /**
     * Returns the review date.
     *
     * @return the review date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the effective target expected by {@code asOf} (by season weights, or evenly over the days counted).
     *
     * @return the effective target expected by {@code asOf} (by season weights, or evenly over the days counted)
     */
    public BigDecimal expectedToDate() {
        return expectedToDate;
    }

    /**
     * Returns the actual to date, after relief credits.
     *
     * @return the actual to date, after relief credits
     */
    public BigDecimal actualToDate() {
        return actualToDate;
    }

    /**
     * Returns how far the actual is behind the expected target to date, in the better direction; zero or negative when on or ahead of pace.
     *
     * @return how far the actual is behind the expected target to date, in the better direction; zero or negative when on or ahead of pace
     */
    public BigDecimal gap() {
        return gap;
    }

    /**
     * Returns the effective target for the whole review period.
     *
     * @return the effective target for the whole review period
     */
    public BigDecimal targetAtEnd() {
        return targetAtEnd;
    }

    /**
     * Returns the run-rate projection of the actual to the end of the period.
     *
     * @return the run-rate projection of the actual to the end of the period
     */
    public BigDecimal projectedAtEnd() {
        return projectedAtEnd;
    }

    /**
     * Returns the attainment the subject is pacing to: projected over target at end.
     *
     * @return the attainment the subject is pacing to: projected over target at end
     */
    public BigDecimal pacingAttainment() {
        return pacingAttainment;
    }

    /**
     * Returns how many consecutive check-ins, up to and including this one, were behind.
     *
     * @return how many consecutive check-ins, up to and including this one, were behind
     */
    public int checkInsBehind() {
        return checkInsBehind;
    }

    /** Equal to another Pacing whose every part is equal. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pacing other
                && Objects.equals(asOf, other.asOf)
                && Objects.equals(expectedToDate, other.expectedToDate)
                && Objects.equals(actualToDate, other.actualToDate)
                && Objects.equals(gap, other.gap)
                && Objects.equals(targetAtEnd, other.targetAtEnd)
                && Objects.equals(projectedAtEnd, other.projectedAtEnd)
                && Objects.equals(pacingAttainment, other.pacingAttainment)
                && checkInsBehind == other.checkInsBehind;
    }

    /** A hash of every part. */
    @Override
    public int hashCode() {
        return Objects.hash(asOf, expectedToDate, actualToDate, gap, targetAtEnd, projectedAtEnd, pacingAttainment, checkInsBehind);
    }

    /** The parts, as {@code Pacing[part=value, ...]}. */
    @Override
    public String toString() {
        return "Pacing[asOf=" + asOf
                + ", expectedToDate=" + expectedToDate
                + ", actualToDate=" + actualToDate
                + ", gap=" + gap
                + ", targetAtEnd=" + targetAtEnd
                + ", projectedAtEnd=" + projectedAtEnd
                + ", pacingAttainment=" + pacingAttainment
                + ", checkInsBehind=" + checkInsBehind
                + "]";
    }
}
