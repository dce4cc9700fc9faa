package org.blendscore.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * A curve prepared for scoring: breakpoints and tier edges as exact fractions, looked up without
 * allocation beyond the result.
 */
abstract sealed class CompiledCurve {

    /** Points and the rule that gave them. */
    record Points(Rational points, String rule) {
    }

    static CompiledCurve of(Curve curve) {
        if (curve instanceof LinearCurve lc) {
            return new Linear(lc);
        }
        return new Tiers((TierCurve) curve);
    }

    /**
     * The points for an attainment.
     *
     * @param attainment the attainment, or null for an attainment without bound
     */
    abstract Points evaluate(Rational attainment);

    static String pct(Rational ratio) {
        return ratio.multiply(Rational.HUNDRED).toBigDecimal(1).toPlainString() + "%";
    }

    static String plain(BigDecimal d) {
        return Fingerprint.decimal(d);
    }

    static final class Linear extends CompiledCurve {
        private final Rational[] at;
        private final Rational[] pts;
        private final List<Breakpoint> source;
        private final Rational gate;
        private final boolean capped;

        Linear(LinearCurve c) {
            source = c.breakpoints();
            at = new Rational[source.size()];
            pts = new Rational[source.size()];
            for (int i = 0; i < source.size(); i++) {
                at[i] = Rational.of(source.get(i).attainment());
                pts[i] = Rational.of(source.get(i).points());
            }
            gate = c.gate().map(Rational::of).orElse(null);
            capped = c.capped();
        }

        @Override
        Points evaluate(Rational a) {
            int last = at.length - 1;
            if (a != null && gate != null && a.compareTo(gate) < 0) {
                return new Points(Rational.ZERO, "below the gate of " + pct(gate) + ": 0 points");
            }
            if (a != null && a.compareTo(at[0]) <= 0) {
                return new Points(pts[0], a.compareTo(at[0]) == 0
                        ? "at the first breakpoint " + pct(at[0]) + ": " + plain(source.get(0).points()) + " points"
                        : "below the first breakpoint " + pct(at[0]) + ": " + plain(source.get(0).points()) + " points");
            }
            if (a == null || a.compareTo(at[last]) >= 0) {
                if (capped || a == null) {
                    return new Points(pts[last], (a != null && a.compareTo(at[last]) == 0 ? "at the cap " : "capped at ")
                            + pct(at[last]) + ": " + plain(source.get(last).points()) + " points");
                }
                return new Points(interpolate(last - 1, a), "beyond " + pct(at[last]) + ", the slope from "
                        + pct(at[last - 1]) + " (" + plain(source.get(last - 1).points()) + ") to " + pct(at[last])
                        + " (" + plain(source.get(last).points()) + ") continues");
            }
            int i = 0;
            while (a.compareTo(at[i + 1]) > 0) {
                i++;
            }
            return new Points(interpolate(i, a), "linear from " + pct(at[i]) + " (" + plain(source.get(i).points())
                    + ") to " + pct(at[i + 1]) + " (" + plain(source.get(i + 1).points()) + ")");
        }

        private Rational interpolate(int i, Rational a) {
            Rational slope = pts[i + 1].subtract(pts[i]).divide(at[i + 1].subtract(at[i]));
            return pts[i].add(a.subtract(at[i]).multiply(slope));
        }
    }

    static final class Tiers extends CompiledCurve {
        private final Rational[] from;
        private final Rational[] pts;
        private final List<Tier> source;
        private final TierEdge edge;

        Tiers(TierCurve c) {
            source = c.tiers();
            from = new Rational[source.size()];
            pts = new Rational[source.size()];
            for (int i = 0; i < source.size(); i++) {
                from[i] = Rational.of(source.get(i).from());
                pts[i] = Rational.of(source.get(i).points());
            }
            edge = c.edge();
        }

        @Override
        Points evaluate(Rational a) {
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
            String onEdge = a != null && k < from.length && (a.compareTo(from[k]) == 0
                    || (k + 1 < from.length && a.compareTo(from[k + 1]) == 0))
                    ? " (on the edge; edges belong to the " + edge.name().toLowerCase(java.util.Locale.ROOT) + " tier)" : "";
            Tier t = source.get(k);
            String interval = edge == TierEdge.HIGHER
                    ? "[" + pct(from[k]) + ", " + t.to().map(to -> pct(Rational.of(to))).orElse("\u221e") + ")"
                    : (k == 0 ? "[" : "(") + pct(from[k]) + ", " + t.to().map(to -> pct(Rational.of(to)) + "]").orElse("\u221e)");
            return new Points(pts[k], "tier " + interval + ": " + plain(t.points()) + " points" + onEdge);
        }
    }
}
