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
package org.blendscore.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
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
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid random rubrics and of valid evidence for them.
 *
 * <p>Rubrics: 1 to 4 sections of 1 to 3 measures of all three families; integer weights adding up to
 * 100 at each level; linear curves with non-decreasing points (gated or not, capped or not) and tier
 * curves with non-decreasing points and either edge rule; plain milestones, stage ladders and counted
 * milestones; rating scales from 0 or 1 in steps of 1 or 0.5 with 3 to 7 levels, some with their
 * points overridden; 1 to 3 sources with minimum counts; 1 to 4 bands; up to 2 guards; the
 * LEAVE_OUT and COUNT_AS_ZERO policies; a scale of 0 to 4 decimals. All points are whole numbers,
 * so the rubric's maximum is a whole number too.
 *
 * <p>Evidence: each measure may be missing; actuals anywhere from 0 to three times the target, now
 * and then exactly on a breakpoint or tier edge; ratings on the scale or N/A, some sources below
 * their minimum. At least one measure always has usable evidence.
 */
final class RandomRubrics {

    static final DateRange YEAR = DateRange.year(2026);
    private static final List<String> SOURCES = List.of("manager", "customer", "peer", "self");
    private static final BigDecimal STEP = new BigDecimal("0.05");

    private RandomRubrics() {
    }

    /** A rubric and evidence for it. */
    record Case(Rubric rubric, Evidence evidence) {
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

    /** Cases under either policy. */
    static Gen<Case> cases() {
        return in -> {
            Draw draw = new Draw(in);
            Rubric rubric = rubric(draw);
            return new Case(rubric, evidence(draw, rubric, "subject-" + draw.between(1, 999)));
        };
    }

    /** Cases of rubrics with this missing-evidence policy. */
    static Gen<Case> cases(MissingEvidencePolicy policy) {
        return in -> {
            Draw draw = new Draw(in);
            Rubric r = rubric(draw);
            Rubric rubric = new Rubric(r.id(), r.version(), r.effective(), r.sections(), r.bands(), r.guards(), policy, r.scale());
            return new Case(rubric, evidence(draw, rubric, "subject-" + draw.between(1, 999)));
        };
    }

    /** A rubric and several pieces of evidence for it. */
    static Gen<Map.Entry<Rubric, List<Evidence>>> batches(int size) {
        return in -> {
            Draw draw = new Draw(in);
            Rubric rubric = rubric(draw);
            List<Evidence> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(evidence(draw, rubric, "subject-" + i));
            }
            return Map.entry(rubric, batch);
        };
    }

    // ---- rubrics ----

    static Rubric rubric(Draw draw) {
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
                    case 0 -> quota(draw, id, weight);
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
        MissingEvidencePolicy policy = draw.percent(60) ? MissingEvidencePolicy.LEAVE_OUT : MissingEvidencePolicy.COUNT_AS_ZERO;
        return new Rubric("random", "v" + draw.between(1, 9), YEAR, sections, bands, guards, policy, draw.between(0, 4));
    }

    private static QuotaMeasure quota(Draw draw, String id, BigDecimal weight) {
        QuantityKind kind = draw.pick(List.of(QuantityKind.values()));
        BigDecimal target = kind == QuantityKind.COUNT
                ? BigDecimal.valueOf(draw.between(1, 200))
                : BigDecimal.valueOf(draw.between(1, 200_000), draw.between(0, 2));
        Direction direction = draw.percent(25) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Curve curve = draw.percent(65) ? linear(draw, direction) : tiers(draw);
        return new QuotaMeasure(id, weight, new Target(target, "unit", kind), direction, curve);
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
        for (int i = 0; i < levels; i++) {
            Optional<BigDecimal> points = draw.percent(30) ? Optional.of(BigDecimal.valueOf(draw.between(0, 120))) : Optional.empty();
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
        ScoreCondition condition = new ScoreCondition(scope, ref, draw.pick(List.of(Comparison.values())),
                BigDecimal.valueOf(draw.between(0, 120)));
        return new BandGuard(condition, draw.pick(bands).label());
    }

    // ---- evidence ----

    static Evidence evidence(Draw draw, Rubric rubric, String subject) {
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        for (Measure m : rubric.measures()) {
            if (draw.percent(20)) {
                continue;
            }
            measures.put(m.id(), evidenceOf(draw, m));
        }
        if (rubric.measures().stream().noneMatch(m -> usable(m, measures.get(m.id())))) {
            Measure first = rubric.measures().get(0);
            measures.put(first.id(), usableEvidenceOf(first));
        }
        DateRange period = YEAR;
        if (draw.percent(30)) {
            // whole quarters, from the first to the last drawn
            int first = draw.between(0, 3);
            int last = draw.between(first, 3);
            LocalDate jan1 = YEAR.start();
            period = DateRange.of(jan1.plusMonths(3L * first), jan1.plusMonths(3L * (last + 1)).minusDays(1));
        }
        return new Evidence(subject, period, measures, Map.of("team", "t" + draw.between(1, 5)));
    }

    static MeasureEvidence evidenceOf(Draw draw, Measure m) {
        if (m instanceof QuotaMeasure q) {
            return Bases.maybe(QuotaActual.of(actual(draw, q).toPlainString()));
        }
        if (m instanceof MilestoneMeasure ms) {
            return reached(draw, ms);
        }
        return ratings(draw, (RatingMeasure) m);
    }

    static BigDecimal actual(Draw draw, QuotaMeasure q) {
        BigDecimal target = q.target().value();
        BigDecimal actual;
        int how = draw.between(1, 10);
        if (how == 1) {
            actual = BigDecimal.ZERO;
        } else if (how <= 3 && q.direction() == Direction.HIGHER_IS_BETTER) {
            // exactly on a breakpoint, gate or tier edge
            actual = target.multiply(draw.pick(edges(q.curve())));
        } else {
            actual = target.multiply(BigDecimal.valueOf(draw.between(0, 3000), 3));
        }
        if (q.target().kind() == QuantityKind.COUNT) {
            return actual.setScale(0, RoundingMode.HALF_UP);
        }
        return actual.setScale(Math.max(0, Math.min(actual.stripTrailingZeros().scale(), 4)), RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> edges(Curve curve) {
        List<BigDecimal> edges = new ArrayList<>();
        if (curve instanceof LinearCurve lc) {
            lc.breakpoints().forEach(b -> edges.add(b.attainment()));
            lc.gate().ifPresent(edges::add);
        } else {
            ((TierCurve) curve).tiers().forEach(t -> edges.add(t.from()));
        }
        return edges;
    }

    private static MilestonesReached reached(Draw draw, MilestoneMeasure m) {
        Set<String> reached = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (MilestoneRule rule : m.rules()) {
            if (rule instanceof Milestone ms) {
                if (draw.percent(50)) {
                    reached.add(ms.id());
                }
            } else if (rule instanceof StageLadder ladder) {
                for (Stage s : ladder.stages()) {
                    if (draw.percent(35)) {
                        reached.add(s.id());
                    }
                }
            } else if (rule instanceof CountedMilestone cm && draw.percent(70)) {
                counts.put(cm.id(), draw.between(0, cm.target() + 2));
            }
        }
        return new MilestonesReached(reached, counts);
    }

    private static Ratings ratings(Draw draw, RatingMeasure m) {
        List<Rating> ratings = new ArrayList<>();
        int levels = m.scale().levels().size();
        for (RatingSource source : m.sources()) {
            int raters = draw.between(0, 4);
            for (int r = 0; r < raters; r++) {
                String rater = source.name() + "-" + r;
                ratings.add(draw.percent(20) ? Rating.notApplicable(rater, source.name())
                        : Rating.of(rater, source.name(), m.scale().levels().get(draw.between(0, levels - 1)).value()));
            }
        }
        return new Ratings(ratings);
    }

    /** Evidence that certainly counts: the target itself, an empty milestone record, or enough ratings. */
    static MeasureEvidence usableEvidenceOf(Measure m) {
        if (m instanceof QuotaMeasure q) {
            return QuotaActual.of(q.target().value().toPlainString());
        }
        if (m instanceof MilestoneMeasure) {
            return MilestonesReached.of();
        }
        RatingMeasure r = (RatingMeasure) m;
        RatingSource first = r.sources().get(0);
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < first.minRatings(); i++) {
            ratings.add(Rating.of("sure-" + i, first.name(), r.scale().max()));
        }
        return new Ratings(ratings);
    }

    /** Whether a measure's evidence gives it points: present, and for ratings a source with enough usable ratings. */
    static boolean usable(Measure m, MeasureEvidence e) {
        if (e == null) {
            return false;
        }
        if (!(m instanceof RatingMeasure r)) {
            return true;
        }
        List<Rating> ratings = ((Ratings) e).ratings();
        return r.sources().stream().anyMatch(s -> ratings.stream()
                .filter(x -> x.source().equals(s.name()) && !x.isNotApplicable()).count() >= s.minRatings());
    }
}
