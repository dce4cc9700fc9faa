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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.FairnessRule;
import org.blendscore.rubric.FairnessRules;

/** Measures a rubric's analysis against fairness rules; the messages are the findings of {@link RuleCheck}. */
final class RuleChecks {

    private final List<MeasureAnalysis> measures;
    private final List<Cliff> jumps;
    private final InfluenceSplit split;
    private final List<WithholdingExposure> withholding;

    private RuleChecks(List<MeasureAnalysis> measures, List<Cliff> jumps, InfluenceSplit split, List<WithholdingExposure> withholding) {
        this.measures = measures;
        this.jumps = jumps;
        this.split = split;
        this.withholding = withholding;
    }

    static List<RuleCheck> check(List<MeasureAnalysis> measures, List<Cliff> jumps, InfluenceSplit split,
                                 List<WithholdingExposure> withholding, FairnessRules rules) {
        RuleChecks c = new RuleChecks(measures, jumps, split, withholding);
        List<RuleCheck> out = new ArrayList<>();
        for (FairnessRule rule : rules.declared()) {
            Optional<BigDecimal> limit = rules.limit(rule);
            out.add(switch (rule) {
                case CURVES_NON_DECREASING -> c.curves();
                case NO_TIER_GAPS -> c.tierTables();
                case MIN_QUALITATIVE_SHARE -> c.qualitativeShare(limit.orElseThrow());
                case MAX_MEASURE_SHARE -> c.measureShare(limit.orElseThrow());
                case MAX_CLIFF -> c.cliff(limit.orElseThrow());
                case MAX_WITHHOLDING_GAIN -> c.withholding(limit.orElseThrow());
            });
        }
        return out;
    }

    private static String points(Fraction f) {
        return AnalysisText.number(f, 2);
    }

    private static String percent(Fraction share) {
        return AnalysisText.number(share.multiply(Fraction.HUNDRED), 2) + "%";
    }

    private static String plain(BigDecimal limit) {
        return limit.stripTrailingZeros().toPlainString();
    }

    private RuleCheck curves() {
        List<String> drops = new ArrayList<>();
        Fraction largest = Fraction.ZERO;
        for (MeasureAnalysis m : measures) {
            if (m.curve().isEmpty()) {
                continue;
            }
            for (CurveDrop d : m.curve().get().drops()) {
                largest = largest.max(d.fall());
                drops.add(AnalysisMessages.curveFalls(m.measureId(), points(d.fall()), d.where(), points(d.pointsBefore()),
                        points(d.pointsAfter())));
            }
        }
        String finding = AnalysisMessages.curvesFinding(drops);
        return new RuleCheck(FairnessRule.CURVES_NON_DECREASING, largest, Optional.empty(), drops.isEmpty(), finding);
    }

    private RuleCheck tierTables() {
        List<String> findings = new ArrayList<>();
        for (MeasureAnalysis m : measures) {
            Optional<TierTableAnalysis> table = m.curve().flatMap(CurveAnalysis::tierTable);
            if (table.isEmpty()) {
                continue;
            }
            TierTableAnalysis t = table.get();
            String at = "measures[" + m.measureId() + "] ";
            t.gaps().forEach(g -> findings.add(AnalysisMessages.tierGapFinding(at, g)));
            t.overlaps().forEach(o -> findings.add(AnalysisMessages.overlapFinding(at, o)));
            t.emptyTiers().forEach(e -> findings.add(AnalysisMessages.emptyTierFinding(at, e, t.tiers().get(e))));
        }
        String finding = AnalysisMessages.tierTablesFinding(findings);
        return new RuleCheck(FairnessRule.NO_TIER_GAPS, Fraction.of(findings.size()), Optional.empty(), findings.isEmpty(), finding);
    }

    private RuleCheck qualitativeShare(BigDecimal limit) {
        Fraction measured = split.qualitativeWeight().multiply(Fraction.HUNDRED);
        boolean holds = measured.compareTo(limit) >= 0;
        String finding = AnalysisMessages.qualitativeShareFinding(percent(split.qualitativeWeight()), plain(limit));
        return new RuleCheck(FairnessRule.MIN_QUALITATIVE_SHARE, measured, Optional.of(limit), holds, finding);
    }

    private RuleCheck measureShare(BigDecimal limit) {
        MeasureAnalysis largest = null;
        List<String> above = new ArrayList<>();
        for (MeasureAnalysis m : measures) {
            if (largest == null || m.nominalShare().compareTo(largest.nominalShare()) > 0) {
                largest = m;
            }
            if (m.nominalShare().multiply(Fraction.HUNDRED).compareTo(limit) > 0) {
                above.add(m.measureId() + " " + percent(m.nominalShare()));
            }
        }
        // a valid rubric has at least one measure
        MeasureAnalysis top = java.util.Objects.requireNonNull(largest, AnalysisMessages.rubricHasMeasures());
        Fraction measured = top.nominalShare().multiply(Fraction.HUNDRED);
        StringBuilder finding = AnalysisMessages.measureShareFinding(percent(top.nominalShare()), top.measureId(), plain(limit));
        if (above.size() > 1) {
            finding.append(AnalysisMessages.measuresAboveLimit(above));
        }
        return new RuleCheck(FairnessRule.MAX_MEASURE_SHARE, measured, Optional.of(limit), above.isEmpty(), finding.toString());
    }

    private RuleCheck cliff(BigDecimal limit) {
        Cliff largest = null;
        int above = 0;
        for (Cliff c : jumps) {
            if (c.attainment().isEmpty() || !c.isCliff()) {
                continue; // milestone steps are discrete, not cliffs of a curve
            }
            if (largest == null || c.overallJump().abs().compareTo(largest.overallJump().abs()) > 0) {
                largest = c;
            }
            if (c.overallJump().abs().compareTo(limit) > 0) {
                above++;
            }
        }
        if (largest == null) {
            return new RuleCheck(FairnessRule.MAX_CLIFF, Fraction.ZERO, Optional.of(limit), true,
                    AnalysisMessages.noCliff(plain(limit)));
        }
        Fraction measured = largest.overallJump().abs();
        StringBuilder finding = AnalysisMessages.cliffFinding(points(measured), largest.measureId(),
                largest.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), largest.at(), plain(limit));
        if (above > 1) {
            finding.append(AnalysisMessages.cliffsAboveLimit(above));
        }
        return new RuleCheck(FairnessRule.MAX_CLIFF, measured, Optional.of(limit), above == 0, finding.toString());
    }

    private RuleCheck withholding(BigDecimal limit) {
        Optional<WithholdingExposure> largest = Withholding.largest(withholding);
        if (largest.isEmpty()) {
            return new RuleCheck(FairnessRule.MAX_WITHHOLDING_GAIN, Fraction.ZERO, Optional.of(limit), true,
                    AnalysisMessages.noWithholdingGain(plain(limit)));
        }
        WithholdingExposure top = largest.get();
        int above = 0;
        for (WithholdingExposure w : withholding) {
            if (w.gain().isEmpty() || w.gain().get().compareTo(limit) > 0) {
                above++;
            }
        }
        // an unbounded gain is measured as the limit, and breaks the rule
        Fraction measured = top.gain().orElse(Fraction.of(limit));
        StringBuilder finding = AnalysisMessages.withholdingFinding(top.gain().map(RuleChecks::points), top.path(), plain(limit));
        if (above > 1) {
            finding.append(AnalysisMessages.withholdingAboveLimit(above));
        }
        return new RuleCheck(FairnessRule.MAX_WITHHOLDING_GAIN, measured, Optional.of(limit), above == 0, finding.toString());
    }
}
