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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * Step tiers being described. Tiers are given by their lower edge: each tier reaches up to the next
 * one's lower edge and the last is open-ended, so the table has no gaps or overlaps by construction.
 * Immutable: every option returns a new step. Numbers may be given as {@code BigDecimal}, taken
 * exactly, or as {@code double}, read as its shortest decimal string (see {@link RubricDsl}).
 */
public final class TierCurveStep {

    /** A tier as given: its lower edge and its points; its upper edge is the next tier's lower edge. */
    private record From(BigDecimal from, BigDecimal points) {
    }

    private static final String EDGE = "tier edge";
    private static final String POINTS = "tier points";

    private final Chain<From> tiers;
    private final TierEdge edge;

    private TierCurveStep(Chain<From> tiers, TierEdge edge) {
        this.tiers = tiers;
        this.edge = edge;
    }

    static TierCurveStep start() {
        return new TierCurveStep(Chain.empty(), TierEdge.HIGHER);
    }

    /**
     * Adds a tier: attainments from {@code from} up to the next tier's {@code from} score {@code points}.
     * The first tier starts at 0.
     *
     * @param from the tier's lower edge (attainment ratio)
     * @param points the tier's points
     * @return a new step
     * @throws IllegalArgumentException if a number is NaN or infinite
     */
    public TierCurveStep from(double from, double points) {
        return from(Decimals.of(from, EDGE), Decimals.of(points, POINTS));
    }

    /**
     * Adds a tier with an exact edge and points: attainments from {@code from} up to the next tier's
     * {@code from} score {@code points}. The first tier starts at 0.
     *
     * @param from the tier's lower edge (attainment ratio)
     * @param points the tier's points
     * @return a new step
     * @throws NullPointerException if a number is null
     */
    public TierCurveStep from(BigDecimal from, BigDecimal points) {
        Chain<From> next = this.tiers.append(new From(Decimals.of(from, EDGE), Decimals.of(points, POINTS)));
        return new TierCurveStep(next, edge);
    }

    /**
     * A value exactly on an edge belongs to the lower tier (tiers are {@code (from, to]}).
     *
     * @return a new step
     */
    public TierCurveStep edgesToLowerTier() {
        return new TierCurveStep(tiers, TierEdge.LOWER);
    }

    /**
     * A value exactly on an edge belongs to the higher tier (the default; tiers are {@code [from, to)}).
     *
     * @return a new step
     */
    public TierCurveStep edgesToHigherTier() {
        return new TierCurveStep(tiers, TierEdge.HIGHER);
    }

    TierCurve toCurve() {
        List<Tier> out = new ArrayList<>();
        List<From> tiers = this.tiers.toList();
        for (int i = 0; i < tiers.size(); i++) {
            Optional<BigDecimal> to = i + 1 < tiers.size() ? Optional.of(tiers.get(i + 1).from()) : Optional.empty();
            out.add(new Tier(tiers.get(i).from(), to, tiers.get(i).points()));
        }
        return new TierCurve(out, edge);
    }
}
