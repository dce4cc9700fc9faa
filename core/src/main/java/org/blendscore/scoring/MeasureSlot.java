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

import java.math.BigInteger;
import org.blendscore.review.MeasureStatus;

/**
 * One measure's state during the run: its outcome, then its weighing and apportionment. Holds
 * numbers and shared objects only: a reused workspace is long-lived, and a reference to a new
 * object stored into it would cost the garbage collector's write barrier its slow path.
 */
final class MeasureSlot extends MeasureOutcome {
    final CompiledMeasure measure;
    final int order;
    /** The {@link MeasureStatus} ordinal. */
    byte status;
    /** The apportioned contribution in units of the scale; {@code bigUnits} instead when a number outgrew a long. */
    long units;
    BigInteger bigUnits;
    /** What remains of the exact contribution above {@code units}: remainder / remainderOf, in [0, 1). */
    long remainder;
    long remainderOf;
    /** remainder / remainderOf as a double, within a few parts in 10^16 of it. */
    double fraction;

    MeasureSlot(CompiledMeasure measure, int order) {
        this.measure = measure;
        this.order = order;
    }

    /**
     * Clears the slot for the next review: no reference to this review's objects stays, and what the
     * next review reads before writing is reset. The numbers (status, units, remainders) are always
     * written before they are read.
     */
    void clear() {
        reset();
        if (bigUnits != null) {
            bigUnits = null;
        }
    }
}
