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
package org.blendscore.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.ActivityPlan;
import org.blendscore.review.QuotaInput;
import org.blendscore.review.Review;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.QuantityKind;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.scoring.Scorer;

/**
 * The weekly pace of an interim review: for each higher-is-better quota measure, the least actual
 * at the end of the period that reaches the band aimed at when the evidence is scored as a final
 * review (the same exact search as a step's), and what remains of it per week of the days left,
 * in money and, through the activity funnel's conversion rates, in activities.
 */
final class Pace {
    private static final long DAYS_A_WEEK = 7;

    private Pace() {
    }

    static List<WeeklyPace> of(Scorer scorer, Review review, Evidence evidence, int aim, Optional<ActivityFunnel> funnel,
                               List<String> notes) {
        LocalDate asOf = review.interimAsOf().orElseThrow();
        LocalDate end = evidence.period().end();
        long daysLeft = ChronoUnit.DAYS.between(asOf, end);
        if (daysLeft <= 0) {
            notes.add(GuidanceMessages.periodOver(asOf.toString()));
            return List.of();
        }
        Rescoring atEnd = new Rescoring(scorer, evidence, Optional.empty(), aim);
        boolean reachedAlready = atEnd.reaches(Map.of());
        List<WeeklyPace> out = new ArrayList<>();
        for (Measure m : scorer.rubric().measures()) {
            MeasureEvidence own = evidence.measures().get(m.id());
            if (!(m instanceof QuotaMeasure q) || q.direction() != Direction.HIGHER_IS_BETTER || !(own instanceof QuotaActual a)) {
                continue;
            }
            Optional<BigDecimal> expected = review.measure(m.id()).map(r -> r.input())
                    .flatMap(i -> i instanceof QuotaInput qi ? qi.pacing() : Optional.empty()).map(p -> p.expectedToDate());
            if (expected.isEmpty()) {
                continue;
            }
            boolean count = q.target().kind() == QuantityKind.COUNT;
            BigDecimal unit = count ? BigDecimal.ONE : new BigDecimal("0.01");
            BigDecimal remaining = BigDecimal.ZERO;
            if (!reachedAlready) {
                Ladder ladder = Ladders.of(q, a).get(0);
                Optional<LeastRung.Found> found = LeastRung.find(atEnd, ladder, Map.of(), Rubric.maxPoints(q));
                if (found.isEmpty()) {
                    notes.add(GuidanceMessages.noPace(m.id()));
                    continue;
                }
                remaining = unit.multiply(BigDecimal.valueOf(found.get().rung()));
            }
            remaining = remaining.setScale(unit.scale());
            BigDecimal perWeek = remaining.multiply(BigDecimal.valueOf(DAYS_A_WEEK))
                    .divide(BigDecimal.valueOf(daysLeft), unit.scale(), RoundingMode.CEILING);
            List<ActivityPlan.Activity> activities = count || funnel.isEmpty() || remaining.signum() == 0
                    ? List.of() : activities(funnel.get(), remaining, daysLeft);
            out.add(new WeeklyPace(m.id(), q.target().unit(), asOf, end, daysLeft, expected.get(), a.actual(),
                    a.actual().add(remaining), remaining, perWeek, activities));
        }
        return out;
    }

    /** Each activity's count for the rest of the period, and per week of the days left, rounded up. */
    private static List<ActivityPlan.Activity> activities(ActivityFunnel funnel, BigDecimal remaining, long daysLeft) {
        List<ActivityPlan.Activity> out = new ArrayList<>();
        for (ActivityPlan.Activity a : funnel.plan(remaining, 1).activities()) {
            long perWeek = BigDecimal.valueOf(a.perPeriod()).multiply(BigDecimal.valueOf(DAYS_A_WEEK))
                    .divide(BigDecimal.valueOf(daysLeft), 0, RoundingMode.CEILING).longValueExact();
            out.add(new ActivityPlan.Activity(a.activity(), a.perPeriod(), perWeek));
        }
        return out;
    }
}
