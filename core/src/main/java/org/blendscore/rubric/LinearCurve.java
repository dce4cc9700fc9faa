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
 * A piecewise-linear curve through breakpoints.
 *
 * <ul>
 *   <li>Between two breakpoints, points are interpolated linearly.</li>
 *   <li>Below the first breakpoint, points stay at the first breakpoint's points (no extrapolation).</li>
 *   <li>With a gate, an attainment strictly below the gate scores 0.</li>
 *   <li>Capped: above the last breakpoint, points stay at the last breakpoint's points.
 *       Uncapped: the last segment's slope continues, so a rubric rejects an uncapped curve whose last
 *       segment falls (its points would drop below 0).</li>
 * </ul>
 *
 * @param breakpoints at least two, attainments strictly increasing
 * @param gate the attainment below which nothing counts, if any
 * @param capped whether points stay flat above the last breakpoint
 */
public record LinearCurve(@NotEmpty List<@Valid @NotNull Breakpoint> breakpoints, Optional<BigDecimal> gate, boolean capped)
        implements Curve {

    /**
     * Copies the breakpoints; order is kept as given and checked when the rubric is built.
     *
     * @param breakpoints at least two, attainments strictly increasing
     * @param gate the attainment below which nothing counts, if any
     * @param capped whether points stay flat above the last breakpoint
     */
    public LinearCurve {
        breakpoints = Copies.list(breakpoints, "breakpoints", () -> "LinearCurve");
        Objects.requireNonNull(gate, "gate");
    }

    @Override
    public Optional<BigDecimal> maxPoints() {
        BigDecimal highest = breakpoints.stream().map(Breakpoint::points).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        if (capped || breakpoints.size() < 2) {
            return Optional.of(highest);
        }
        Breakpoint last = breakpoints.get(breakpoints.size() - 1);
        Breakpoint before = breakpoints.get(breakpoints.size() - 2);
        return last.points().compareTo(before.points()) > 0 ? Optional.empty() : Optional.of(highest);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strictly below the gate: 0. At or below the first breakpoint: its points. Between two
     * breakpoints: linear between their points. Above the last breakpoint: its points when capped,
     * else the last segment's line continued.
     */
    @Override
    public Fraction pointsAt(Fraction attainment) {
        Objects.requireNonNull(attainment, "attainment");
        if (breakpoints.isEmpty()) {
            throw new IllegalStateException(RubricMessages.curveWithoutPoints("breakpoints"));
        }
        if (gate.isPresent() && attainment.compareTo(gate.get()) < 0) {
            return Fraction.ZERO;
        }
        if (attainment.compareTo(breakpoints.get(0).attainment()) <= 0) {
            return Fraction.of(breakpoints.get(0).points());
        }
        int last = breakpoints.size() - 1;
        for (int i = 0; i < last; i++) {
            if (attainment.compareTo(breakpoints.get(i + 1).attainment()) <= 0) {
                return between(breakpoints.get(i), breakpoints.get(i + 1), attainment);
            }
        }
        return capped || last == 0 ? Fraction.of(breakpoints.get(last).points())
                : between(breakpoints.get(last - 1), breakpoints.get(last), attainment);
    }

    /** The points on the line through a and b at attainment x: a's points + (x - a's attainment) x slope. */
    private static Fraction between(Breakpoint a, Breakpoint b, Fraction x) {
        Fraction x0 = Fraction.of(a.attainment());
        Fraction y0 = Fraction.of(a.points());
        Fraction slope = Fraction.of(b.points()).subtract(y0).divide(Fraction.of(b.attainment()).subtract(x0));
        return y0.add(x.subtract(x0).multiply(slope));
    }
}
