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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.quicktheories.core.Gen;

/**
 * Random rubrics using every part of the model: {@link RandomRubrics}' sections, measures, curves,
 * bands and guards, with policies per section and measure, target rules, fairness and band rules drawn
 * on top (each kept valid: the core checks them when the rubric is built).
 */
final class RichRubrics {

    private RichRubrics() {
    }

    static Gen<Rubric> rubrics() {
        return in -> {
            RandomRubrics.Draw draw = new RandomRubrics.Draw(in);
            Rubric r = RandomRubrics.rubric(draw);
            List<Section> sections = r.sections().stream().map(s -> section(draw, s)).toList();
            Rubric plain = new Rubric(r.id(), r.version(), r.effective(), sections, r.bands(), r.guards(),
                    draw.pick(List.of(MissingEvidencePolicy.values())), r.scale(), targets(draw), fairness(draw), bandRules(draw));
            return plain;
        };
    }

    private static Section section(RandomRubrics.Draw draw, Section s) {
        List<Measure> measures = s.measures().stream().map(m -> draw.percent(30) ? withPolicy(m, draw.pick(
                List.of(MissingEvidencePolicy.LEAVE_OUT, MissingEvidencePolicy.COUNT_AS_ZERO))) : m).toList();
        Section out = new Section(s.name(), s.weight(), measures);
        return draw.percent(30) ? out.withMissingEvidence(MissingEvidencePolicy.COUNT_AS_ZERO) : out;
    }

    private static Measure withPolicy(Measure m, MissingEvidencePolicy policy) {
        if (m instanceof QuotaMeasure q) {
            return q.withMissingEvidence(policy);
        }
        if (m instanceof MilestoneMeasure mm) {
            return mm.withMissingEvidence(policy);
        }
        return ((RatingMeasure) m).withMissingEvidence(policy);
    }

    private static TargetRules targets(RandomRubrics.Draw draw) {
        if (draw.percent(40)) {
            return TargetRules.none();
        }
        List<TargetFactor> factors = draw.percent(50)
                ? List.of(new TargetFactor("territory", new BigDecimal("0.80"), new BigDecimal("1.25"), "territory potential"))
                : List.of();
        Set<DayOfWeek> days = draw.percent(50) ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        Set<LocalDate> holidays = draw.percent(50) ? Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1)) : Set.of();
        Optional<RampSchedule> ramp = draw.percent(40)
                ? Optional.of(new RampSchedule(List.of(new BigDecimal("25"), new BigDecimal("50.0"), new BigDecimal("75")),
                        draw.between(1, 28)))
                : Optional.empty();
        Optional<Seasonality> season = draw.percent(40)
                ? Optional.of(Seasonality.quarters(2026, new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("25"),
                        new BigDecimal("30")))
                : draw.percent(20) ? Optional.of(new Seasonality(List.of(
                        new SeasonPart("H1", DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), new BigDecimal("45")),
                        new SeasonPart("H2", DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), new BigDecimal("55")))))
                : Optional.empty();
        Optional<BigDecimal> cap = draw.percent(50) ? Optional.of(BigDecimal.valueOf(draw.between(1, 50))) : Optional.empty();
        return new TargetRules(factors, draw.pick(List.of(ProrationBasis.values())), new org.blendscore.rubric.WorkCalendar(days, holidays),
                ramp, season, cap, draw.between(1, 6));
    }

    private static FairnessRules fairness(RandomRubrics.Draw draw) {
        FairnessRules f = draw.percent(50) ? FairnessRules.none() : FairnessRules.defaults();
        if (draw.percent(30)) {
            f = f.withMaxCliff(new BigDecimal("100"));
        }
        if (draw.percent(30)) {
            f = f.withMaxWithholdingGain(new BigDecimal("100.00"));
        }
        if (draw.percent(20)) {
            f = f.withMaxMeasureShare(new BigDecimal("100"));
        }
        if (draw.percent(20)) {
            f = f.withMinQualitativeShare(BigDecimal.ZERO);
        }
        return f;
    }

    private static BandRules bandRules(RandomRubrics.Draw draw) {
        BandRules b = BandRules.defaults();
        if (draw.percent(40)) {
            b = b.withLeastCoverage(new BigDecimal(draw.between(0, 100)));
        }
        if (draw.percent(40)) {
            b = b.withBelowLeastCoverage(BandRules.IncompleteBand.PROVISIONAL);
        }
        if (draw.percent(40)) {
            b = b.withReading(BandRules.BandReading.EXACT);
        }
        return b;
    }
}
