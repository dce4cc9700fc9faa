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
package org.blendscore.testkit;

import static org.blendscore.testkit.EvidenceGenerator.between;
import static org.blendscore.testkit.EvidenceGenerator.chance;
import static org.blendscore.testkit.EvidenceGenerator.pick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetRules;

/**
 * Seeded, reproducible generator of <em>valid</em> random rubrics: every rubric it makes is accepted
 * by the rubric's constructor. By default it reaches everything the rubric model can express:
 * <ul>
 *   <li>sections (1 to 4 by default) of quota, milestone and rating measures (1 to 3 a section),
 *       whole weights adding up to 100 at each level;</li>
 *   <li>quota measures of every {@linkplain org.blendscore.rubric.QuantityKind kind}, either
 *       direction, with linear curves (gated or not, capped or not) or tier curves (either edge
 *       rule), some naming target factors;</li>
 *   <li>plain milestones, stage ladders and counted milestones, capped at 100 or not;</li>
 *   <li>rating scales from 0 or 1 in steps of 1 or 0.5 with 3 to 7 levels and their anchors, some
 *       with their points overridden; 1 to 3 sources with minimum counts, weights, anonymity
 *       thresholds (comments shown or not) and calibration; mean or median;</li>
 *   <li>1 to 4 bands, up to 2 guards on a section or measure score with any comparison;</li>
 *   <li>every missing-evidence policy for the rubric, and policies per section and per measure;</li>
 *   <li>target rules: factors, every proration basis, work calendars with holidays, ramps,
 *       quarterly or half-yearly seasonality, a relief cap and a pacing alert;</li>
 *   <li>declared fairness rules (limits the rubric keeps or not: a scorer may refuse it), band rules
 *       (least coverage, what a review below it gets, how bands read), and 0 to 6 decimal places.</li>
 * </ul>
 * All points are whole numbers. Restrict it with {@link #sections(int, int)},
 * {@link #measuresPerSection(int, int)}, {@link #kinds(Kind...)}, {@link #policies(MissingEvidencePolicy...)},
 * {@link #without(Extra...)} and {@link #plain()}; {@link #fair()} keeps to rubrics the library's
 * scorer should pass every check of {@link PropertyCheck} on.
 *
 * <p>The generator is immutable and thread-safe; the same seed and options give an equal rubric. It
 * needs no test framework: drive it with a seed from any property-testing library, for example
 * QuickTheories' {@code longs().all().map(generator::generate)}, and give its rubrics to an
 * {@link EvidenceGenerator} for evidence.
 */
public final class RubricGenerator {

    /** The period every generated rubric is effective for: the year 2026. */
    public static final DateRange YEAR = DateRange.year(2026);

    /** The families of measures a rubric may hold. */
    public enum Kind {
        /** Quota measures: an actual against a target, through a curve. */
        QUOTA,
        /** Milestone measures: milestones, stage ladders and counted milestones. */
        MILESTONES,
        /** Rating measures: ratings on a scale from one or more sources. */
        RATING
    }

    /** The parts of a rubric beyond its sections, measures, bands and guards, each of which can be left out. */
    public enum Extra {
        /** Missing-evidence policies declared by sections and measures, overriding the rubric's. */
        SECTION_AND_MEASURE_POLICIES,
        /** Target rules: factors (which quota measures name), proration, calendar, ramp, seasonality, relief cap. */
        TARGET_RULES,
        /** Declared fairness rules other than the defaults. */
        FAIRNESS_RULES,
        /** Band rules other than the defaults: least coverage, the band below it, how bands read. */
        BAND_RULES,
        /** Anonymity thresholds on rating sources. */
        ANONYMITY,
        /** Rating sources that declare calibration. */
        CALIBRATION
    }

    /** The most sections, and measures in a section, a generator can be asked for. */
    public static final int MAX_PARTS = 20;

    private final int minSections;
    private final int maxSections;
    private final int minMeasures;
    private final int maxMeasures;
    private final Set<Kind> kinds;
    private final Set<MissingEvidencePolicy> policies;
    private final Set<Extra> extras;
    private final boolean fair;

    private RubricGenerator(int minSections, int maxSections, int minMeasures, int maxMeasures, Set<Kind> kinds,
                            Set<MissingEvidencePolicy> policies, Set<Extra> extras, boolean fair) {
        this.minSections = minSections;
        this.maxSections = maxSections;
        this.minMeasures = minMeasures;
        this.maxMeasures = maxMeasures;
        this.kinds = Set.copyOf(kinds);
        this.policies = Set.copyOf(policies);
        this.extras = extras.isEmpty() ? Set.of() : Set.copyOf(extras);
        this.fair = fair;
    }

    /**
     * A generator reaching everything the rubric model can express: 1 to 4 sections of 1 to 3
     * measures of every kind, every policy, every extra.
     *
     * @return the generator
     */
    public static RubricGenerator of() {
        return new RubricGenerator(1, 4, 1, 3, EnumSet.allOf(Kind.class), EnumSet.allOf(MissingEvidencePolicy.class),
                EnumSet.allOf(Extra.class), false);
    }

    /**
     * A copy drawing between {@code min} and {@code max} sections.
     *
     * @param min the fewest sections, at least 1
     * @param max the most sections, from {@code min} to {@link #MAX_PARTS}
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or out of bounds
     */
    public RubricGenerator sections(int min, int max) {
        checkRange("sections", min, max);
        return new RubricGenerator(min, max, minMeasures, maxMeasures, kinds, policies, extras, fair);
    }

    /**
     * A copy drawing between {@code min} and {@code max} measures in each section.
     *
     * @param min the fewest measures in a section, at least 1
     * @param max the most measures in a section, from {@code min} to {@link #MAX_PARTS}
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or out of bounds
     */
    public RubricGenerator measuresPerSection(int min, int max) {
        checkRange("measuresPerSection", min, max);
        return new RubricGenerator(minSections, maxSections, min, max, kinds, policies, extras, fair);
    }

    /**
     * A copy drawing measures of these kinds only.
     *
     * @param only one or more kinds
     * @return a new generator
     * @throws IllegalArgumentException if no kind is given
     */
    public RubricGenerator kinds(Kind... only) {
        return new RubricGenerator(minSections, maxSections, minMeasures, maxMeasures, nonEmpty("kinds", List.of(only)), policies, extras, fair);
    }

    /**
     * A copy drawing the rubric's missing-evidence policy from these only (for example without
     * {@code REJECT}, for evidence that leaves measures out).
     *
     * @param only one or more policies
     * @return a new generator
     * @throws IllegalArgumentException if no policy is given
     */
    public RubricGenerator policies(MissingEvidencePolicy... only) {
        return new RubricGenerator(minSections, maxSections, minMeasures, maxMeasures, kinds, nonEmpty("policies", List.of(only)), extras, fair);
    }

    /**
     * A copy that leaves these extras out: their parts keep their defaults (no section or measure
     * policy, {@link TargetRules#none()}, {@link FairnessRules#defaults()}, {@link BandRules#defaults()},
     * signed and uncalibrated sources).
     *
     * @param left the extras to leave out
     * @return a new generator
     */
    public RubricGenerator without(Extra... left) {
        EnumSet<Extra> kept = extras.isEmpty() ? EnumSet.noneOf(Extra.class) : EnumSet.copyOf(extras);
        List.of(left).forEach(kept::remove);
        return new RubricGenerator(minSections, maxSections, minMeasures, maxMeasures, kinds, policies, kept, fair);
    }

    /**
     * A copy without any {@link Extra}: sections, measures, bands, guards and the rubric's policy only.
     *
     * @return a new generator
     */
    public RubricGenerator plain() {
        return without(Extra.values());
    }

    /**
     * A copy making only rubrics that are fair by design, on which the library's scorer should pass
     * every check of {@link PropertyCheck} even at the rubric's tightest cliff limit: a rating
     * level's overridden points never fall below the level before; guards fire only on low scores
     * ({@code <} or {@code <=}); count targets are at least 40 (one more count moves attainment by
     * less than the 0.05 spacing of curve edges) and counts are higher-is-better; target rules, if
     * kept, are a territory factor only; no other extra is drawn; 0 to 4 decimal places.
     *
     * @return a new generator
     */
    public RubricGenerator fair() {
        Set<Extra> kept = extras.contains(Extra.TARGET_RULES) ? EnumSet.of(Extra.TARGET_RULES) : EnumSet.noneOf(Extra.class);
        return new RubricGenerator(minSections, maxSections, minMeasures, maxMeasures, kinds, policies, kept, true);
    }

    /**
     * The rubric for this seed.
     *
     * @param seed any seed; the same seed gives an equal rubric
     * @return a valid rubric
     */
    public Rubric generate(long seed) {
        return generate(new SplittableRandom(seed));
    }

    /**
     * A rubric drawn from this randomness.
     *
     * @param random the randomness, such as a {@link SplittableRandom}
     * @return a valid rubric
     */
    public Rubric generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        MeasureShapes shapes = new MeasureShapes(random, fair, extras.contains(Extra.ANONYMITY), extras.contains(Extra.CALIBRATION));
        List<Kind> kindList = List.copyOf(EnumSet.copyOf(kinds));
        List<String> factors = extras.contains(Extra.TARGET_RULES) ? RubricRules.factorNames(random, fair) : List.of();
        int sectionCount = between(random, minSections, maxSections);
        List<Integer> sectionWeights = composition(random, 100, sectionCount);
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            int measureCount = between(random, minMeasures, maxMeasures);
            List<Integer> measureWeights = composition(random, 100, measureCount);
            List<Measure> measures = new ArrayList<>();
            for (int m = 0; m < measureCount; m++) {
                String id = "m" + s + "-" + m;
                BigDecimal weight = BigDecimal.valueOf(measureWeights.get(m));
                Measure measure = switch (pick(random, kindList)) {
                    case QUOTA -> shapes.quota(id, weight, factors);
                    case MILESTONES -> shapes.milestones(id, weight);
                    case RATING -> shapes.rating(id, weight);
                };
                measures.add(extras.contains(Extra.SECTION_AND_MEASURE_POLICIES) ? RubricRules.measurePolicy(random, measure) : measure);
            }
            Section section = new Section("S" + s, BigDecimal.valueOf(sectionWeights.get(s)), measures);
            boolean sectionPolicy = extras.contains(Extra.SECTION_AND_MEASURE_POLICIES) && chance(random, 30);
            sections.add(sectionPolicy ? section.withMissingEvidence(RubricRules.ownPolicy(random)) : section);
        }
        List<Band> bands = bands(random);
        List<BandGuard> guards = new ArrayList<>();
        int guardCount = between(random, 0, 2);
        for (int g = 0; g < guardCount; g++) {
            guards.add(guard(random, sections, bands));
        }
        MissingEvidencePolicy policy = pick(random, List.copyOf(EnumSet.copyOf(policies)));
        int scale = between(random, 0, fair ? 4 : 6);
        TargetRules targets = extras.contains(Extra.TARGET_RULES) ? RubricRules.targets(random, fair, factors) : TargetRules.none();
        FairnessRules fairness = extras.contains(Extra.FAIRNESS_RULES) ? RubricRules.fairness(random) : FairnessRules.defaults();
        BandRules bandRules = extras.contains(Extra.BAND_RULES) ? RubricRules.bandRules(random) : BandRules.defaults();
        return new Rubric("random", "v" + between(random, 1, 9), YEAR, sections, bands, guards, policy, scale, targets, fairness,
                bandRules);
    }

    private List<Band> bands(RandomGenerator random) {
        int count = between(random, 1, 4);
        TreeSet<Integer> bounds = new TreeSet<>();
        while (bounds.size() < count - 1) {
            bounds.add(between(random, 1, 140));
        }
        List<Band> bands = new ArrayList<>();
        int i = 0;
        for (int bound : bounds.descendingSet()) {
            bands.add(new Band("B" + i++, BigDecimal.valueOf(bound)));
        }
        bands.add(new Band("B" + i, BigDecimal.ZERO));
        return bands;
    }

    private BandGuard guard(RandomGenerator random, List<Section> sections, List<Band> bands) {
        ScoreCondition.Scope scope = chance(random, 50) ? ScoreCondition.Scope.SECTION : ScoreCondition.Scope.MEASURE;
        Section section = pick(random, sections);
        String ref = scope == ScoreCondition.Scope.SECTION ? section.name() : pick(random, section.measures()).id();
        List<Comparison> comparisons = fair ? List.of(Comparison.BELOW, Comparison.AT_MOST) : List.of(Comparison.values());
        ScoreCondition condition = new ScoreCondition(scope, ref, pick(random, comparisons), BigDecimal.valueOf(between(random, 0, 120)));
        return new BandGuard(condition, pick(random, bands).label());
    }

    /** {@code parts} positive whole numbers adding up to {@code total}, in random order of size. */
    static List<Integer> composition(RandomGenerator random, int total, int parts) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(between(random, 1, total - 1));
        }
        List<Integer> result = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            result.add(cut - previous);
            previous = cut;
        }
        result.add(total - previous);
        return result;
    }

    private static void checkRange(String what, int min, int max) {
        if (min < 1 || max < min || max > MAX_PARTS) {
            throw new IllegalArgumentException(what + " must be a range from at least 1 to at most " + MAX_PARTS
                    + " with min <= max, got " + min + ".." + max);
        }
    }

    private static <T extends Enum<T>> Set<T> nonEmpty(String what, List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one value, got none");
        }
        return EnumSet.copyOf(values);
    }

    @Override
    public String toString() {
        return "RubricGenerator[sections " + minSections + ".." + maxSections + ", measures " + minMeasures + ".." + maxMeasures
                + ", kinds " + kinds + ", policies " + policies + ", extras " + extras + (fair ? ", fair" : "") + "]";
    }
}
