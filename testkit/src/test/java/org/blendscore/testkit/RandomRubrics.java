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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.BandGuard;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.ScoreCondition;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generator of valid random rubrics, copied from core's test generator
 * ({@code org.blendscore.scoring.RandomRubrics}, which this module cannot see) with the changes a
 * fair rubric needs and the kit's generator covers:
 * <ul>
 *   <li>a rating level's overridden points never fall below the level before it (core draws them
 *       freely, which makes a better rating score worse: the kit rightly reports that);</li>
 *   <li>guards only fire on low scores ({@code <} or {@code <=}): a guard that caps the band when a
 *       score is high lowers the band as the subject does better, which the kit rightly reports;</li>
 *   <li>count targets are at least 40, so that one more count moves attainment by less than the
 *       0.05 spacing of edges (one count crossing two edges is one jump of both, which the kit
 *       rightly reports as one), and counts are higher-is-better;</li>
 *   <li>a third of the rubrics declare a target factor that some quota measures name, and the
 *       missing-evidence policy may also be {@code REJECT}.</li>
 * </ul>
 */
final class RandomRubrics {

    static final DateRange YEAR = DateRange.year(2026);
    private static final List<String> SOURCES = List.of("manager", "customer", "peer", "self");
    private static final BigDecimal STEP = new BigDecimal("0.05");

    private RandomRubrics() {
    }

    /** Draws values from QuickTheories' randomness, so that failures shrink and replay by seed. */
    static final class Draw {
        private final RandomnessSource in;

        Draw(RandomnessSource in) {
            this.in = in;
        }

        int between(int min, int max) {
            return Generate.range(min, max).generate(in);
        }

        boolean percent(int chance) {
            return between(1, 100) <= chance;
        }

        <T> T pick(List<T> items) {
            return items.get(between(0, items.size() - 1));
        }

        /** {@code parts} positive integers adding up to {@code total}. */
        List<Integer> composition(int total, int parts) {
            TreeSet<Integer> cuts = new TreeSet<>();
            while (cuts.size() < parts - 1) {
                cuts.add(between(1, total - 1));
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
    }

    static Gen<Rubric> rubrics() {
        return in -> rubric(new Draw(in));
    }

    static Rubric rubric(Draw draw) {
        boolean territory = draw.percent(33);
        int sectionCount = draw.between(1, 4);
        List<Integer> sectionWeights = draw.composition(100, sectionCount);
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            int measureCount = draw.between(1, 3);
            List<Integer> measureWeights = draw.composition(100, measureCount);
            List<Measure> measures = new ArrayList<>();
            for (int m = 0; m < measureCount; m++) {
                String id = "m" + s + m;
                BigDecimal weight = BigDecimal.valueOf(measureWeights.get(m));
                measures.add(switch (draw.between(0, 2)) {
                    case 0 -> quota(draw, id, weight, territory);
                    case 1 -> milestones(draw, id, weight);
                    default -> rating(draw, id, weight);
                });
            }
            sections.add(new Section("S" + s, BigDecimal.valueOf(sectionWeights.get(s)), measures));
        }
        List<Band> bands = bands(draw);
        List<BandGuard> guards = new ArrayList<>();
        int guardCount = draw.between(0, 2);
        for (int g = 0; g < guardCount; g++) {
            guards.add(guard(draw, sections, bands));
        }
        int how = draw.between(1, 100);
        MissingEvidencePolicy policy = how <= 50 ? MissingEvidencePolicy.LEAVE_OUT
                : how <= 85 ? MissingEvidencePolicy.COUNT_AS_ZERO : MissingEvidencePolicy.REJECT;
        TargetRules targets = TargetRules.none();
        if (territory) {
            BigDecimal min = BigDecimal.valueOf(draw.between(5, 10), 1);
            BigDecimal max = BigDecimal.valueOf(draw.between(10, 16), 1);
            targets = new TargetRules(List.of(new TargetFactor("territory", min, max, "territory potential")), targets.proration(),
                    targets.calendar(), Optional.empty(), Optional.empty(), Optional.empty(), targets.pacingAlertAfter());
        }
        return new Rubric("random", "v" + draw.between(1, 9), YEAR, sections, bands, guards, policy, draw.between(0, 4), targets);
    }

    private static QuotaMeasure quota(Draw draw, String id, BigDecimal weight, boolean territory) {
        QuantityKind kind = draw.pick(List.of(QuantityKind.values()));
        BigDecimal target = kind == QuantityKind.COUNT
                ? BigDecimal.valueOf(draw.between(40, 400))
                : BigDecimal.valueOf(draw.between(1, 200_000), draw.between(0, 2));
        Direction direction = kind != QuantityKind.COUNT && draw.percent(25) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Curve curve = draw.percent(65) ? linear(draw, direction) : tiers(draw);
        List<String> factors = territory && draw.percent(50) ? List.of("territory") : List.of();
        return new QuotaMeasure(id, weight, new Target(target, "unit", kind), direction, curve, factors);
    }

    private static LinearCurve linear(Draw draw, Direction direction) {
        int count = draw.between(2, 4);
        List<Breakpoint> points = new ArrayList<>();
        BigDecimal attainment = STEP.multiply(BigDecimal.valueOf(draw.between(0, 12)));
        int p = draw.between(0, 50);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                attainment = attainment.add(STEP.multiply(BigDecimal.valueOf(draw.between(1, 16))));
                p += draw.between(0, 60);
            }
            points.add(new Breakpoint(attainment, BigDecimal.valueOf(p)));
        }
        Optional<BigDecimal> gate = draw.percent(40)
                ? Optional.of(STEP.multiply(BigDecimal.valueOf(draw.between(0, 30)))) : Optional.empty();
        boolean capped = direction == Direction.LOWER_IS_BETTER || draw.percent(70);
        return new LinearCurve(points, gate, capped);
    }

    private static TierCurve tiers(Draw draw) {
        int count = draw.between(1, 4);
        List<Tier> tiers = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        int p = draw.between(0, 40);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                p += draw.between(0, 50);
            }
            Optional<BigDecimal> to = i == count - 1 ? Optional.empty()
                    : Optional.of(from.add(STEP.multiply(BigDecimal.valueOf(draw.between(1, 16)))));
            tiers.add(new Tier(from, to, BigDecimal.valueOf(p)));
            from = to.orElse(null);
        }
        return new TierCurve(tiers, draw.percent(50) ? TierEdge.HIGHER : TierEdge.LOWER);
    }

    private static MilestoneMeasure milestones(Draw draw, String id, BigDecimal weight) {
        int count = draw.between(1, 4);
        List<MilestoneRule> rules = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String ruleId = id + "-r" + r;
            switch (draw.between(0, 2)) {
                case 0 -> rules.add(new Milestone(ruleId, BigDecimal.valueOf(draw.between(0, 60))));
                case 1 -> {
                    int stages = draw.between(1, 4);
                    List<Stage> ladder = new ArrayList<>();
                    int p = draw.between(0, 20);
                    for (int s = 0; s < stages; s++) {
                        p += s == 0 ? 0 : draw.between(0, 30);
                        ladder.add(new Stage(ruleId + "-s" + s, BigDecimal.valueOf(p)));
                    }
                    rules.add(new StageLadder(ruleId, ladder));
                }
                default -> rules.add(new CountedMilestone(ruleId, draw.between(1, 5), BigDecimal.valueOf(draw.between(0, 60))));
            }
        }
        return new MilestoneMeasure(id, weight, rules, draw.percent(50));
    }

    private static RatingMeasure rating(Draw draw, String id, BigDecimal weight) {
        BigDecimal min = BigDecimal.valueOf(draw.between(0, 1));
        BigDecimal step = draw.percent(70) ? BigDecimal.ONE : new BigDecimal("0.5");
        int levels = draw.between(3, 7);
        List<ScaleLevel> scaleLevels = new ArrayList<>();
        boolean overridden = draw.percent(30);
        int p = draw.between(0, 20);
        for (int i = 0; i < levels; i++) {
            p += i == 0 ? 0 : draw.between(0, 30);
            Optional<BigDecimal> points = overridden ? Optional.of(BigDecimal.valueOf(p)) : Optional.empty();
            scaleLevels.add(new ScaleLevel(min.add(step.multiply(BigDecimal.valueOf(i))), "L" + i, "anchor " + i, points));
        }
        RatingScale scale = new RatingScale(min, min.add(step.multiply(BigDecimal.valueOf(levels - 1))), step, scaleLevels);
        int sourceCount = draw.between(1, 3);
        List<String> names = new ArrayList<>(SOURCES);
        List<Integer> weights = draw.composition(100, sourceCount);
        List<RatingSource> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            String name = names.remove(draw.between(0, names.size() - 1));
            sources.add(new RatingSource(name, BigDecimal.valueOf(weights.get(i)), draw.between(1, 3)));
        }
        return new RatingMeasure(id, weight, scale, sources, draw.percent(50) ? Aggregation.MEAN : Aggregation.MEDIAN);
    }

    private static List<Band> bands(Draw draw) {
        int count = draw.between(1, 4);
        TreeSet<Integer> bounds = new TreeSet<>();
        while (bounds.size() < count - 1) {
            bounds.add(draw.between(1, 140));
        }
        List<Band> bands = new ArrayList<>();
        int i = 0;
        for (int bound : bounds.descendingSet()) {
            bands.add(new Band("B" + i++, BigDecimal.valueOf(bound)));
        }
        bands.add(new Band("B" + i, BigDecimal.ZERO));
        return bands;
    }

    private static BandGuard guard(Draw draw, List<Section> sections, List<Band> bands) {
        ScoreCondition.Scope scope = draw.percent(50) ? ScoreCondition.Scope.SECTION : ScoreCondition.Scope.MEASURE;
        Section section = draw.pick(sections);
        String ref = scope == ScoreCondition.Scope.SECTION ? section.name() : draw.pick(section.measures()).id();
        ScoreCondition condition = new ScoreCondition(scope, ref, draw.pick(List.of(Comparison.BELOW, Comparison.AT_MOST)),
                BigDecimal.valueOf(draw.between(0, 120)));
        return new BandGuard(condition, draw.pick(bands).label());
    }

}
