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
package org.blendscore.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject re-scored: the overall score and band before and after, and the measures whose
 * contributions changed most (largest change first, at most as many as the what-if asks for, none
 * that did not change).
 *
 * @param index the record's position in the population, from 0
 * @param subjectId the subject
 * @param overallBefore the overall score under the scorer before
 * @param bandBefore the band before; empty if the review was incomplete
 * @param overallAfter the overall score under the scorer after
 * @param bandAfter the band after; empty if the review was incomplete
 * @param drivers the measures that drive the change, largest change first
 */
public record SubjectChange(long index, String subjectId, BigDecimal overallBefore, Optional<String> bandBefore,
                            BigDecimal overallAfter, Optional<String> bandAfter, List<MeasureChange> drivers) {

    /**
     * Checks the parts are there and copies the drivers.
     *
     * @param index the record's position
     * @param subjectId the subject
     * @param overallBefore the overall score before
     * @param bandBefore the band before
     * @param overallAfter the overall score after
     * @param bandAfter the band after
     * @param drivers the measures that drive the change
     * @throws NullPointerException naming the part that is null
     */
    public SubjectChange {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(overallBefore, "overallBefore");
        Objects.requireNonNull(bandBefore, "bandBefore");
        Objects.requireNonNull(overallAfter, "overallAfter");
        Objects.requireNonNull(bandAfter, "bandAfter");
        drivers = List.copyOf(drivers);
    }

    /**
     * The change of the overall score.
     *
     * @return after minus before
     */
    public BigDecimal change() {
        return overallAfter.subtract(overallBefore);
    }

    /**
     * Whether the subject lands in another band (or has a band on one side only).
     *
     * @return true if the bands differ
     */
    public boolean bandChanged() {
        return !bandBefore.equals(bandAfter);
    }

    /** The row as {@code ana 81.50 Exceeds -> 76.00 Meets (-5.50); new-arr 30.00 -> 24.00 (-6.00)}. */
    @Override
    public String toString() {
        return WhatIfText.row(this);
    }
}
