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
import java.util.Objects;

/**
 * How much one measure contributed to an overall score before and after: for one subject, or summed
 * over a population. A measure that one version does not have contributes zero under it.
 *
 * @param measureId the measure
 * @param before its contribution under the scorer before
 * @param after its contribution under the scorer after
 */
public record MeasureChange(String measureId, BigDecimal before, BigDecimal after) {

    /**
     * Checks the parts are there.
     *
     * @param measureId the measure
     * @param before its contribution before
     * @param after its contribution after
     * @throws NullPointerException naming the part that is null
     */
    public MeasureChange {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The change of the contribution.
     *
     * @return after minus before
     */
    public BigDecimal delta() {
        return after.subtract(before);
    }

    /** The change as {@code new-arr 30.00 -> 24.00 (-6.00)}. */
    @Override
    public String toString() {
        return measureId + " " + before.toPlainString() + " -> " + after.toPlainString() + " (" + WhatIfText.signed(delta()) + ")";
    }
}
