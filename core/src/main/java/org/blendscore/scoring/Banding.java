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
import java.util.Arrays;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.review.Coverage;
import org.blendscore.review.Warning;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Comparison;

/**
 * Banding, the stage after weighing and coverage: the band the overall reaches, the band guards, and
 * what an incomplete review gets. Bands and guards read the figures as the review shows them (rounded
 * at the rubric's scale) or exactly, as the rubric's {@link BandRules} say. A guard whose section or
 * measure was left out caps the band as if its condition held (it fails closed) unless it declares
 * that it fails open. Below the rubric's least coverage the review has no band, or a provisional one.
 *
 * <p>A workspace's own: it keeps the warnings of the last decision until the run takes them.
 */
final class Banding {

    private final CompiledRubric compiled;
    private final MeasureSlot[] all;
    private final boolean exact;
    private final boolean provisional;
    private final MutableRational scratch = new MutableRational();

    /** The band after guards, empty for an incomplete review without a provisional band. */
    Optional<String> band;
    /** The band before guards, when a guard lowered it. */
    Optional<String> before;
    /** The warnings of the last decision: the first {@link #warned}. */
    Warning[] warnings = new Warning[2];
    int warned;

    Banding(CompiledRubric compiled, MeasureSlot[] all) {
        this.compiled = compiled;
        this.all = all;
        BandRules rules = compiled.rubric.bandRules();
        this.exact = rules.reading() == BandRules.BandReading.EXACT;
        this.provisional = rules.belowLeastCoverage() == BandRules.IncompleteBand.PROVISIONAL;
    }

    /**
     * Decides the band of a review whose figures are kept; the measures' slots hold their exact
     * contributions.
     *
     * @param data the review's figures
     * @param w the review's weights
     * @param overall the overall at the rubric's scale
     * @param overallUnits the overall in units, or {@link Long#MIN_VALUE} when beyond a long
     * @param coverage the review's coverage
     */
    void decide(ReviewAssembly data, RenormalisedWeights w, BigDecimal overall, long overallUnits, Coverage coverage) {
        warned = 0;
        int rawIndex = exact ? exactBandIndex() : compiled.bandIndex(overall, overallUnits);
        int finalIndex = guarded(data, w, rawIndex);
        if (!coverage.complete()) {
            warn(WarningMessages.incomplete(coverage, provisional));
            if (!provisional) {
                band = Optional.empty();
                before = Optional.empty();
                return;
            }
        }
        band = compiled.bandBefore.get(finalIndex);
        before = finalIndex != rawIndex ? compiled.bandBefore.get(rawIndex) : Optional.empty();
    }

    /** The band the exact overall reaches: the sum of the exact contributions. */
    private int exactBandIndex() {
        scratch.setZero();
        for (MeasureSlot slot : all) {
            if (slot.hasPoints) {
                scratch.add(slot.exact);
            }
        }
        BigDecimal[] floors = compiled.bandFloors;
        for (int i = 0; i < floors.length; i++) {
            if (scratch.compareTo(Fraction.of(floors[i])) >= 0) {
                return i;
            }
        }
        return floors.length - 1;
    }

    /**
     * The band after the rubric's guards: the lowest band a guard whose condition holds (or, failing
     * closed, cannot be evaluated) caps at, if below the band of the overall; warns of each cap and of
     * each guard that could not be evaluated.
     */
    private int guarded(ReviewAssembly data, RenormalisedWeights w, int rawIndex) {
        int finalIndex = rawIndex;
        for (CompiledGuard g : compiled.guards) {
            int ref = g.ref();
            boolean leftOut = ref < 0 || (g.onSection() ? data.sectionScore(ref) == null : data.shownPoints(ref) == null);
            if (leftOut) {
                warn(g.notEvaluated());
                if (!g.guard().failOpen()) {
                    finalIndex = Math.max(finalIndex, capIndex(g));
                }
                continue;
            }
            if (holds(g, data, w)) {
                int capIndex = capIndex(g);
                if (capIndex > rawIndex) {
                    BigDecimal shown = g.onSection() ? data.sectionScore(ref) : data.shownPoints(ref);
                    warn(WarningMessages.bandCapped(g.index(), g.guard().capAt(), g.guard().condition(), shown,
                            compiled.bandLabels[rawIndex]));
                }
                finalIndex = Math.max(finalIndex, capIndex);
            }
        }
        return finalIndex;
    }

    private static int capIndex(CompiledGuard g) {
        int capIndex = g.capIndex();
        if (capIndex < 0) {
            throw new IllegalStateException(ScoringMessages.guardBandUnchecked(g.guard().capAt()));
        }
        return capIndex;
    }

    /** Whether a guard's condition holds for a section or measure that was scored. */
    private boolean holds(CompiledGuard g, ReviewAssembly data, RenormalisedWeights w) {
        Comparison comparison = g.guard().condition().comparison();
        BigDecimal threshold = g.guard().condition().threshold();
        if (exact) {
            MutableRational score = g.onSection() ? exactSection(g.ref(), w) : data.exactPoints(g.ref());
            int c = score.compareTo(Fraction.of(threshold));
            return switch (comparison) {
                case BELOW -> c < 0;
                case AT_MOST -> c <= 0;
                case AT_LEAST -> c >= 0;
                case ABOVE -> c > 0;
            };
        }
        int inUnits = g.onSection() ? g.holdsInUnits(data.sectionUnits(g.ref())) : -1;
        if (inUnits >= 0) {
            return inUnits == 1;
        }
        BigDecimal score = g.onSection() ? data.sectionScore(g.ref()) : data.shownPoints(g.ref());
        return comparison.holds(score, threshold);
    }

    /** A section's exact score: the sum of its exact contributions over its share. */
    private MutableRational exactSection(int s, RenormalisedWeights w) {
        CompiledSection cs = compiled.sectionArray[s];
        scratch.setZero();
        for (int m = cs.first(); m < cs.first() + cs.measures().size(); m++) {
            if (all[m].hasPoints) {
                scratch.add(all[m].exact);
            }
        }
        return scratch.multiply(w.sectionReciprocal[s]);
    }

    private void warn(Warning warning) {
        if (warned == warnings.length) {
            warnings = Arrays.copyOf(warnings, warned * 2);
        }
        warnings[warned++] = warning;
    }
}
