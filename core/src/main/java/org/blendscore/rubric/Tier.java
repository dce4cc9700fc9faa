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
package org.blendscore.rubric;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link TierCurve}: attainments from {@code from} up to {@code to} score {@code points}.
 *
 * <p>Whether a value exactly on an edge between two tiers belongs to the lower or the higher tier is
 * the curve's {@link TierEdge} rule.
 *
 * @param from the lower edge of the tier (attainment ratio)
 * @param to the upper edge, or empty for the open-ended top tier
 * @param points the points of every attainment in the tier
 */
public record Tier(@NotNull @PositiveOrZero BigDecimal from, Optional<BigDecimal> to, @NotNull @PositiveOrZero BigDecimal points) {

    /**
     * Checks that the parts are present.
     *
     * @param from the lower edge of the tier (attainment ratio)
     * @param to the upper edge, or empty for the open-ended top tier
     * @param points the points of every attainment in the tier
     */
    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(points, "points");
    }

    /** Renders the tier's interval, e.g. {@code [0.8, 1.0) -> 50}. */
    @Override
    public String toString() {
        return "[" + from.toPlainString() + ", " + to.map(BigDecimal::toPlainString).orElse("\u221e") + ") -> " + points.toPlainString();
    }
}
