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

/**
 * One kind of fairness rule a rubric can declare in its {@link FairnessRules}. Each rule is checked
 * when the rubric is built; a broken rule is reported at the path {@code fairness.<key>}, such as
 * {@code fairness.maxCliff}.
 */
public enum FairnessRule {
    /** Every quota measure's curve is non-decreasing: more attainment never earns fewer points. */
    CURVES_NON_DECREASING("curvesNonDecreasing"),
    /** Every tier table gives exactly one tier to every attainment: no gaps, overlaps or empty tiers. */
    NO_TIER_GAPS("noTierGaps"),
    /**
     * At least a given percentage of the overall comes from qualitative measures (milestones and
     * ratings), by nominal weight share.
     */
    MIN_QUALITATIVE_SHARE("minQualitativeShare"),
    /** No measure carries more than a given percentage of the overall, by nominal weight share. */
    MAX_MEASURE_SHARE("maxMeasureShare"),
    /**
     * No cliff of a curve (gate, breakpoint or tier edge) moves the overall by more than a given
     * number of overall points, at the measure's nominal share.
     */
    MAX_CLIFF("maxCliff"),
    /**
     * No measure's or section's evidence, left out instead of scored at its worst, raises the
     * overall by more than a given number of overall points: its withholding exposure, computed
     * exactly by the analysis under the effective missing-evidence policies.
     */
    MAX_WITHHOLDING_GAIN("maxWithholdingGain");

    private final String key;

    FairnessRule(String key) {
        this.key = key;
    }

    /**
     * The rule's name as a builder and a problem path spell it, such as {@code maxCliff}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Where a broken rule is reported in an {@link InvalidRubricException}, such as {@code fairness.maxCliff}.
     *
     * @return the path
     */
    public String path() {
        return "fairness." + key;
    }
}
