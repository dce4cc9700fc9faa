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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.blendscore.evidence.Participation;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.TargetRules;

/**
 * The time a generated evidence covers: a review period inside the rubric's effective period, and
 * the subject's participation in it (start, end, a leave, a hire date that starts the ramp). Where
 * a quota target spread over time must be left some share (under {@code REJECT} a measure with no
 * target left is refused), {@link #leavesATarget} says whether the time drawn leaves one. Static
 * and deterministic in the random source.
 */
final class TimeDraws {

    private TimeDraws() {
    }

    /** A review period of at least 28 days (or the whole effective period, when shorter) inside the effective period. */
    static DateRange period(Rubric rubric, RandomGenerator random) {
        DateRange e = rubric.effective();
        long days = e.days();
        long length = Math.max(1, between(random, (int) Math.min(days, 28), (int) days));
        long offset = between(random, 0, (int) (days - length));
        LocalDate start = e.start().plusDays(offset);
        return DateRange.of(start, start.plusDays(length - 1));
    }

    /** How many times a participation that leaves a needed target none is drawn again before the subject is in the role throughout. */
    private static final int REDRAWS = 3;

    /**
     * A participation in the period as {@link #participation(Rubric, RandomGenerator, DateRange)} draws it; where
     * {@code targetNeeded}, one that {@link #leavesATarget leaves a target}: drawn again up to three times, else the subject is in
     * the role throughout.
     */
    static Participation participation(Rubric rubric, RandomGenerator random, DateRange period, boolean targetNeeded) {
        Participation p = participation(rubric, random, period);
        for (int i = 0; i < REDRAWS && targetNeeded && !leavesATarget(rubric, period, p); i++) {
            p = participation(rubric, random, period);
        }
        return !targetNeeded || leavesATarget(rubric, period, p) ? p : Participation.full();
    }

    /** A participation in the period: a start, now and then an end and a leave, and a hire date where the rubric has a ramp. */
    static Participation participation(Rubric rubric, RandomGenerator random, DateRange period) {
        long days = period.days();
        LocalDate start = period.start().plusDays(between(random, 0, (int) Math.max(0, days * 2 / 3)));
        Optional<LocalDate> end = chance(random, 30)
                ? Optional.of(start.plusDays(between(random, 0, (int) ChronoUnit.DAYS.between(start, period.end()))))
                : Optional.empty();
        List<DateRange> leaves = new ArrayList<>();
        LocalDate last = end.orElse(period.end());
        long inRole = ChronoUnit.DAYS.between(start, last);
        if (inRole > 20 && chance(random, 40)) {
            LocalDate from = start.plusDays(between(random, 1, (int) inRole - 10));
            leaves.add(DateRange.of(from, from.plusDays(between(random, 0, 9))));
        }
        if (rubric.targets().ramp().isPresent() && chance(random, 50)) {
            return new Participation(Optional.of(start), end, leaves, Optional.of(start));
        }
        return new Participation(chance(random, 80) ? Optional.of(start) : Optional.empty(), end, leaves, Optional.empty());
    }

    /**
     * Whether a target spread over time keeps a positive share for this period and participation:
     * some day of the period the subject is in the role and not on leave counts under the proration
     * basis (a working day, where only those count), lies in a season part of positive weight, and
     * falls in a tenure month whose ramp percentage is positive (the days before the ramp begins,
     * such as those of a start month after the ramp's cutoff day, are at 0%). This follows the
     * scorer's time share day by day, without its arithmetic.
     */
    static boolean leavesATarget(Rubric rubric, DateRange period, Participation p) {
        if (period.equals(rubric.effective()) && p.isFull()) {
            return true;
        }
        TargetRules rules = rubric.targets();
        LocalDate from = p.start().filter(s -> s.isAfter(period.start())).orElse(period.start());
        LocalDate to = p.end().filter(e -> e.isBefore(period.end())).orElse(period.end());
        Optional<YearMonth> rampStart = rules.ramp().flatMap(r -> p.hired().map(h -> h.getDayOfMonth() > r.cutoffDay()
                ? YearMonth.from(h).plusMonths(1) : YearMonth.from(h)));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (counts(rules, d) && !onLeave(p, d) && seasonWeight(rules, d).signum() > 0
                    && (rampStart.isEmpty() || rampPercent(rules.ramp().orElseThrow(), rampStart.get(), d).signum() > 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean counts(TargetRules rules, LocalDate d) {
        return rules.proration() == ProrationBasis.CALENDAR_DAYS || rules.calendar().isWorkingDay(d);
    }

    private static boolean onLeave(Participation p, LocalDate d) {
        return p.leaves().stream().anyMatch(l -> !d.isBefore(l.start()) && !d.isAfter(l.end()));
    }

    /** The weight of the season part holding the day: 100 without seasonality, 0 outside every part. */
    private static BigDecimal seasonWeight(TargetRules rules, LocalDate d) {
        if (rules.seasonality().isEmpty()) {
            return BigDecimal.valueOf(100);
        }
        return rules.seasonality().get().parts().stream().filter(s -> !d.isBefore(s.range().start()) && !d.isAfter(s.range().end()))
                .map(SeasonPart::weight).findFirst().orElse(BigDecimal.ZERO);
    }

    /** The ramp percentage of the day's tenure month: 0 before the ramp begins, 100 after its last month. */
    private static BigDecimal rampPercent(RampSchedule ramp, YearMonth rampStart, LocalDate d) {
        long k = ChronoUnit.MONTHS.between(rampStart, YearMonth.from(d));
        if (k < 0) {
            return BigDecimal.ZERO;
        }
        return k >= ramp.monthlyPercents().size() ? BigDecimal.valueOf(100) : ramp.monthlyPercents().get((int) k);
    }
}
