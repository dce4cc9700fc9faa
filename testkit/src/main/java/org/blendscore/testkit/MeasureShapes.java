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
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.blendscore.rubric.Aggregation;
import org.blendscore.rubric.Anonymity;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MilestoneRule;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingScale;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;

/**
 * The measures a {@link RubricGenerator} draws: quota measures with their curves, milestone measures
 * and rating measures with their scales and sources. Curve edges lie on a 0.05 grid of attainment,
 * points are whole numbers and never decrease along a curve, a ladder or (when fair) a scale.
 */
final class MeasureShapes {

    private static final List<String> SOURCES = List.of("manager", "customer", "peer", "self");
    private static final BigDecimal STEP = new BigDecimal("0.05");

    private final RandomGenerator random;
    private final boolean fair;
    private final boolean anonymity;
    private final boolean calibration;

    MeasureShapes(RandomGenerator random, boolean fair, boolean anonymity, boolean calibration) {
        this.random = random;
        this.fair = fair;
        this.anonymity = anonymity;
        this.calibration = calibration;
    }

    /** A quota measure; it names each of {@code factors} with an even chance. */
    QuotaMeasure quota(String id, BigDecimal weight, List<String> factors) {
        QuantityKind kind = pick(random, List.of(QuantityKind.values()));
        BigDecimal target = kind == QuantityKind.COUNT
                ? BigDecimal.valueOf(fair ? between(random, 40, 400) : between(random, 1, 200))
                : BigDecimal.valueOf(between(random, 1, 200_000), between(random, 0, 2));
        boolean lowerAllowed = !fair || kind != QuantityKind.COUNT;
        Direction direction = lowerAllowed && chance(random, 25) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Curve curve = chance(random, 65) ? linear(direction) : tiers();
        List<String> named = factors.stream().filter(f -> chance(random, 50)).toList();
        return new QuotaMeasure(id, weight, new Target(target, "unit", kind), direction, curve, named);
    }

    private LinearCurve linear(Direction direction) {
        int count = between(random, 2, 4);
        List<Breakpoint> points = new ArrayList<>();
        BigDecimal attainment = STEP.multiply(BigDecimal.valueOf(between(random, 0, 12)));
        int p = between(random, 0, 50);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                attainment = attainment.add(STEP.multiply(BigDecimal.valueOf(between(random, 1, 16))));
                p += between(random, 0, 60);
            }
            points.add(new Breakpoint(attainment, BigDecimal.valueOf(p)));
        }
        Optional<BigDecimal> gate = chance(random, 40)
                ? Optional.of(STEP.multiply(BigDecimal.valueOf(between(random, 0, 30)))) : Optional.empty();
        boolean capped = direction == Direction.LOWER_IS_BETTER || chance(random, 70);
        return new LinearCurve(points, gate, capped);
    }

    private TierCurve tiers() {
        int count = between(random, 1, 4);
        List<Tier> tiers = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        int p = between(random, 0, 40);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                p += between(random, 0, 50);
            }
            Optional<BigDecimal> to = i == count - 1 ? Optional.empty()
                    : Optional.of(from.add(STEP.multiply(BigDecimal.valueOf(between(random, 1, 16)))));
            tiers.add(new Tier(from, to, BigDecimal.valueOf(p)));
            from = to.orElse(null);
        }
        return new TierCurve(tiers, chance(random, 50) ? TierEdge.HIGHER : TierEdge.LOWER);
    }

    /** A milestone measure of 1 to 4 rules: plain milestones, stage ladders, counted milestones. */
    MilestoneMeasure milestones(String id, BigDecimal weight) {
        int count = between(random, 1, 4);
        List<MilestoneRule> rules = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            String ruleId = id + "-r" + r;
            switch (between(random, 0, 2)) {
                case 0 -> rules.add(new Milestone(ruleId, BigDecimal.valueOf(between(random, 0, 60))));
                case 1 -> {
                    int stages = between(random, 1, 4);
                    List<Stage> ladder = new ArrayList<>();
                    int p = between(random, 0, 20);
                    for (int s = 0; s < stages; s++) {
                        p += s == 0 ? 0 : between(random, 0, 30);
                        ladder.add(new Stage(ruleId + "-s" + s, BigDecimal.valueOf(p)));
                    }
                    rules.add(new StageLadder(ruleId, ladder));
                }
                default -> rules.add(new CountedMilestone(ruleId, between(random, 1, 5), BigDecimal.valueOf(between(random, 0, 60))));
            }
        }
        return new MilestoneMeasure(id, weight, rules, chance(random, 50));
    }

    /** A rating measure: a scale of 3 to 7 levels with anchors, 1 to 3 sources. */
    RatingMeasure rating(String id, BigDecimal weight) {
        BigDecimal min = BigDecimal.valueOf(between(random, 0, 1));
        BigDecimal step = chance(random, 70) ? BigDecimal.ONE : new BigDecimal("0.5");
        int levels = between(random, 3, 7);
        List<ScaleLevel> scaleLevels = new ArrayList<>();
        // overridden points: a non-decreasing ladder for the whole scale, or (unless fair) any level on its own
        boolean ladder = chance(random, fair ? 30 : 15);
        boolean free = !fair && !ladder && chance(random, 50);
        int p = between(random, 0, 20);
        for (int i = 0; i < levels; i++) {
            p += i == 0 ? 0 : between(random, 0, 30);
            Optional<BigDecimal> points = ladder ? Optional.of(BigDecimal.valueOf(p))
                    : free && chance(random, 30) ? Optional.of(BigDecimal.valueOf(between(random, 0, 120))) : Optional.empty();
            scaleLevels.add(new ScaleLevel(min.add(step.multiply(BigDecimal.valueOf(i))), "L" + i, "anchor " + i, points));
        }
        RatingScale scale = new RatingScale(min, min.add(step.multiply(BigDecimal.valueOf(levels - 1))), step, scaleLevels);
        int sourceCount = between(random, 1, 3);
        List<String> names = new ArrayList<>(SOURCES);
        List<Integer> weights = RubricGenerator.composition(random, 100, sourceCount);
        List<RatingSource> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            String name = names.remove(between(random, 0, names.size() - 1));
            RatingSource source = new RatingSource(name, BigDecimal.valueOf(weights.get(i)), between(random, 1, 3));
            if (anonymity && chance(random, 25)) {
                Anonymity a = Anonymity.atLeast(between(random, 2, 4));
                source = source.withAnonymity(chance(random, 50) ? a.withCommentsShown() : a);
            }
            sources.add(calibration && chance(random, 20) ? source.withCalibration() : source);
        }
        return new RatingMeasure(id, weight, scale, sources, chance(random, 50) ? Aggregation.MEAN : Aggregation.MEDIAN);
    }
}
