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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.number.Fraction;

/**
 * Step tiers: attainment ranges that each score fixed points. The tiers must cover every attainment
 * from 0 upwards without gaps or overlaps, the last one open-ended; this is checked when the rubric
 * is built.
 *
 * @param tiers the tiers, in ascending order of attainment
 * @param edge which tier a value exactly on an edge belongs to
 */
public record TierCurve(@NotEmpty List<@Valid @NotNull Tier> tiers, @NotNull TierEdge edge) implements Curve {

    /**
     * Copies the tiers.
     *
     * @param tiers the tiers, in ascending order of attainment
     * @param edge which tier a value exactly on an edge belongs to
     */
    public TierCurve {
        tiers = Copies.list(tiers, "tiers", () -> "TierCurve");
        Objects.requireNonNull(edge, "edge");
    }

    @Override
    public Optional<BigDecimal> maxPoints() {
        return tiers.stream().map(Tier::points).max(Comparator.naturalOrder());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The points of the tier that holds the attainment; on the edge between two tiers, the tier
     * that the {@link TierEdge} rule names; below the first tier's lower edge, the first tier. The
     * tiers are read in their order, contiguous from 0 (as a rubric requires): the attainment
     * belongs to the last tier whose lower edge lies below it (or on it, when edges belong to the
     * higher tier).
     */
    @Override
    public Fraction pointsAt(Fraction attainment) {
        Objects.requireNonNull(attainment, "attainment");
        if (tiers.isEmpty()) {
            throw new IllegalStateException(RubricMessages.curveWithoutPoints("tiers"));
        }
        int k = 0;
        for (int i = 1; i < tiers.size(); i++) {
            int c = attainment.compareTo(tiers.get(i).from());
            if (c > 0 || (c == 0 && edge == TierEdge.HIGHER)) {
                k = i;
            }
        }
        return Fraction.of(tiers.get(k).points());
    }
}
