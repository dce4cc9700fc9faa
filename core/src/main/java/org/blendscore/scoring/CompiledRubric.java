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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.number.Fraction;
import org.blendscore.review.Warning;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;

/**
 * A rubric compiled for scoring, read-only: its sections and measures prepared for scoring, its
 * targets over time, the renormalised weights of each pattern of scored measures, its bands and its
 * guards. The first stage of scoring; every later stage reads it and none writes it.
 */
final class CompiledRubric {

    final Rubric rubric;
    final List<CompiledSection> sections;
    /** Every measure, in declaration order across sections. */
    final CompiledMeasure[] measures;
    final TargetTime time;
    /** Every measure by id. */
    final Map<String, Measure> byId;
    /** Renormalised weights by pattern of scored measures; null when the rubric has too many measures to cache. */
    private final PatternCache<RenormalisedWeights> weights;
    /** The bands' lower bounds, in the rubric's order, and the compiled guards. */
    final BigDecimal[] bandFloors;
    /**
     * Each band's floor in units of the rubric's scale, rounded up (an overall in units reaches the band
     * when at least this), or {@link Long#MIN_VALUE} when a floor does not fit; see {@link #bandIndex}.
     */
    private final long[] bandFloorUnits;
    /** Each band's label, and the same as a present optional (a review's band before guards). */
    final String[] bandLabels;
    final List<Optional<String>> bandBefore;
    final CompiledSection[] sectionArray;
    final int scale;
    final CompiledGuard[] guards;
    /** The most measures a section has. */
    final int largestSection;
    /** Counts each review's coverage. */
    final CoverageCount coverage;

    CompiledRubric(Rubric rubric, Optional<org.blendscore.calibration.Calibration> calibration) {
        this.rubric = rubric;
        Map<String, Measure> byId = new LinkedHashMap<>();
        List<CompiledSection> compiled = new ArrayList<>();
        List<CompiledMeasure> all = new ArrayList<>();
        for (Section s : rubric.sections()) {
            List<CompiledMeasure> ms = new ArrayList<>();
            MissingEvidencePolicy sectionPolicy = s.missingEvidence().orElse(rubric.missingEvidence());
            for (Measure m : s.measures()) {
                byId.put(m.id(), m);
                ms.add(CompiledMeasure.of(m, s.name(), rubric.scale(), m.missingEvidence().orElse(sectionPolicy), calibration));
            }
            Warning leftOut = WarningMessages.sectionLeftOut(s.name());
            compiled.add(new CompiledSection(s, Fraction.of(s.weight()).divide(Fraction.HUNDRED), List.copyOf(ms), all.size(), leftOut,
                    sectionPolicy, WarningMessages.sectionCountedAsZero(s.name())));
            all.addAll(ms);
        }
        this.sections = List.copyOf(compiled);
        this.largestSection = compiled.stream().mapToInt(c -> c.measures().size()).max().orElse(0);
        this.measures = all.toArray(new CompiledMeasure[0]);
        this.time = new TargetTime(rubric);
        this.byId = Collections.unmodifiableMap(byId);
        this.weights = measures.length <= PatternCache.MAX_PARTS ? new PatternCache<>(measures.length, this::weightsOf) : null;
        List<Band> bands = rubric.bands();
        this.bandFloors = new BigDecimal[bands.size()];
        this.bandFloorUnits = new long[bands.size()];
        this.bandLabels = new String[bands.size()];
        List<Optional<String>> before = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            bandFloors[i] = bands.get(i).lowerBound();
            bandFloorUnits[i] = unitsUp(bandFloors[i], rubric.scale());
            bandLabels[i] = bands.get(i).label();
            before.add(Optional.of(bandLabels[i]));
        }
        this.bandBefore = List.copyOf(before);
        this.sectionArray = sections.toArray(new CompiledSection[0]);
        this.scale = rubric.scale();
        this.guards = new CompiledGuard[rubric.guards().size()];
        Map<BandGuard, Integer> firstIndex = new HashMap<>();
        // what a guard refers to, by name, each the first of its name (as a search from the start would find)
        Map<String, Integer> sectionIndex = new HashMap<>();
        Map<String, Integer> measureIndex = new HashMap<>();
        Map<String, Integer> bandIndex = new HashMap<>();
        if (guards.length > 0) {
            for (int s = 0; s < sections.size(); s++) {
                sectionIndex.putIfAbsent(sections.get(s).section().name(), s);
            }
            for (int m = 0; m < measures.length; m++) {
                measureIndex.putIfAbsent(measures[m].id(), m);
            }
            for (int b = 0; b < bands.size(); b++) {
                bandIndex.putIfAbsent(bands.get(b).label(), b);
            }
        }
        for (int g = 0; g < guards.length; g++) {
            // the position a review names is the first equal guard's (as indexOf would give, in linear time)
            BandGuard guard = rubric.guards().get(g);
            Integer first = firstIndex.putIfAbsent(guard, g);
            Map<String, Integer> refs = guard.condition().scope() == ScoreCondition.Scope.SECTION ? sectionIndex : measureIndex;
            guards[g] = compile(guard, first == null ? g : first, refs.getOrDefault(guard.condition().ref(), -1),
                    bandIndex.getOrDefault(guard.capAt(), -1));
        }
        this.coverage = new CoverageCount(this);
    }

    /** A decimal in units of the scale, rounded up; {@link Long#MIN_VALUE} when that does not fit a long. */
    private static long unitsUp(BigDecimal d, int scale) {
        return whole(d.movePointRight(scale), java.math.RoundingMode.CEILING);
    }

    /**
     * The position of the first band whose lower bound the overall reaches, else the last band.
     *
     * @param overall the overall, at the rubric's scale
     * @param units the overall in units of the scale, or {@link Long#MIN_VALUE} when it did not fit a long
     */
    int bandIndex(BigDecimal overall, long units) {
        for (int i = 0; i < bandFloors.length; i++) {
            long floor = bandFloorUnits[i];
            boolean reaches = units != Long.MIN_VALUE && floor != Long.MIN_VALUE ? units >= floor
                    : overall.compareTo(bandFloors[i]) >= 0;
            if (reaches) {
                return i;
            }
        }
        return bandFloors.length - 1;
    }

    /**
     * Compiles a guard.
     *
     * @param ref the position of the section or measure the guard's condition reads, or -1
     * @param capIndex the position of the band it caps at, or -1
     */
    private CompiledGuard compile(BandGuard guard, int index, int ref, int capIndex) {
        ScoreCondition c = guard.condition();
        boolean onSection = c.scope() == ScoreCondition.Scope.SECTION;
        Warning notEvaluated = guard.failOpen() ? WarningMessages.guardNotEvaluated(index, c, guard.capAt())
                : WarningMessages.guardFailedClosed(index, c, guard.capAt());
        BigDecimal scaled = c.threshold().movePointRight(rubric.scale());
        return new CompiledGuard(guard, index, onSection, ref, capIndex, notEvaluated,
                whole(scaled, java.math.RoundingMode.FLOOR), whole(scaled, java.math.RoundingMode.CEILING));
    }

    /** A decimal rounded to a whole number as a long, or {@link Long#MIN_VALUE} when that does not fit. */
    private static long whole(BigDecimal d, java.math.RoundingMode mode) {
        try {
            return d.setScale(0, mode).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return Long.MIN_VALUE;
        }
    }

    /** The weights for a pattern of scored measures, bit i for measure i. */
    private RenormalisedWeights weightsOf(long pattern) {
        boolean[] scored = new boolean[measures.length];
        for (int m = 0; m < scored.length; m++) {
            scored[m] = (pattern & (1L << m)) != 0;
        }
        return RenormalisedWeights.of(sections, scored);
    }

    /**
     * The renormalised weights of a review.
     *
     * @param scored by measure, whether it has points: with more than {@value PatternCache#MAX_PARTS}
     *     measures; else null, and {@code pattern} says it
     * @param pattern bit i set when measure i has points
     */
    RenormalisedWeights weights(boolean[] scored, long pattern) {
        return scored == null ? weights.get(pattern) : RenormalisedWeights.of(sections, scored);
    }
}
