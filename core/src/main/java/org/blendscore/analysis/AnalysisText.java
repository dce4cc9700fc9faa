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
package org.blendscore.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.MissingEvidencePolicy;

/** Renders a {@link RubricAnalysis} as a plain-text report; rounded numbers are marked with {@code ≈}. */
final class AnalysisText {

    private final RubricAnalysis a;
    private final int scale;
    private final StringBuilder out = new StringBuilder();

    private AnalysisText(RubricAnalysis a) {
        this.a = a;
        this.scale = a.scale();
    }

    static String render(RubricAnalysis a) {
        return new AnalysisText(a).render();
    }

    /** The value at the scale, exact if it has no more decimals, otherwise rounded half-even and marked. */
    static String number(Fraction f, int scale) {
        Optional<BigDecimal> exact = f.toExactDecimal();
        if (exact.isPresent() && exact.get().stripTrailingZeros().scale() <= scale) {
            return exact.get().setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
        }
        return "\u2248" + f.toBigDecimal(scale).toPlainString();
    }

    private String num(Fraction f) {
        return number(f, scale);
    }

    private String num(Optional<Fraction> f) {
        return f.map(this::num).orElse("unbounded");
    }

    private String signed(Fraction f) {
        return (f.signum() >= 0 ? "+" : "") + num(f);
    }

    private String pct(Fraction share) {
        return number(share.multiply(Fraction.HUNDRED), 2) + "%";
    }

    private String render() {
        out.append("Analysis of rubric ").append(a.rubricId()).append(" version ").append(a.version())
                .append(" (missing evidence: ").append(a.missingEvidence()).append(")\n");
        out.append("Overall: from ").append(num(a.lowestOverall())).append(" to ").append(num(a.highestOverall())).append('\n');
        if (a.missingEvidence() == MissingEvidencePolicy.LEAVE_OUT) {
            out.append("Worst case: missing evidence is left out and the other weights renormalised, so a measure can carry"
                    + " the whole overall (share 100%) when every other measure is left out\n\n");
        } else {
            out.append("Worst case: missing evidence is never renormalised under ").append(a.missingEvidence())
                    .append(", so every share stays nominal\n\n");
        }
        measures();
        split();
        curves();
        cliffs();
        bands();
        guards();
        withholding();
        rules();
        return out.toString();
    }

    private void measures() {
        out.append("Measures (share = section weight x measure weight, before any renormalisation;"
                + " influence = share x points range)\n");
        for (MeasureAnalysis m : a.measures()) {
            out.append("  ").append(m.measureId()).append(" (").append(m.section()).append(", ")
                    .append(m.kind().quantitative() ? "quantitative" : "qualitative").append("): share ")
                    .append(pct(m.nominalShare())).append(", points ").append(num(m.minPoints())).append("..")
                    .append(num(m.maxPoints())).append(", maximum influence ").append(num(m.maxInfluence()))
                    .append(" overall points");
            if (m.worstCaseShare().compareTo(m.nominalShare()) != 0) {
                out.append(" (worst case ").append(num(m.worstCaseInfluence())).append(')');
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void split() {
        InfluenceSplit s = a.split();
        out.append("Quantitative against qualitative\n");
        out.append("  by weight: quantitative ").append(pct(s.quantitativeWeight())).append(", qualitative ")
                .append(pct(s.qualitativeWeight())).append('\n');
        out.append("  by maximum influence: quantitative ").append(num(s.quantitativeInfluence())).append(", qualitative ")
                .append(num(s.qualitativeInfluence())).append(" overall points");
        s.quantitativeInfluenceShare().ifPresent(q -> out.append(" (").append(pct(q)).append(" against ")
                .append(pct(s.qualitativeInfluenceShare().orElseThrow())).append(')'));
        out.append("\n\n");
    }

    private void curves() {
        out.append("Curves\n");
        boolean any = false;
        for (MeasureAnalysis m : a.measures()) {
            if (m.curve().isEmpty()) {
                continue;
            }
            any = true;
            CurveAnalysis c = m.curve().get();
            out.append("  ").append(m.measureId()).append(": ").append(c.nonDecreasing() ? "non-decreasing" : "DECREASING");
            for (CurveDrop d : c.drops()) {
                out.append("\n    drop: ").append(d.where()).append(": points fall from ").append(num(d.pointsBefore()))
                        .append(" to ").append(num(d.pointsAfter()));
            }
            c.tierTable().ifPresent(t -> out.append("\n    ").append(t.toString().replace("\n", "\n    ")));
            out.append('\n');
        }
        if (!any) {
            out.append("  (no quota measures)\n");
        }
        out.append('\n');
    }

    private void cliffs() {
        out.append("Cliffs (jump for an arbitrarily small change of attainment, or one more milestone;"
                + " overall points at the nominal share)\n");
        List<Cliff> jumps = a.jumps();
        if (jumps.isEmpty()) {
            out.append("  (nothing can jump)\n");
        }
        for (Cliff c : jumps) {
            out.append("  ").append(where(c)).append(": ").append(num(c.pointsBefore())).append(" -> ")
                    .append(num(c.pointsAfter())).append(" points");
            if (!c.isCliff()) {
                out.append(", no jump\n");
                continue;
            }
            out.append(" = ").append(signed(c.overallJump())).append(" overall at share ").append(pct(c.nominalShare()));
            if (c.worstCaseShare().compareTo(c.nominalShare()) != 0) {
                out.append(" (worst case ").append(signed(c.worstCaseOverallJump())).append(')');
            }
            out.append('\n');
        }
        a.largestCliff().ifPresent(c -> out.append("  largest: ").append(where(c)).append(", ").append(signed(c.overallJump()))
                .append(" overall points\n"));
        out.append('\n');
    }

    private static String where(Cliff c) {
        if (c.attainment().isPresent()) {
            return c.measureId() + ", " + c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at " + c.at();
        }
        return c.measureId() + ", " + c.at();
    }

    private void bands() {
        out.append("Bands\n");
        for (BandReach b : a.bands()) {
            out.append("  ").append(b.label()).append(" (from ").append(b.lowerBound().toPlainString()).append("): ")
                    .append(b.unreachableBecause().map(r -> "UNREACHABLE: " + r).orElse("reachable")).append('\n');
        }
    }

    private void rules() {
        out.append("\nFairness rules declared by the rubric\n");
        if (a.rules().isEmpty()) {
            out.append("  (none)\n");
        }
        for (RuleCheck r : a.rules()) {
            out.append("  ").append(r.rule().path()).append(": ").append(r.holds() ? "holds" : "BROKEN").append(", ")
                    .append(r.finding()).append('\n');
        }
    }

    private void withholding() {
        if (a.withholding().isEmpty()) {
            return;
        }
        out.append("\nWithholding (overall points gained by leaving the evidence out instead of scoring it at its worst,"
                + " renormalisation included)\n");
        for (WithholdingExposure w : a.withholding()) {
            out.append("  ").append(w.path()).append(": ");
            if (!w.withholdable()) {
                out.append(w.policy() == MissingEvidencePolicy.REJECT ? "not withholdable (REJECT)"
                        : w.policy() == MissingEvidencePolicy.COUNT_AS_ZERO ? "no gain (COUNT_AS_ZERO)"
                        : "not withholdable as a whole (a measure in it is never left out)");
            } else {
                out.append(w.gain().map(g -> "+" + num(g)).orElse("unbounded")).append(" overall");
            }
            out.append(", coverage at most ").append(pct(w.coverageAtMost()));
            if (w.leavesIncomplete()) {
                out.append(", below the least coverage: no band (or a provisional one)");
            } else if (w.guardsEscaped().isEmpty()) {
                out.append(", cannot lift the band past a guard");
            } else {
                out.append(", can lift the band past guards").append(w.guardsEscaped());
            }
            out.append('\n');
        }
        a.largestWithholding().ifPresent(w -> out.append("  largest: ").append(w.path()).append(", ")
                .append(w.gain().map(g -> "+" + num(g)).orElse("unbounded")).append(" overall points\n"));
    }

    private void guards() {
        if (a.guards().isEmpty()) {
            return;
        }
        out.append("\nGuards\n");
        for (GuardReach g : a.guards()) {
            out.append("  guards[").append(g.index()).append("] when ").append(g.guard().condition()).append(", at most ")
                    .append(g.guard().capAt()).append(" (the score ranges ").append(num(g.lowestScore())).append("..")
                    .append(num(g.highestScore())).append("): ");
            if (!g.canHold()) {
                out.append("NEVER FIRES: no reachable score meets the condition");
            } else if (!g.canLowerBand()) {
                out.append("NEVER LOWERS A BAND: no band above ").append(g.guard().capAt()).append(" is reachable");
            } else if (g.alwaysHolds()) {
                out.append("ALWAYS FIRES: every reachable score meets the condition");
            } else {
                out.append("can fire");
            }
            out.append('\n');
        }
    }
}
