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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A compiled curve is an optimisation of the model's {@link Curve#pointsAt(Fraction)}: on random
 * curves (linear with and without gate and cap, tiers with either edge rule) and at random
 * attainments, exactly on every breakpoint, gate and tier edge and just either side of them, it
 * gives the same points, and so does the same curve compiled over the actual for a target.
 */
class CompiledCurveMatchesModelTest {

    /** A curve, the attainments to try it at, and a target for the curve over the actual. */
    record Case(Curve curve, List<Fraction> attainments, Fraction target) {
    }

    private static BigDecimal decimal(RandomnessSource in, long maxUnits, int places) {
        return BigDecimal.valueOf(Generate.longRange(0, maxUnits).generate(in), places);
    }

    /** The places where the points may change, and just either side of them. */
    private static void around(BigDecimal place, List<Fraction> out) {
        Fraction x = Fraction.of(place);
        out.add(x);
        for (Fraction eps : List.of(Fraction.of(1, 1_000), Fraction.of(1, 1_000_000_000), Fraction.of(1, 3))) {
            out.add(x.add(eps));
            if (x.compareTo(eps) >= 0) {
                out.add(x.subtract(eps));
            }
        }
    }

    private static Case linear(RandomnessSource in) {
        int n = Generate.range(2, 6).generate(in);
        List<Breakpoint> bps = new ArrayList<>();
        BigDecimal at = decimal(in, 50, 2);
        for (int i = 0; i < n; i++) {
            bps.add(new Breakpoint(at, decimal(in, 15_000, Generate.range(0, 2).generate(in))));
            at = at.add(decimal(in, 1_000, Generate.range(0, 3).generate(in)).max(new BigDecimal("0.001")));
        }
        Optional<BigDecimal> gate = switch (Generate.range(0, 2).generate(in)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(bps.get(Generate.range(0, n - 1).generate(in)).attainment());
            default -> Optional.of(decimal(in, at.movePointRight(2).longValue() + 50, 2));
        };
        LinearCurve curve = new LinearCurve(bps, gate, Generate.booleans().generate(in));
        List<Fraction> places = new ArrayList<>();
        bps.forEach(b -> around(b.attainment(), places));
        gate.ifPresent(g -> around(g, places));
        return new Case(curve, withRandom(in, places, at), target(in));
    }

    private static Case tiers(RandomnessSource in) {
        int n = Generate.range(1, 5).generate(in);
        List<Tier> tiers = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        List<Fraction> places = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal to = from.add(decimal(in, 1_000, Generate.range(0, 3).generate(in)).max(new BigDecimal("0.001")));
            tiers.add(new Tier(from, i == n - 1 ? Optional.empty() : Optional.of(to), decimal(in, 15_000, 2)));
            around(from, places);
            from = to;
        }
        TierEdge edge = Generate.booleans().generate(in) ? TierEdge.HIGHER : TierEdge.LOWER;
        return new Case(new TierCurve(tiers, edge), withRandom(in, places, from), target(in));
    }

    private static List<Fraction> withRandom(RandomnessSource in, List<Fraction> places, BigDecimal beyond) {
        List<Fraction> all = new ArrayList<>(places);
        all.add(Fraction.ZERO);
        all.add(Fraction.of(1_000_000));
        for (int i = 0; i < 5; i++) {
            long den = Generate.longRange(1, 1_000_000).generate(in);
            long max = beyond.add(BigDecimal.ONE).multiply(BigDecimal.valueOf(den)).longValue();
            all.add(Fraction.of(Generate.longRange(0, max).generate(in), den));
        }
        return all;
    }

    private static Fraction target(RandomnessSource in) {
        return Fraction.of(decimal(in, 100_000_000, Generate.range(0, 2).generate(in)).max(BigDecimal.ONE));
    }

    private static Gen<Case> cases() {
        return in -> Generate.booleans().generate(in) ? linear(in) : tiers(in);
    }

    @Test
    void compiledCurvesGiveTheModelsPointsEverywhere() {
        qt().withExamples(2_000).forAll(cases()).checkAssert(c -> {
            CompiledCurve compiled = CompiledCurve.of(c.curve());
            MutableRational out = new MutableRational();
            for (Fraction a : c.attainments()) {
                Fraction expected = c.curve().pointsAt(a);
                compiled.evaluate(new MutableRational().set(a), out);
                assertEquals(expected, out.toRational(), () -> c.curve() + " at " + a);
                if (compiled instanceof CompiledCurve.Linear linear) {
                    linear.overActual(c.target()).evaluate(new MutableRational().set(a.multiply(c.target())), out);
                    assertEquals(expected, out.toRational(), () -> c.curve() + " over actual, target " + c.target() + ", at " + a);
                }
            }
        });
    }
}
