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

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
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
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Stage;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.TierCurve;
import org.blendscore.testkit.RubricGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the json tests' inputs, by seed: random rubrics from the test kit's
 * {@link RubricGenerator} (everything the model can express), and cases of a rubric with evidence.
 *
 * <p>Cases: a rubric of the generator without its extras (sections, measures, bands, guards, and the
 * LEAVE_OUT or COUNT_AS_ZERO policy), and evidence where each measure may be missing; actuals
 * anywhere from 0 to three times the target, now and then exactly on a breakpoint or tier edge;
 * ratings on the scale or N/A, some sources below their minimum. At least one measure always has
 * usable evidence.
 */
final class RandomInputs {

    static final DateRange YEAR = RubricGenerator.YEAR;
    private static final RubricGenerator ALL = RubricGenerator.of();
    private static final RubricGenerator PLAIN = RubricGenerator.of().plain()
            .policies(MissingEvidencePolicy.LEAVE_OUT, MissingEvidencePolicy.COUNT_AS_ZERO);

    private RandomInputs() {
    }

    /** A rubric and evidence for it. */
    record Case(Rubric rubric, Evidence evidence) {
    }

    /** Draws values from a seeded randomness, so that failures replay by seed. */
    static final class Draw {
        private final RandomGenerator in;

        Draw(RandomGenerator in) {
            this.in = in;
        }

        int between(int min, int max) {
            return min + in.nextInt(max - min + 1);
        }

        boolean percent(int chance) {
            return between(1, 100) <= chance;
        }

        <T> T pick(List<T> items) {
            return items.get(between(0, items.size() - 1));
        }
    }

    /** Random rubrics reaching every part of the model. */
    static Gen<Rubric> rubrics() {
        return longs().all().map(ALL::generate);
    }

    /** Cases of plain rubrics under either the LEAVE_OUT or the COUNT_AS_ZERO policy. */
    static Gen<Case> cases() {
        return longs().all().map(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            Rubric rubric = PLAIN.generate(random);
            Draw draw = new Draw(random);
            return new Case(rubric, evidence(draw, rubric, "subject-" + draw.between(1, 999)));
        });
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
