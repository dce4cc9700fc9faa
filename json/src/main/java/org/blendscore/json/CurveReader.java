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
package org.blendscore.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/** Reads a quota measure's curve: {@code "kind": "linear"} (breakpoints) or {@code "tiers"}. */
final class CurveReader {

    static final int MOST_POINTS = 1_000;
    private static final Map<String, String> KINDS = Names.closed("linear", "tiers");
    private static final Set<String> LINEAR = Set.of("kind", "breakpoints", "gate", "capped");
    private static final Set<String> TIERS = Set.of("kind", "tiers", "edge");

    private CurveReader() {
    }

    static Curve curve(Cursor in) {
        if (!in.isObject()) {
            return null;
        }
        String kind = in.required("kind", c -> c.oneOf(KINDS));
        if (kind == null) {
            return null;
        }
        return kind.equals("linear") ? linear(in) : tiers(in);
    }

    private static Curve linear(Cursor in) {
        in.object(LINEAR);
        List<Breakpoint> points = in.required("breakpoints", c -> c.list(MOST_POINTS, "breakpoints", CurveReader::breakpoint));
        Optional<BigDecimal> gate = in.optional("gate", Cursor::decimal);
        Boolean capped = in.required("capped", Cursor::bool);
        return Parts.build(in, () -> new LinearCurve(points, gate, capped), points, gate, capped);
    }

    private static Breakpoint breakpoint(Cursor in) {
        if (!in.object(Set.of("attainment", "points"))) {
            return null;
        }
        BigDecimal attainment = in.required("attainment", Cursor::decimal);
        BigDecimal points = in.required("points", Cursor::decimal);
        return Parts.build(in, () -> new Breakpoint(attainment, points), attainment, points);
    }

    private static Curve tiers(Cursor in) {
        in.object(TIERS);
        List<Tier> tiers = in.required("tiers", c -> c.list(MOST_POINTS, "tiers", CurveReader::tier));
        TierEdge edge = in.required("edge", c -> c.enumOf(TierEdge.class));
        return Parts.build(in, () -> new TierCurve(tiers, edge), tiers, edge);
    }

    private static Tier tier(Cursor in) {
        if (!in.object(Set.of("from", "to", "points"))) {
            return null;
        }
        BigDecimal from = in.required("from", Cursor::decimal);
        Optional<BigDecimal> to = in.optional("to", Cursor::decimal);
        BigDecimal points = in.required("points", Cursor::decimal);
        return Parts.build(in, () -> new Tier(from, to, points), from, to, points);
    }

}
