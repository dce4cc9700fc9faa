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
package org.blendscore.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.blendscore.evidence.Participation;
import org.blendscore.number.Fraction;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.TargetRules;

/**
 * The time share of a rubric's period target that falls to one subject and review period: each day
 * of the rubric's effective period carries an exact share of the period target (its season part's
 * weight spread evenly over the part's counted days), and a subject's share is the sum over the days
 * in the review period on which the subject was in the role and not on leave, each times the ramp
 * percentage of its tenure month. Prefix sums make a range's share one subtraction.
 */
final class TargetTime {

    /** A share with the words that explain it. */
    record Share(Fraction value, String detail) {
    }

    private final DateRange effective;
    private final TargetRules rules;
    private final Fraction[] cumulative;
    private final int[] countedBefore;
    /** For each day of the effective period, its season part; and each part's weight and counted days. */
    private final int[] partOfDay;
    private final List<SeasonPart> parts;
    private final int[] partCounted;
    /** For each day of the effective period, its month counted from the effective period's first month. */
    private final int[] monthOfDay;

    TargetTime(Rubric rubric) {
        this.effective = rubric.effective();
        this.rules = rubric.targets();
        int n = (int) effective.days();
        cumulative = new Fraction[n + 1];
        countedBefore = new int[n + 1];
        parts = rules.seasonality().map(s -> s.parts())
                .orElse(List.of(new SeasonPart("period", effective, BigDecimal.valueOf(100))));
        partOfDay = new int[n];
        monthOfDay = new int[n];
        YearMonth first = YearMonth.from(effective.start());
        for (int i = 0; i < n; i++) {
            monthOfDay[i] = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(effective.start().plusDays(i)));
        }
        partCounted = new int[parts.size()];
        cumulative[0] = Fraction.ZERO;
        int day = 0;
        for (int pi = 0; pi < parts.size(); pi++) {
            SeasonPart part = parts.get(pi);
            int partDays = (int) part.range().days();
            int counted = 0;
            for (int i = 0; i < partDays; i++) {
                if (counts(part.range().start().plusDays(i))) {
                    counted++;
                }
            }
            partCounted[pi] = counted;
            Fraction perDay = counted == 0 ? Fraction.ZERO
                    : Fraction.of(part.weight()).divide(Fraction.HUNDRED).divide(Fraction.of(counted));
            for (int i = 0; i < partDays; i++) {
                partOfDay[day] = pi;
                boolean c = counts(part.range().start().plusDays(i));
                cumulative[day + 1] = c ? cumulative[day].add(perDay) : cumulative[day];
                countedBefore[day + 1] = countedBefore[day] + (c ? 1 : 0);
                day++;
            }
        }
    }

    private boolean counts(LocalDate d) {
        return rules.proration() == ProrationBasis.CALENDAR_DAYS || rules.calendar().isWorkingDay(d);
    }

    private int index(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(effective.start(), d);
    }

    private Fraction between(LocalDate from, LocalDate to) {
        return cumulative[index(to) + 1].subtract(cumulative[index(from)]);
    }

    private int countedBetween(LocalDate from, LocalDate to) {
        return countedBefore[index(to) + 1] - countedBefore[index(from)];
    }

    /** Whether the share is exactly 1 without any work: the whole period, the whole time in role. */
    boolean isWhole(DateRange range, Participation p) {
        return range.equals(effective) && p.isFull();
    }

    /**
     * The share of the period target for the days of {@code range} (inside the effective period) on
     * which the subject took part.
     */
    Share share(DateRange range, Participation p) {
        if (isWhole(range, p)) {
            return new Share(Fraction.ONE, ExplanationText.wholePeriod());
        }
        LocalDate from = p.start().filter(s -> s.isAfter(range.start())).orElse(range.start());
        LocalDate to = p.end().filter(e -> e.isBefore(range.end())).orElse(range.end());
        String unit = ExplanationText.dayUnit(rules.proration());
        String season = ExplanationText.seasonNote(rules.seasonality().isPresent());
        if (to.isBefore(from)) {
            return new Share(Fraction.ZERO, ExplanationText.notInRole(range));
        }
        List<DateRange> segments = withoutLeaves(from, to, p.leaves());
        Fraction total = Fraction.ZERO;
        int counted = 0;
        Optional<YearMonth> rampStart = rampStart(p);
        for (DateRange seg : segments) {
            counted += countedBetween(seg.start(), seg.end());
            if (rampStart.isEmpty()) {
                total = total.add(between(seg.start(), seg.end()));
                continue;
            }
            for (LocalDate m = seg.start(); !m.isAfter(seg.end()); m = m.withDayOfMonth(1).plusMonths(1)) {
                LocalDate monthEnd = m.withDayOfMonth(m.lengthOfMonth());
                LocalDate pieceEnd = monthEnd.isBefore(seg.end()) ? monthEnd : seg.end();
                total = total.add(between(m, pieceEnd).multiply(rampFactor(rampStart.get(), YearMonth.from(m))));
            }
        }
        String formula = formula(segments, rampStart, total);
        StringBuilder detail = new StringBuilder();
        ExplanationText.inRole(detail, from, to);
        List<DateRange> leaves = p.leaves().stream().filter(l -> !l.end().isBefore(from) && !l.start().isAfter(to)).toList();
        if (!leaves.isEmpty()) {
            ExplanationText.lessLeave(detail, leaves.stream().map(DateRange::toString).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        ExplanationText.daysCounted(detail, counted, countedBetween(effective.start(), effective.end()), unit, effective, season);
        rampStart.ifPresent(ym -> ExplanationText.ramp(detail, p.hired().orElseThrow(), rampText(), ym));
        ExplanationText.shareFormula(detail, formula);
        return new Share(total, detail.toString());
    }

    /**
     * The share as a sum a reviewer can recompute: for each season part and ramp percentage, the
     * days counted over the part's counted days, times the part's weight and the ramp percentage,
     * then the exact total, as in {@code 12/365 x 0% + 30/365 x 25% + ... = 459/730 (0.628767)}.
     */
    private String formula(List<DateRange> segments, Optional<YearMonth> rampStart, Fraction total) {
        // count the days by (season part, ramp month): an int key, no object per day
        int rampMonths = rules.ramp().map(r -> r.monthlyPercents().size()).orElse(0);
        int firstRampMonth = rampStart.map(ym -> (int) ChronoUnit.MONTHS.between(YearMonth.from(effective.start()), ym)).orElse(0);
        java.util.Map<Integer, int[]> groups = new java.util.LinkedHashMap<>();
        for (DateRange seg : segments) {
            int to = index(seg.end());
            for (int i = index(seg.start()); i <= to; i++) {
                if (countedBefore[i + 1] == countedBefore[i]) {
                    continue;
                }
                // ramp step: 0 before the ramp, 1..n its months, n + 1 after it (100%)
                int step = rampStart.isEmpty() ? 0 : Math.max(0, Math.min(rampMonths + 1, monthOfDay[i] - firstRampMonth + 1));
                groups.computeIfAbsent(partOfDay[i] * (rampMonths + 2) + step, k -> new int[1])[0]++;
            }
        }
        // one term per season part and ramp percentage (a ramp's last 100% month joins the months after it)
        java.util.Map<String, Integer> terms = new java.util.LinkedHashMap<>();
        groups.forEach((key, count) -> {
            int part = key / (rampMonths + 2);
            int step = key % (rampMonths + 2);
            SeasonPart sp = parts.get(part);
            StringBuilder label = new StringBuilder("/").append(partCounted[part]);
            if (parts.size() > 1) {
                label.append(" x ").append(Fingerprint.decimal(sp.weight())).append("% (").append(sp.name()).append(')');
            }
            if (rampStart.isPresent()) {
                String pct = step == 0 ? "0" : step > rampMonths ? "100"
                        : Fingerprint.decimal(rules.ramp().orElseThrow().monthlyPercents().get(step - 1));
                label.append(" x ").append(pct).append('%');
            }
            terms.merge(label.toString(), count[0], Integer::sum);
        });
        StringBuilder b = new StringBuilder();
        terms.forEach((label, count) -> b.append(b.length() == 0 ? "" : " + ").append(count).append(label));
        if (b.length() == 0) {
            b.append('0');
        }
        return b.append(" = ").append(total).append(" (").append(total.toBigDecimal(6).toPlainString()).append(')').toString();
    }

    private Optional<YearMonth> rampStart(Participation p) {
        if (rules.ramp().isEmpty() || p.hired().isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = p.hired().get();
        YearMonth ym = YearMonth.from(start);
        return Optional.of(start.getDayOfMonth() > rules.ramp().get().cutoffDay() ? ym.plusMonths(1) : ym);
    }

    private Fraction rampFactor(YearMonth rampStart, YearMonth month) {
        RampSchedule ramp = rules.ramp().orElseThrow();
        long k = ChronoUnit.MONTHS.between(rampStart, month);
        if (k < 0) {
            return Fraction.ZERO;
        }
        if (k >= ramp.monthlyPercents().size()) {
            return Fraction.ONE;
        }
        return Fraction.of(ramp.monthlyPercents().get((int) k)).divide(Fraction.HUNDRED);
    }

    private String rampText() {
        List<String> parts = new ArrayList<>();
        for (BigDecimal p : rules.ramp().orElseThrow().monthlyPercents()) {
            parts.add(Fingerprint.decimal(p) + "%");
        }
        return String.join("/", parts) + (parts.get(parts.size() - 1).equals("100%") ? "" : " then 100%");
    }

    /** The days from..to less the leaves, as disjoint ranges in order. */
    private static List<DateRange> withoutLeaves(LocalDate from, LocalDate to, List<DateRange> leaves) {
        List<DateRange> sorted = leaves.stream().sorted(Comparator.comparing(DateRange::start)).toList();
        List<DateRange> out = new ArrayList<>();
        LocalDate cursor = from;
        for (DateRange leave : sorted) {
            if (leave.end().isBefore(cursor) || leave.start().isAfter(to)) {
                continue;
            }
            if (leave.start().isAfter(cursor)) {
                out.add(DateRange.of(cursor, leave.start().minusDays(1)));
            }
            if (!leave.end().isBefore(to)) {
                // the leave lasts to the end (perhaps to LocalDate.MAX, which has no day after)
                return out;
            }
            cursor = leave.end().plusDays(1);
        }
        if (!cursor.isAfter(to)) {
            out.add(DateRange.of(cursor, to));
        }
        return out;
    }

    static String shareText(Fraction share) {
        return share.toBigDecimal(6).toPlainString().toLowerCase(Locale.ROOT);
    }
}
