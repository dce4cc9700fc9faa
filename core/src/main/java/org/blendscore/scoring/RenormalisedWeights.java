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

/**
 * The weights of a review once the measures without usable evidence are left out: each measure's
 * share within its section and of the overall, each section's share of the overall, as exact
 * fractions and as the rounded percentages a review shows. They depend only on which measures
 * were scored, so a scorer computes them once per pattern ({@link PatternCache}) and every review
 * with that pattern shares them. Immutable.
 *
 * <p>Measures with points (scored, or counted as 0) keep their weight; the others are left out and
 * their section's other measures renormalised; a section with no measure left is left out and the
 * other sections renormalised.
 */
final class RenormalisedWeights {

    /** Whether no section has a measure with points: there is nothing to score. */
    final boolean nothingToScore;
    /** By section: whether it is left out. */
    final boolean[] sectionLeftOut;
    /** By section: its share of the overall (0 when left out), and that share as a percentage at 4 places. */
    final Fraction[] sectionShare;
    /** 1 / the section's share, to turn the sum of its measures' contributions into its score; null when left out. */
    final Fraction[] sectionReciprocal;
    /** {@link #sectionReciprocal} as doubles (NaN when left out), for a first, approximate rounding. */
    final double[] sectionReciprocalApprox;
    final BigDecimal[] sectionPercent;
    /** By measure, in declaration order: its share of its section, of the overall, and that as a percentage. */
    final Fraction[] inSection;
    final Fraction[] overall;
    final BigDecimal[] overallPercent;
    /** By measure: its contribution at 100 points, the baseline of the reasons (its overall share x 100). */
    final Fraction[] baseline;

    private RenormalisedWeights(List<CompiledSection> sections, boolean[] scored) {
        int sectionCount = sections.size();
        int measureCount = scored.length;
        sectionLeftOut = new boolean[sectionCount];
        sectionShare = new Fraction[sectionCount];
        sectionReciprocal = new Fraction[sectionCount];
        sectionReciprocalApprox = new double[sectionCount];
        sectionPercent = new BigDecimal[sectionCount];
        inSection = new Fraction[measureCount];
        overall = new Fraction[measureCount];
        overallPercent = new BigDecimal[measureCount];
        baseline = new Fraction[measureCount];
        Fraction[] measureSum = new Fraction[sectionCount];
        Fraction sectionSum = Fraction.ZERO;
        for (int s = 0; s < sectionCount; s++) {
            CompiledSection cs = sections.get(s);
            Fraction sum = Fraction.ZERO;
            for (int m = cs.first(); m < cs.first() + cs.measures().size(); m++) {
                if (scored[m]) {
                    sum = sum.add(cs.measures().get(m - cs.first()).weight);
                }
            }
            measureSum[s] = sum;
            sectionLeftOut[s] = sum.signum() == 0;
            if (sum.signum() > 0) {
                sectionSum = sectionSum.add(cs.weight());
            }
        }
        nothingToScore = sectionSum.signum() == 0;
        for (int s = 0; s < sectionCount; s++) {
            CompiledSection cs = sections.get(s);
            sectionShare[s] = sectionLeftOut[s] || nothingToScore ? Fraction.ZERO : cs.weight().divide(sectionSum);
            sectionPercent[s] = percent(sectionShare[s]);
            sectionReciprocal[s] = sectionShare[s].signum() == 0 ? null : Fraction.ONE.divide(sectionShare[s]);
            sectionReciprocalApprox[s] = sectionReciprocal[s] == null ? Double.NaN : sectionReciprocal[s].doubleValue();
            for (int m = cs.first(); m < cs.first() + cs.measures().size(); m++) {
                if (scored[m]) {
                    inSection[m] = cs.measures().get(m - cs.first()).weight.divide(measureSum[s]);
                    overall[m] = sectionShare[s].multiply(inSection[m]);
                } else {
                    inSection[m] = Fraction.ZERO;
                    overall[m] = Fraction.ZERO;
                }
                baseline[m] = overall[m].multiply(Fraction.HUNDRED);
                overallPercent[m] = baseline[m].toBigDecimal(4);
            }
        }
    }

    /**
     * The weights for one pattern of scored measures.
     *
     * @param sections the rubric's compiled sections
     * @param scored by measure in declaration order, whether it has points
     * @return the weights
     */
    static RenormalisedWeights of(List<CompiledSection> sections, boolean[] scored) {
        return new RenormalisedWeights(sections, scored);
    }

    /** A fraction of 1 as a percentage at 4 places, as reviews show weights. */
    static BigDecimal percent(Fraction share) {
        return share.multiply(Fraction.HUNDRED).toBigDecimal(4);
    }
}
