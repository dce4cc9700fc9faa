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
package org.blendscore.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.stream.Collectors;
import org.blendscore.evidence.Rating;
import org.blendscore.rubric.Direction;

/** Renders a {@link Review} as plain text; every number is traced to its rule. */
final class ReviewText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReviewText() {
    }

    static String render(Review r, View view) {
        StringBuilder out = new StringBuilder();
        out.append("Review of ").append(r.subjectId()).append(" for ").append(r.period()).append('\n');
        out.append("Rubric ").append(r.rubricId()).append(" version ").append(r.rubricVersion()).append('\n');
        r.interimAsOf().ifPresent(d -> out.append("Interim review as of ").append(d)
                .append(": targets are those expected to date, actuals are to date\n"));
        out.append("Overall ").append(r.overall().toPlainString());
        Coverage c = r.coverage();
        if (r.band().isEmpty()) {
            out.append(", no band: ").append(belowLeast(c));
        } else {
            out.append(", band ").append(r.band().get());
            r.bandBeforeGuards().ifPresent(b -> out.append(" (").append(b).append(" before a band guard)"));
            if (r.provisional()) {
                out.append(", provisional: ").append(belowLeast(c));
            }
        }
        out.append('\n');
        coverage(out, c);
        out.append('\n');
        for (SectionResult s : r.sections()) {
            section(out, s, view);
        }
        if (!r.reasons().isEmpty()) {
            out.append("\nReasons (impact on the overall against 100 points on every measure):\n");
            for (Reason reason : r.reasons()) {
                out.append("  ").append(reason.raised() ? "+ " : reason.impact().signum() < 0 ? "- " : "= ")
                        .append(reason.text()).append('\n');
            }
        }
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            for (Warning w : r.warnings()) {
                out.append("  ! ").append(w.message()).append('\n');
            }
        }
        out.append("\nEvidence fingerprint (SHA-256): ").append(r.provenance().evidenceFingerprint()).append('\n');
        return out.toString();
    }

    /** Why a review is incomplete. */
    static String belowLeast(Coverage c) {
        return "evidence coverage " + Coverage.percent(c.overall()).toPlainString() + "% is below the rubric's least coverage of "
                + Coverage.percent(c.leastForBand()).toPlainString() + "% for a banded review";
    }

    private static void coverage(StringBuilder out, Coverage c) {
        out.append("Evidence coverage ").append(c.overallPercent().toPlainString()).append("% of the rubric's weight");
        if (!c.missing().isEmpty()) {
            out.append(" (").append(c.sections().stream().map(s -> s.section() + " " + s.percent().toPlainString() + "%")
                    .collect(Collectors.joining(", "))).append(')');
        }
        out.append('\n');
        for (MissingEvidence m : c.missing()) {
            out.append("  missing: ").append(missing(m)).append('\n');
        }
    }

    /** One piece of missing evidence, as explain() lists it. */
    static String missing(MissingEvidence m) {
        return m.measureId() + m.source().map(src -> " from " + src).orElse("") + ": " + m.reason() + " ("
                + Coverage.percent(m.nominalShare()).toPlainString() + "% of the rubric's weight)";
    }

    private static void section(StringBuilder out, SectionResult s, View view) {
        out.append(s.name()).append(": ");
        if (s.leftOut()) {
            out.append("left out, no usable evidence (declared weight ").append(percent(s.weight())).append(")\n");
        } else {
            out.append(s.score().orElseThrow().toPlainString()).append(" points x ").append(percent(s.effectiveWeight()))
                    .append(" = ").append(s.contribution().toPlainString());
            BigDecimal naive = s.score().orElseThrow().multiply(s.effectiveWeight())
                    .divide(HUNDRED, s.contribution().scale(), RoundingMode.HALF_EVEN);
            if (naive.compareTo(s.contribution()) != 0) {
                out.append(" (the sum of its measures' contributions, whose rounding was apportioned)");
            }
            out.append('\n');
        }
        for (MeasureResult m : s.measures()) {
            measure(out, m, view);
        }
    }

    private static void measure(StringBuilder out, MeasureResult m, View view) {
        out.append("  ").append(m.id()).append(": ");
        if (m.status() == MeasureStatus.LEFT_OUT) {
            out.append("left out: ").append(reasonOf(m.input())).append('\n');
            ratingSources(out, m.input(), view);
            return;
        }
        MeasureInput in = m.input();
        if (in instanceof QuotaInput q) {
            out.append(grouped(q.actual())).append(q.direction() == Direction.LOWER_IS_BETTER ? " against " : " of ")
                    .append(grouped(q.target())).append(' ').append(q.unit()).append(" = ")
                    .append(q.attainment().map(ReviewText::attainment).orElse("unbounded attainment"));
        } else if (in instanceof MilestoneInput mi) {
            out.append(mi.credits().isEmpty() ? "no milestone reached"
                    : mi.credits().stream().map(c -> c.id() + (c.detail().equals("reached") ? "" : " (" + c.detail() + ")")
                            + " " + c.points().toPlainString()).collect(Collectors.joining(" + ")));
            if (mi.capped()) {
                out.append(", capped at 100");
            }
        } else if (in instanceof RatingInput ri) {
            out.append(ri.sources().stream().filter(src -> src.status() != SourceStatus.LEFT_OUT)
                    .map(src -> src.source() + " " + percent(src.effectiveWeight()) + " x " + src.points().orElseThrow().toPlainString())
                    .collect(Collectors.joining(" + ")));
        } else {
            out.append(reasonOf(in)).append(", counted as 0");
        }
        out.append(" -> ").append(m.points().orElseThrow().toPlainString()).append(" points x ")
                .append(percent(m.effectiveWeight())).append(" = ").append(m.contribution().toPlainString());
        BigDecimal naive = m.points().orElseThrow().multiply(m.effectiveWeight())
                .divide(HUNDRED, m.contribution().scale(), RoundingMode.HALF_EVEN);
        if (naive.compareTo(m.contribution()) != 0) {
            out.append(" (rounding apportioned so the contributions add up to the overall)");
        }
        out.append('\n');
        if (in instanceof QuotaInput q) {
            out.append("      ").append(q.rule()).append('\n');
            q.basis().ifPresent(b -> out.append("      basis: ").append(b).append('\n'));
            adjustments(out, q);
        }
        ratingSources(out, in, view);
    }

    private static void adjustments(StringBuilder out, QuotaInput q) {
        if (q.targetSteps().size() > 1) {
            out.append("      target: ").append(steps(q.targetSteps())).append(' ').append(q.unit()).append('\n');
            details(out, q.targetSteps());
        }
        if (q.actualSteps().size() > 1) {
            out.append("      actual: ").append(steps(q.actualSteps())).append(' ').append(q.unit()).append('\n');
            details(out, q.actualSteps());
        }
        q.pacing().ifPresent(p -> out.append("      pacing as of ").append(p.asOf()).append(": expected to date ")
                .append(grouped(p.expectedToDate())).append(", actual ").append(grouped(p.actualToDate()))
                .append(p.gap().signum() > 0 ? ", behind by " + grouped(p.gap()) : ", on pace (ahead by " + grouped(p.gap().negate()) + ")")
                .append("; projected ").append(grouped(p.projectedAtEnd())).append(" of ").append(grouped(p.targetAtEnd()))
                .append(" at the end of the period = ").append(attainment(p.pacingAttainment()))
                .append(p.checkInsBehind() > 1 ? "; behind at " + p.checkInsBehind() + " consecutive check-ins" : "")
                .append('\n'));
    }

    private static String steps(java.util.List<TargetStep> steps) {
        StringBuilder b = new StringBuilder(grouped(steps.get(0).value()));
        for (TargetStep s : steps.subList(1, steps.size())) {
            b.append(' ').append(s.operator()).append(' ');
            if (!s.operator().equals("x")) {
                b.append(s.label()).append(' ').append(grouped(s.value()));
            } else {
                b.append(s.label()).append(' ').append(s.value().stripTrailingZeros().toPlainString());
            }
        }
        return b.append(" = ").append(grouped(steps.get(steps.size() - 1).result())).toString();
    }

    private static void details(StringBuilder out, java.util.List<TargetStep> steps) {
        for (TargetStep s : steps.subList(1, steps.size())) {
            if (!s.detail().isEmpty()) {
                out.append("        ").append(s.label()).append(": ").append(s.detail()).append('\n');
            }
        }
    }

    private static void ratingSources(StringBuilder out, MeasureInput in, View view) {
        if (!(in instanceof RatingInput ri)) {
            return;
        }
        for (SourceResult src : ri.sources()) {
            out.append("      ").append(src.source()).append(" (").append(percent(src.weight())).append("): ");
            if (src.withheld()) {
                out.append(withheld(src)).append(src.status() == SourceStatus.COUNTED_AS_ZERO ? ", counted as 0 points" : ", left out")
                        .append('\n');
                continue;
            }
            boolean unnamed = src.anonymity().isPresent() && view == View.SUBJECT;
            out.append(src.ratings().isEmpty() ? "no ratings"
                    : unnamed ? SourceText.unnamed(src)
                    : src.ratings().stream().map(ReviewText::rating).collect(Collectors.joining(", ")));
            switch (src.status()) {
                case SCORED -> SourceText.scored(out, src, ri.aggregation().name().toLowerCase(Locale.ROOT));
                case COUNTED_AS_ZERO -> out.append(" -> ").append(src.usable()).append(" usable of ").append(src.minRatings())
                        .append(" needed, counted as 0 points");
                case LEFT_OUT -> out.append(" -> ").append(src.usable()).append(" usable of ").append(src.minRatings())
                        .append(" needed, left out");
            }
            out.append('\n');
            SourceText.comments(out, src, view);
        }
    }

    /** The one line left of a source below its anonymity threshold: {@code fewer than 3 raters, not shown}. */
    static String withheld(SourceResult src) {
        return SourceText.withheld(src.anonymity().orElseThrow().minRaters());
    }

    private static String rating(Rating r) {
        return r.value().map(BigDecimal::toPlainString).orElse("N/A") + " by " + r.raterId();
    }

    private static String reasonOf(MeasureInput in) {
        if (in instanceof NoInput n) {
            return n.reason();
        }
        if (in instanceof RatingInput) {
            return "no source had enough usable ratings";
        }
        return "no usable evidence";
    }

    /** A percentage without trailing zeros: 50%, 18%, 16.6667%. */
    static String percent(BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + "%";
    }

    /** An attainment ratio as a percentage with one decimal: 1.2 gives 120.0%. */
    static String attainment(BigDecimal ratio) {
        // up to 4 decimals of a percent (the ratio's 6 places), at least 1: 120.0%, 144.1667%
        BigDecimal pct = ratio.multiply(HUNDRED).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (pct.scale() < 1 ? pct.setScale(1) : pct).toPlainString() + "%";
    }

    /** A decimal with thousands separators, as in 1,200,000 or 1,234.5. */
    static String grouped(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + b + fraction;
    }

    /** A reason as a sentence: how much a measure raised or lowered the overall, and its points. */
    static String reason(String measureId, BigDecimal impact, BigDecimal points, boolean countedAsZero) {
        return measureId + (impact.signum() > 0 ? " raised" : impact.signum() < 0 ? " lowered" : " left") + " the overall"
                + (impact.signum() == 0 ? " unchanged" : " by " + impact.abs().toPlainString() + " points") + " ("
                + points.toPlainString() + " points against 100" + (countedAsZero ? ", missing evidence counted as 0" : "") + ")";
    }
}
