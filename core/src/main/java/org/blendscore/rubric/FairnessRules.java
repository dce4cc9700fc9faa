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

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fairness rules a rubric declares about itself, checked when the rubric is built through the
 * DSL or compiled by {@code Scorer.of} (both call {@code org.blendscore.analysis.DeclaredRules#check}):
 * a rubric that breaks one of its own rules is rejected with an {@link InvalidRubricException} naming the rule,
 * the measured value and the limit, such as
 * {@code fairness.maxCliff: largest cliff is 24.00 overall points at measures[bookings] gate at attainment 0.8, limit 10}.
 *
 * <p>The values are measured exactly by {@code org.blendscore.analysis.RubricAnalysis}, from the
 * rubric alone:
 * <ul>
 *   <li><b>shares</b> are <em>nominal weight shares</em>: a measure's share of the overall is its
 *       section's weight times its weight in the section, as the rubric declares them, before any
 *       renormalisation for missing evidence (enterprise-ae: new-arr 50%, customer-trust 18%). The
 *       qualitative share is the nominal shares of the milestone and rating measures added up. A
 *       share by weight, not by influence (share x points range), so that a rubric's promise does
 *       not shift when a curve's cap moves;</li>
 *   <li><b>cliffs</b> are the jumps of a quota measure's curve at a gate, breakpoint or tier edge
 *       (an arbitrarily small change of attainment), in overall points at the measure's nominal
 *       share. Reaching one more milestone is a discrete step, not a cliff; limit its weight with
 *       {@link #maxMeasureShare()} instead;</li>
 *   <li><b>withholding gains</b> are the exact withholding exposures of the measures and sections
 *       ({@code org.blendscore.analysis.WithholdingExposure}): the most the overall rises when
 *       their evidence is left out instead of scored at its worst, renormalisation included.</li>
 * </ul>
 * A value exactly at its limit satisfies the rule. Limits are checked as given; set none of them
 * and only the two structural rules apply.
 *
 * <p>{@link #defaults()}, which every rubric gets unless it says otherwise: curves non-decreasing
 * and no tier gaps. {@link #none()} switches every rule off.
 *
 * @param minQualitativeShare the least percentage of the overall qualitative measures must carry, if declared
 * @param maxMeasureShare the most percentage of the overall any one measure may carry, if declared
 * @param maxCliff the largest jump of the overall, in overall points, that a curve's cliff may cause, if declared
 * @param curvesNonDecreasing whether every curve must be non-decreasing
 * @param noTierGaps whether every tier table must give exactly one tier to every attainment
 * @param maxWithholdingGain the most overall points leaving one measure's or section's evidence out
 *     may gain over scoring it at its worst (its withholding exposure), if declared
 */
public record FairnessRules(@NotNull Optional<@PositiveOrZero @DecimalMax("100") BigDecimal> minQualitativeShare,
                            @NotNull Optional<@PositiveOrZero @DecimalMax("100") BigDecimal> maxMeasureShare,
                            @NotNull Optional<@PositiveOrZero BigDecimal> maxCliff,
                            boolean curvesNonDecreasing, boolean noTierGaps,
                            @NotNull Optional<@PositiveOrZero BigDecimal> maxWithholdingGain) {

    private static final FairnessRules DEFAULTS = new FairnessRules(Optional.empty(), Optional.empty(), Optional.empty(), true, true);
    private static final FairnessRules NONE = new FairnessRules(Optional.empty(), Optional.empty(), Optional.empty(), false, false);

    /**
     * Checks that the parts are present.
     *
     * @param minQualitativeShare the least percentage of the overall qualitative measures must carry, if declared
     * @param maxMeasureShare the most percentage of the overall any one measure may carry, if declared
     * @param maxCliff the largest jump of the overall, in overall points, that a curve's cliff may cause, if declared
     * @param curvesNonDecreasing whether every curve must be non-decreasing
     * @param noTierGaps whether every tier table must give exactly one tier to every attainment
     * @param maxWithholdingGain the most overall points withholding one measure's or section's evidence may gain, if declared
     */
    public FairnessRules {
        Objects.requireNonNull(minQualitativeShare, "minQualitativeShare");
        Objects.requireNonNull(maxMeasureShare, "maxMeasureShare");
        Objects.requireNonNull(maxCliff, "maxCliff");
        Objects.requireNonNull(maxWithholdingGain, "maxWithholdingGain");
    }

    /**
     * Rules without a withholding limit.
     *
     * @param minQualitativeShare the least percentage of the overall qualitative measures must carry, if declared
     * @param maxMeasureShare the most percentage of the overall any one measure may carry, if declared
     * @param maxCliff the largest jump of the overall a curve's cliff may cause, if declared
     * @param curvesNonDecreasing whether every curve must be non-decreasing
     * @param noTierGaps whether every tier table must give exactly one tier to every attainment
     */
    public FairnessRules(Optional<BigDecimal> minQualitativeShare, Optional<BigDecimal> maxMeasureShare, Optional<BigDecimal> maxCliff,
                         boolean curvesNonDecreasing, boolean noTierGaps) {
        this(minQualitativeShare, maxMeasureShare, maxCliff, curvesNonDecreasing, noTierGaps, Optional.empty());
    }

    /**
     * The rules every rubric gets unless it declares others: every curve non-decreasing and no tier
     * gaps; no share or cliff limits.
     *
     * @return the default rules
     */
    public static FairnessRules defaults() {
        return DEFAULTS;
    }

    /**
     * No rules at all, for a rubric that must be built although it breaks them (to study it, or to
     * show a test kit what it should find).
     *
     * @return rules that check nothing
     */
    public static FairnessRules none() {
        return NONE;
    }

    /**
     * A copy requiring at least {@code percent}% of the overall from qualitative measures.
     *
     * @param percent 0 to 100
     * @return a new value
     */
    public FairnessRules withMinQualitativeShare(BigDecimal percent) {
        return new FairnessRules(Optional.of(percent), maxMeasureShare, maxCliff, curvesNonDecreasing, noTierGaps, maxWithholdingGain);
    }

    /**
     * A copy allowing no measure more than {@code percent}% of the overall.
     *
     * @param percent 0 to 100
     * @return a new value
     */
    public FairnessRules withMaxMeasureShare(BigDecimal percent) {
        return new FairnessRules(minQualitativeShare, Optional.of(percent), maxCliff, curvesNonDecreasing, noTierGaps, maxWithholdingGain);
    }

    /**
     * A copy allowing no cliff larger than {@code overallPoints}.
     *
     * @param overallPoints 0 or more
     * @return a new value
     */
    public FairnessRules withMaxCliff(BigDecimal overallPoints) {
        return new FairnessRules(minQualitativeShare, maxMeasureShare, Optional.of(overallPoints), curvesNonDecreasing, noTierGaps,
                maxWithholdingGain);
    }

    /**
     * A copy allowing no measure's or section's evidence, left out instead of scored at its worst,
     * to raise the overall by more than {@code overallPoints}.
     *
     * @param overallPoints 0 or more
     * @return a new value
     */
    public FairnessRules withMaxWithholdingGain(BigDecimal overallPoints) {
        return new FairnessRules(minQualitativeShare, maxMeasureShare, maxCliff, curvesNonDecreasing, noTierGaps,
                Optional.of(overallPoints));
    }

    /**
     * A copy with the rule that every curve is non-decreasing switched on or off.
     *
     * @param on whether the rule applies
     * @return a new value
     */
    public FairnessRules withCurvesNonDecreasing(boolean on) {
        return new FairnessRules(minQualitativeShare, maxMeasureShare, maxCliff, on, noTierGaps, maxWithholdingGain);
    }

    /**
     * A copy with the rule that no tier table has gaps switched on or off. A rubric rejects tier
     * gaps and overlaps as structural problems anyway, so switching this off never lets one in.
     *
     * @param on whether the rule applies
     * @return a new value
     */
    public FairnessRules withNoTierGaps(boolean on) {
        return new FairnessRules(minQualitativeShare, maxMeasureShare, maxCliff, curvesNonDecreasing, on, maxWithholdingGain);
    }

    /**
     * The rules that apply, in a fixed order: curves, tier gaps, qualitative share, measure share, cliff,
     * withholding gain.
     *
     * @return the declared rules; empty for {@link #none()}
     */
    public List<FairnessRule> declared() {
        List<FairnessRule> out = new ArrayList<>();
        if (curvesNonDecreasing) {
            out.add(FairnessRule.CURVES_NON_DECREASING);
        }
        if (noTierGaps) {
            out.add(FairnessRule.NO_TIER_GAPS);
        }
        minQualitativeShare.ifPresent(x -> out.add(FairnessRule.MIN_QUALITATIVE_SHARE));
        maxMeasureShare.ifPresent(x -> out.add(FairnessRule.MAX_MEASURE_SHARE));
        maxCliff.ifPresent(x -> out.add(FairnessRule.MAX_CLIFF));
        maxWithholdingGain.ifPresent(x -> out.add(FairnessRule.MAX_WITHHOLDING_GAIN));
        return List.copyOf(out);
    }

    /**
     * The limit of a rule, for the rules that have one.
     *
     * @param rule a rule
     * @return the declared limit, in percent for shares and overall points for cliffs and withholding; empty for the
     *     two structural rules and for an undeclared limit
     */
    public Optional<BigDecimal> limit(FairnessRule rule) {
        return switch (rule) {
            case MIN_QUALITATIVE_SHARE -> minQualitativeShare;
            case MAX_MEASURE_SHARE -> maxMeasureShare;
            case MAX_CLIFF -> maxCliff;
            case MAX_WITHHOLDING_GAIN -> maxWithholdingGain;
            default -> Optional.empty();
        };
    }

    /**
     * Whether no rule applies.
     *
     * @return true for rules equal to {@link #none()}
     */
    public boolean isNone() {
        return declared().isEmpty();
    }

    /**
     * Describes the declared rules in words, such as
     * {@code curves non-decreasing, no tier gaps, qualitative share at least 30%, no cliff above 10 overall points}.
     *
     * @return the description, or {@code none} when no rule applies
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (FairnessRule r : declared()) {
            parts.add(describe(r));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /**
     * One declared rule in words, such as {@code no cliff above 10 overall points}.
     *
     * @param rule a rule
     * @return its description with its limit
     */
    public String describe(FairnessRule rule) {
        return switch (rule) {
            case CURVES_NON_DECREASING -> FairnessRuleMessages.curvesNonDecreasing();
            case NO_TIER_GAPS -> FairnessRuleMessages.noTierGaps();
            case MIN_QUALITATIVE_SHARE -> FairnessRuleMessages.minQualitativeShare(plain(minQualitativeShare));
            case MAX_MEASURE_SHARE -> FairnessRuleMessages.maxMeasureShare(plain(maxMeasureShare));
            case MAX_CLIFF -> FairnessRuleMessages.maxCliff(plain(maxCliff));
            case MAX_WITHHOLDING_GAIN -> FairnessRuleMessages.maxWithholdingGain(plain(maxWithholdingGain));
        };
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(v -> v.stripTrailingZeros().toPlainString()).orElse("?");
    }
}
