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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.blendscore.rubric.BandRules;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.FairnessRules;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MilestoneMeasure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.RatingMeasure;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;

/**
 * The rules a {@link RubricGenerator} draws around a rubric's measures: target rules, declared
 * fairness rules, band rules and per-measure missing-evidence policies, each kept valid.
 */
final class RubricRules {

    private static final List<String> FACTORS = List.of("territory", "segment");

    private RubricRules() {
    }

    /** The target factors a rubric declares (quota measures may name them): territory now and then when fair, else none to two. */
    static List<String> factorNames(RandomGenerator random, boolean fair) {
        if (fair) {
            return chance(random, 33) ? List.of("territory") : List.of();
        }
        return chance(random, 50) ? List.of() : FACTORS.subList(0, between(random, 1, FACTORS.size()));
    }

    /** Target rules declaring {@code factors}; when fair, nothing else. */
    static TargetRules targets(RandomGenerator random, boolean fair, List<String> factors) {
        TargetRules none = TargetRules.none();
        List<TargetFactor> declared = new ArrayList<>();
        for (String name : factors) {
            BigDecimal min = fair ? BigDecimal.valueOf(between(random, 5, 10), 1) : BigDecimal.valueOf(between(random, 50, 100), 2);
            BigDecimal max = fair ? BigDecimal.valueOf(between(random, 10, 16), 1) : BigDecimal.valueOf(between(random, 100, 160), 2);
            declared.add(new TargetFactor(name, min, max, name + " potential"));
        }
        if (fair || (declared.isEmpty() && chance(random, 30))) {
            return new TargetRules(declared, none.proration(), none.calendar(), Optional.empty(), Optional.empty(), Optional.empty(),
                    none.pacingAlertAfter());
        }
        Set<DayOfWeek> days = chance(random, 50) ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        Set<LocalDate> holidays = chance(random, 50) ? Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1)) : Set.of();
        Optional<RampSchedule> ramp = chance(random, 40)
                ? Optional.of(new RampSchedule(List.of(new BigDecimal("25"), new BigDecimal("50.0"), new BigDecimal("75")),
                        between(random, 1, 28)))
                : Optional.empty();
        Optional<Seasonality> season = Optional.empty();
        int how = between(random, 1, 100);
        if (how <= 40) {
            season = Optional.of(Seasonality.quarters(2026, new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("25"),
                    new BigDecimal("30")));
        } else if (how <= 52) {
            season = Optional.of(new Seasonality(List.of(
                    new SeasonPart("H1", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), new BigDecimal("45")),
                    new SeasonPart("H2", DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), new BigDecimal("55")))));
        }
        Optional<BigDecimal> cap = chance(random, 50) ? Optional.of(BigDecimal.valueOf(between(random, 1, 50))) : Optional.empty();
        return new TargetRules(declared, pick(random, List.of(ProrationBasis.values())), new WorkCalendar(days, holidays), ramp, season, cap,
                between(random, 1, 6));
    }

    /**
     * Declared fairness rules: either built-in check on or off, and limits; mostly limits every
     * rubric keeps (so that a scorer compiles it), now and then a tight one it may not keep.
     */
    static FairnessRules fairness(RandomGenerator random) {
        FairnessRules f = FairnessRules.none().withCurvesNonDecreasing(chance(random, 50)).withNoTierGaps(chance(random, 50));
        if (chance(random, 30)) {
            f = f.withMaxCliff(chance(random, 85) ? new BigDecimal("1000") : BigDecimal.valueOf(between(random, 0, 100)));
        }
        if (chance(random, 30)) {
            f = f.withMaxWithholdingGain(chance(random, 85) ? new BigDecimal("1000.00") : BigDecimal.valueOf(between(random, 0, 10_000), 2));
        }
        if (chance(random, 20)) {
            f = f.withMaxMeasureShare(chance(random, 85) ? new BigDecimal("100") : BigDecimal.valueOf(between(random, 1, 100)));
        }
        if (chance(random, 20)) {
            f = f.withMinQualitativeShare(chance(random, 85) ? BigDecimal.ZERO : BigDecimal.valueOf(between(random, 0, 100)));
        }
        return f;
    }

    /** Band rules: a least coverage, the band a review below it gets, how bands read. */
    static BandRules bandRules(RandomGenerator random) {
        BandRules b = BandRules.defaults();
        if (chance(random, 40)) {
            b = b.withLeastCoverage(BigDecimal.valueOf(between(random, 0, 100)));
        }
        if (chance(random, 40)) {
            b = b.withBelowLeastCoverage(pick(random, List.of(BandRules.IncompleteBand.values())));
        }
        if (chance(random, 40)) {
            b = b.withReading(pick(random, List.of(BandRules.BandReading.values())));
        }
        return b;
    }

    /** A section's or measure's own policy: leave out, count as zero, or now and then reject. */
    static MissingEvidencePolicy ownPolicy(RandomGenerator random) {
        int how = between(random, 1, 100);
        return how <= 45 ? MissingEvidencePolicy.LEAVE_OUT : how <= 90 ? MissingEvidencePolicy.COUNT_AS_ZERO : MissingEvidencePolicy.REJECT;
    }

    /** The measure, now and then with its own policy. */
    static Measure measurePolicy(RandomGenerator random, Measure m) {
        if (!chance(random, 30)) {
            return m;
        }
        MissingEvidencePolicy policy = ownPolicy(random);
        if (m instanceof QuotaMeasure q) {
            return q.withMissingEvidence(policy);
        }
        if (m instanceof MilestoneMeasure mm) {
            return mm.withMissingEvidence(policy);
        }
        return ((RatingMeasure) m).withMissingEvidence(policy);
    }
}
