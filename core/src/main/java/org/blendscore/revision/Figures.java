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
package org.blendscore.revision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.blendscore.analysis.BandReach;
import org.blendscore.analysis.Cliff;
import org.blendscore.analysis.MeasureAnalysis;
import org.blendscore.analysis.RubricAnalysis;
import org.blendscore.analysis.WithholdingExposure;
import org.blendscore.number.Fraction;

/**
 * The analytical figures of one rubric version that a revision may move, taken exactly from its
 * {@link RubricAnalysis}.
 *
 * @param version the rubric version
 * @param nominalShares each measure's nominal share of the overall in percent (section weight x
 *     measure weight / 100), by measure id, in declaration order
 * @param qualitativeShare the rating measures' share of the nominal weight, in percent
 * @param cliffs each cliff of a curve (at a gate, breakpoint or tier edge), in words with its jump
 *     of the overall in points, such as {@code new-arr gate at attainment 0.5: +17.50}
 * @param withholdingExposure the largest gain in overall points that leaving evidence out can buy
 *     (0 when none can); empty when the gain is unbounded
 * @param reachableBands the labels of the bands some evidence can reach, highest first
 */
public record Figures(String version, Map<String, Fraction> nominalShares, Fraction qualitativeShare, List<String> cliffs,
                      Optional<Fraction> withholdingExposure, List<String> reachableBands) {

    /**
     * Checks the parts and copies the collections, keeping their order.
     *
     * @param version the rubric version
     * @param nominalShares each measure's nominal share in percent, by id
     * @param qualitativeShare the qualitative share in percent
     * @param cliffs each curve cliff in words
     * @param withholdingExposure the largest withholding gain, empty when unbounded
     * @param reachableBands the reachable bands' labels
     */
    public Figures {
        Objects.requireNonNull(version, "version");
        nominalShares = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(nominalShares, "nominalShares")));
        Objects.requireNonNull(qualitativeShare, "qualitativeShare");
        cliffs = List.copyOf(cliffs);
        Objects.requireNonNull(withholdingExposure, "withholdingExposure");
        reachableBands = List.copyOf(reachableBands);
    }

    /**
     * The figures of an analysed rubric.
     *
     * @param analysis the rubric's analysis
     * @return its figures
     */
    public static Figures of(RubricAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Map<String, Fraction> shares = new LinkedHashMap<>();
        for (MeasureAnalysis m : analysis.measures()) {
            shares.put(m.measureId(), m.nominalShare().multiply(Fraction.HUNDRED));
        }
        List<String> cliffs = analysis.cliffs().stream().filter(c -> c.attainment().isPresent()).map(Figures::cliff).toList();
        Optional<Fraction> exposure = analysis.largestWithholding().map(WithholdingExposure::gain).orElse(Optional.of(Fraction.ZERO));
        List<String> bands = analysis.bands().stream().filter(BandReach::isReachable).map(BandReach::label).toList();
        return new Figures(analysis.version(), shares, analysis.split().qualitativeWeight().multiply(Fraction.HUNDRED), cliffs,
                exposure, bands);
    }

    /**
     * A measure's nominal share in percent, 0 if this version has no such measure.
     *
     * @param measureId the measure id
     * @return its share in percent
     */
    public Fraction share(String measureId) {
        return nominalShares.getOrDefault(measureId, Fraction.ZERO);
    }

    /**
     * The withholding exposure in words: points at 2 decimals, or {@code unbounded}.
     *
     * @return the exposure in words
     */
    public String withholdingText() {
        return withholdingExposure.map(Figures::number).orElse("unbounded");
    }

    private static String cliff(Cliff c) {
        Fraction jump = c.overallJump();
        return c.measureId() + " " + c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " at " + c.at() + ": "
                + (jump.signum() >= 0 ? "+" : "") + number(jump);
    }

    /** A figure at 2 decimals: exact when it has no more, else rounded half-even and marked with {@code ≈}. */
    static String number(Fraction f) {
        Optional<BigDecimal> exact = f.toExactDecimal();
        if (exact.isPresent() && exact.get().stripTrailingZeros().scale() <= 2) {
            return exact.get().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        }
        return "\u2248" + f.toBigDecimal(2).toPlainString();
    }
}
