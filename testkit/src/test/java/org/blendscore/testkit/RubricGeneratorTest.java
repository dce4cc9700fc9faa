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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.Comparison;
import org.blendscore.rubric.CountedMilestone;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.Milestone;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.RatingSource;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.ScaleLevel;
import org.blendscore.rubric.StageLadder;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/** The public rubric generator: valid on every seed, reproducible, reaching every part of the model, restrictable. */
class RubricGeneratorTest {

    private static final int SEEDS = 3000;

    private static List<Rubric> many(RubricGenerator generator) {
        return LongStream.range(0, SEEDS).mapToObj(generator::generate).toList();
    }

    private static List<Measure> measures(List<Rubric> rubrics) {
        return rubrics.stream().flatMap(r -> r.measures().stream()).toList();
    }

    private static void reaches(List<Rubric> rubrics, String what, Predicate<Rubric> has) {
        assertTrue(rubrics.stream().anyMatch(has), () -> "no rubric of " + SEEDS + " seeds has " + what);
    }

    private static void reachesMeasure(List<Rubric> rubrics, String what, Predicate<Measure> has) {
        assertTrue(measures(rubrics).stream().anyMatch(has), () -> "no measure of " + SEEDS + " seeds' rubrics has " + what);
    }

    @Test
    void everySeedGivesAValidRubricAndTheSameSeedAnEqualOne() {
        RubricGenerator generator = RubricGenerator.of();
        SplittableRandom seeds = new SplittableRandom(20_261_203L);
        for (int i = 0; i < SEEDS; i++) {
            long seed = seeds.nextLong();
            Rubric rubric = generator.generate(seed); // the constructor checks it: an invalid rubric throws
            assertEquals(rubric, generator.generate(seed), () -> "seed " + seed);
            assertEquals(rubric, RubricGenerator.of().generate(new SplittableRandom(seed)), () -> "seed " + seed);
        }
        assertNotEquals(generator.generate(1), generator.generate(2));
    }

    @Test
    void plainAndFairRubricsCompileAndScore() {
        for (RubricGenerator generator : List.of(RubricGenerator.of().plain(), RubricGenerator.of().fair())) {
            for (long seed = 0; seed < 500; seed++) {
                Rubric rubric = generator.generate(seed);
                Scorer scorer = Scorer.of(rubric);
                scorer.score(EvidenceGenerator.of(rubric).generate(seed));
            }
        }
    }

    @Test
    void reachesEveryPartOfTheModel() {
        List<Rubric> all = many(RubricGenerator.of());
        reaches(all, "4 sections", r -> r.sections().size() == 4);
        reaches(all, "one section", r -> r.sections().size() == 1);
        reachesMeasure(all, "a count target", m -> m instanceof QuotaMeasure q && q.target().kind() == QuantityKind.COUNT);
        reachesMeasure(all, "an amount target", m -> m instanceof QuotaMeasure q && q.target().kind() == QuantityKind.AMOUNT);
        reachesMeasure(all, "a lower-is-better count", m -> m instanceof QuotaMeasure q && q.target().kind() == QuantityKind.COUNT
                && q.direction() == Direction.LOWER_IS_BETTER);
        reachesMeasure(all, "a gated uncapped linear curve", m -> m instanceof QuotaMeasure q && q.curve() instanceof LinearCurve c
                && c.gate().isPresent() && !c.capped());
        reachesMeasure(all, "a tier curve of the lower edge", m -> m instanceof QuotaMeasure q && q.curve() instanceof TierCurve t
                && t.edge() == TierEdge.LOWER && t.tiers().size() == 4);
        reachesMeasure(all, "a measure naming two factors", m -> m instanceof QuotaMeasure q && q.factors().size() == 2);
        reachesMeasure(all, "every milestone rule, capped", m -> m instanceof MilestoneMeasure mm && mm.capAt100()
                && mm.rules().stream().anyMatch(Milestone.class::isInstance) && mm.rules().stream().anyMatch(StageLadder.class::isInstance)
                && mm.rules().stream().anyMatch(CountedMilestone.class::isInstance));
        reachesMeasure(all, "a half-step scale with overridden points", m -> m instanceof RatingMeasure r
                && r.scale().step().compareTo(new BigDecimal("0.5")) == 0 && r.scale().levels().stream().anyMatch(l -> l.points().isPresent()));
        reachesMeasure(all, "a scale whose points fall from one level to the next", m -> m instanceof RatingMeasure r && falls(r.scale().levels()));
        reachesMeasure(all, "three sources, median", m -> m instanceof RatingMeasure r && r.sources().size() == 3
                && r.aggregation() == org.blendscore.rubric.Aggregation.MEDIAN);
        reachesMeasure(all, "an anonymous source showing comments", m -> m instanceof RatingMeasure r
                && r.sources().stream().anyMatch(s -> s.anonymity().filter(a -> a.commentsShown()).isPresent()));
        reachesMeasure(all, "a calibrated source", m -> m instanceof RatingMeasure r && r.sources().stream().anyMatch(RatingSource::calibrated));
        reachesMeasure(all, "a measure's own policy", m -> m.missingEvidence().isPresent());
        for (MissingEvidencePolicy p : MissingEvidencePolicy.values()) {
            reaches(all, "a section's own policy " + p, r -> r.sections().stream().anyMatch(s -> s.missingEvidence().equals(Optional.of(p))));
            reachesMeasure(all, "a measure's own policy " + p, m -> m.missingEvidence().equals(Optional.of(p)));
        }
        for (MissingEvidencePolicy p : MissingEvidencePolicy.values()) {
            reaches(all, "the policy " + p, r -> r.missingEvidence() == p);
        }
        for (Comparison c : Comparison.values()) {
            reaches(all, "a guard " + c, r -> r.guards().stream().anyMatch(g -> g.condition().comparison() == c));
        }
        reaches(all, "4 bands and 2 guards", r -> r.bands().size() == 4 && r.guards().size() == 2);
        reaches(all, "6 decimal places", r -> r.scale() == 6);
        reaches(all, "a ramp, quarterly seasons, a relief cap and holidays", r -> r.targets().ramp().isPresent()
                && r.targets().seasonality().filter(s -> s.parts().size() == 4).isPresent() && r.targets().reliefCapPercent().isPresent()
                && !r.targets().calendar().nonWorkingDates().isEmpty());
        reaches(all, "half-yearly seasons", r -> r.targets().seasonality().filter(s -> s.parts().size() == 2).isPresent());
        reaches(all, "every limit of the fairness rules", r -> r.fairness().maxCliff().isPresent() && r.fairness().maxWithholdingGain().isPresent()
                && r.fairness().maxMeasureShare().isPresent() && r.fairness().minQualitativeShare().isPresent());
        reaches(all, "no fairness rules", r -> r.fairness().isNone());
        reaches(all, "band rules other than the defaults", r -> r.bandRules().reading() == BandRules.BandReading.EXACT
                && r.bandRules().belowLeastCoverage() == BandRules.IncompleteBand.PROVISIONAL
                && r.bandRules().leastCoverage().compareTo(BandRules.DEFAULT_LEAST_COVERAGE) != 0);
    }

    private static boolean falls(List<ScaleLevel> levels) {
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points().isPresent() && levels.get(i - 1).points().isPresent()
                    && levels.get(i).points().get().compareTo(levels.get(i - 1).points().get()) < 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    void restrictionsHold() {
        List<Rubric> quotas = many(RubricGenerator.of().kinds(RubricGenerator.Kind.QUOTA).sections(2, 2).measuresPerSection(5, 5)
                .policies(MissingEvidencePolicy.LEAVE_OUT));
        assertTrue(quotas.stream().allMatch(r -> r.sections().size() == 2 && r.sections().stream().allMatch(s -> s.measures().size() == 5)
                && r.missingEvidence() == MissingEvidencePolicy.LEAVE_OUT));
        assertTrue(measures(quotas).stream().allMatch(QuotaMeasure.class::isInstance));

        List<Rubric> plain = many(RubricGenerator.of().plain());
        assertTrue(plain.stream().allMatch(r -> r.targets().equals(TargetRules.none()) && r.fairness().equals(FairnessRules.defaults())
                && r.bandRules().equals(BandRules.defaults()) && r.sections().stream().allMatch(s -> s.missingEvidence().isEmpty())));
        assertTrue(measures(plain).stream().allMatch(m -> m.missingEvidence().isEmpty() && (!(m instanceof RatingMeasure r)
                || r.sources().stream().allMatch(s -> s.anonymity().isEmpty() && !s.calibrated()))));

        List<Rubric> noAnonymity = many(RubricGenerator.of().without(RubricGenerator.Extra.ANONYMITY));
        assertTrue(measures(noAnonymity).stream().allMatch(m -> !(m instanceof RatingMeasure r)
                || r.sources().stream().allMatch(s -> s.anonymity().isEmpty())));
        reachesMeasure(noAnonymity, "a calibrated source", m -> m instanceof RatingMeasure r && r.sources().stream().anyMatch(RatingSource::calibrated));
    }

    @Test
    void fairRubricsKeepToWhatTheKitPasses() {
        List<Rubric> fair = many(RubricGenerator.of().fair());
        assertTrue(fair.stream().allMatch(r -> r.guards().stream().allMatch(g -> EnumSet.of(Comparison.BELOW, Comparison.AT_MOST)
                .contains(g.condition().comparison())) && r.scale() <= 4 && r.fairness().equals(FairnessRules.defaults())));
        assertTrue(measures(fair).stream().noneMatch(m -> m instanceof RatingMeasure r && falls(r.scale().levels())));
        assertTrue(measures(fair).stream().allMatch(m -> !(m instanceof QuotaMeasure q) || q.target().kind() != QuantityKind.COUNT
                || q.direction() == Direction.HIGHER_IS_BETTER && q.target().value().compareTo(BigDecimal.valueOf(40)) >= 0));
        reaches(fair, "a territory factor", r -> !r.targets().factors().isEmpty());
        reaches(fair, "the policy REJECT", r -> r.missingEvidence() == MissingEvidencePolicy.REJECT);
        Set<Integer> sizes = new HashSet<>();
        fair.forEach(r -> sizes.add(r.sections().size()));
        assertEquals(Set.of(1, 2, 3, 4), sizes);
    }

    @Test
    void badOptionsAreRefusedWithWhatWasWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RubricGenerator.of().sections(3, 2));
        assertTrue(e.getMessage().contains("sections") && e.getMessage().contains("3..2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RubricGenerator.of().measuresPerSection(0, 2));
        assertThrows(IllegalArgumentException.class, () -> RubricGenerator.of().sections(1, RubricGenerator.MAX_PARTS + 1));
        assertThrows(IllegalArgumentException.class, () -> RubricGenerator.of().kinds());
        assertThrows(IllegalArgumentException.class, () -> RubricGenerator.of().policies());
    }
}
