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

import java.math.BigDecimal;
import java.util.List;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * A curve prepared for scoring: breakpoints and tier edges as exact fractions, each linear segment
 * as its slope and intercept, and every rule text built once; looked up without allocation.
 */
abstract sealed class CompiledCurve {

    static CompiledCurve of(Curve curve) {
        if (curve instanceof LinearCurve lc) {
            return new Linear(lc);
        }
        return new Tiers((TierCurve) curve);
    }

    /**
     * The points for an attainment.
     *
     * @param attainment the attainment, or null for an attainment without bound; not changed
     * @param points receives the points
     * @return the rule that gave them
     */
    abstract String evaluate(MutableRational attainment, MutableRational points);

    static String pct(Fraction ratio) {
        return ratio.multiply(Fraction.HUNDRED).toBigDecimal(1).toPlainString() + "%";
    }

    static String plain(BigDecimal d) {
        return Fingerprint.decimal(d);
    }

    static final class Linear extends CompiledCurve {
        private final Fraction[] at;
        private final Fraction[] pts;
        private final List<Breakpoint> source;
        private final Fraction[] slope;
        /** Where each segment's line crosses attainment 0: points = intercept + slope x attainment. */
        private final Fraction[] intercept;
        private final Fraction gate;
        private final boolean capped;
        /** The rule texts, built once: they depend only on which part of the curve applies. */
        private final String belowGate;
        private final String atFirst;
        private final String belowFirst;
        private final String atCap;
        private final String cappedAt;
        private final String beyond;
        private final String[] segment;

        Linear(LinearCurve c) {
            source = c.breakpoints();
            int n = source.size();
            at = new Fraction[n];
            pts = new Fraction[n];
            for (int i = 0; i < n; i++) {
                at[i] = Fraction.of(source.get(i).attainment());
                pts[i] = Fraction.of(source.get(i).points());
            }
            slope = new Fraction[Math.max(0, n - 1)];
            intercept = new Fraction[slope.length];
            segment = new String[Math.max(0, n - 1)];
            for (int i = 0; i + 1 < n; i++) {
                slope[i] = pts[i + 1].subtract(pts[i]).divide(at[i + 1].subtract(at[i]));
                intercept[i] = pts[i].subtract(at[i].multiply(slope[i]));
                segment[i] = ExplanationText.linearSegment(pct(at[i]), plain(source.get(i).points()), pct(at[i + 1]),
                        plain(source.get(i + 1).points()));
            }
            gate = c.gate().map(Fraction::of).orElse(null);
            capped = c.capped();
            int last = n - 1;
            belowGate = gate == null ? "" : ExplanationText.belowGate(pct(gate));
            atFirst = ExplanationText.atFirstBreakpoint(pct(at[0]), plain(source.get(0).points()));
            belowFirst = ExplanationText.belowFirstBreakpoint(pct(at[0]), plain(source.get(0).points()));
            atCap = ExplanationText.atCap(pct(at[last]), plain(source.get(last).points()));
            cappedAt = ExplanationText.cappedAt(pct(at[last]), plain(source.get(last).points()));
            beyond = last < 1 ? "" : ExplanationText.beyondLast(pct(at[last]), pct(at[last - 1]),
                    plain(source.get(last - 1).points()), plain(source.get(last).points()));
        }

        /**
         * The same curve over the actual instead of the attainment, for a target of {@code target} (a
         * higher-is-better quota whose target nothing adjusts): breakpoints and gate times the target,
         * slopes over it; the same points, intercepts and rule texts. Evaluated at an actual it gives
         * exactly what this curve gives at actual / target, without the division.
         */
        Linear overActual(Fraction target) {
            return new Linear(this, target);
        }

        private Linear(Linear base, Fraction target) {
            source = base.source;
            pts = base.pts;
            intercept = base.intercept;
            capped = base.capped;
            belowGate = base.belowGate;
            atFirst = base.atFirst;
            belowFirst = base.belowFirst;
            atCap = base.atCap;
            cappedAt = base.cappedAt;
            beyond = base.beyond;
            segment = base.segment;
            int n = base.at.length;
            at = new Fraction[n];
            for (int i = 0; i < n; i++) {
                at[i] = base.at[i].multiply(target);
            }
            slope = new Fraction[base.slope.length];
            for (int i = 0; i < slope.length; i++) {
                slope[i] = base.slope[i].divide(target);
            }
            gate = base.gate == null ? null : base.gate.multiply(target);
        }

        @Override
        String evaluate(MutableRational a, MutableRational out) {
            int last = at.length - 1;
            if (a != null && gate != null && a.compareTo(gate) < 0) {
                out.setZero();
                return belowGate;
            }
            if (a != null) {
                int c0 = a.compareTo(at[0]);
                if (c0 <= 0) {
                    out.set(pts[0]);
                    return c0 == 0 ? atFirst : belowFirst;
                }
            }
            if (a == null) {
                out.set(pts[last]);
                return cappedAt;
            }
            int cl = a.compareTo(at[last]);
            if (cl >= 0) {
                if (capped) {
                    out.set(pts[last]);
                    return cl == 0 ? atCap : cappedAt;
                }
                interpolate(last - 1, a, out);
                return beyond;
            }
            int i = 0;
            while (a.compareTo(at[i + 1]) > 0) {
                i++;
            }
            interpolate(i, a, out);
            return segment[i];
        }

        /** pts[i] + (a - at[i]) x slope[i], computed as intercept[i] + slope[i] x a: the same number. */
        private void interpolate(int i, MutableRational a, MutableRational out) {
            out.set(a).multiply(slope[i]).add(intercept[i]);
        }
    }

    static final class Tiers extends CompiledCurve {
        private final Fraction[] from;
        private final Fraction[] pts;
        private final List<Tier> source;
        private final TierEdge edge;
        private final String[] text;
        private final String[] textOnEdge;

        Tiers(TierCurve c) {
            source = c.tiers();
            from = new Fraction[source.size()];
            pts = new Fraction[source.size()];
            text = new String[source.size()];
            textOnEdge = new String[source.size()];
            edge = c.edge();
            for (int i = 0; i < source.size(); i++) {
                from[i] = Fraction.of(source.get(i).from());
                pts[i] = Fraction.of(source.get(i).points());
            }
            for (int k = 0; k < source.size(); k++) {
                Tier t = source.get(k);
                String interval = edge == TierEdge.HIGHER
                        ? "[" + pct(from[k]) + ", " + t.to().map(to -> pct(Fraction.of(to))).orElse("\u221e") + ")"
                        : (k == 0 ? "[" : "(") + pct(from[k]) + ", " + t.to().map(to -> pct(Fraction.of(to)) + "]").orElse("\u221e)");
                text[k] = ExplanationText.tier(interval, plain(t.points()));
                textOnEdge[k] = ExplanationText.tierOnEdge(text[k], edge);
            }
        }

        @Override
        String evaluate(MutableRational a, MutableRational out) {
            int k = 0;
            if (a == null) {
                k = from.length - 1;
            } else {
                // tiers are contiguous from 0 and the last is open (checked when the rubric was built)
                for (int i = 1; i < from.length; i++) {
                    int c = a.compareTo(from[i]);
                    if (c > 0 || (c == 0 && edge == TierEdge.HIGHER)) {
                        k = i;
                    }
                }
            }
            boolean onEdge = a != null && (a.compareTo(from[k]) == 0 || (k + 1 < from.length && a.compareTo(from[k + 1]) == 0));
            out.set(pts[k]);
            return onEdge ? textOnEdge[k] : text[k];
        }
    }
}
