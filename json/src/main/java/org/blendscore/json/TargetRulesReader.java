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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.ProrationBasis;
import org.blendscore.rubric.RampSchedule;
import org.blendscore.rubric.SeasonPart;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.TargetFactor;
import org.blendscore.rubric.TargetRules;
import org.blendscore.rubric.WorkCalendar;

/** Reads a rubric's target rules: factors, proration, working calendar, ramp, seasonality, relief cap, pacing. */
final class TargetRulesReader {

    private static final int MOST = 1_000;
    private static final int MOST_DATES = 10_000;

    private TargetRulesReader() {
    }

    static TargetRules targets(Cursor in) {
        if (!in.object(Set.of("factors", "proration", "calendar", "ramp", "seasonality", "reliefCapPercent",
                "pacingAlertAfter"))) {
            return null;
        }
        TargetRules none = TargetRules.none();
        List<TargetFactor> factors = Parts.orElse(in.optional("factors",
                c -> c.list(MOST, "target factors", TargetRulesReader::factor)), List.of());
        ProrationBasis proration = Parts.orElse(in.optional("proration", c -> c.enumOf(ProrationBasis.class)), none.proration());
        WorkCalendar calendar = Parts.orElse(in.optional("calendar", TargetRulesReader::calendar), none.calendar());
        Optional<RampSchedule> ramp = in.optional("ramp", TargetRulesReader::ramp);
        Optional<Seasonality> seasonality = in.optional("seasonality", TargetRulesReader::seasonality);
        Optional<BigDecimal> reliefCap = in.optional("reliefCapPercent", Cursor::decimal);
        Integer pacing = Parts.orElse(in.optional("pacingAlertAfter", Cursor::integer), none.pacingAlertAfter());
        return Parts.build(in, () -> new TargetRules(factors, proration, calendar, ramp, seasonality, reliefCap, pacing),
                factors, proration, calendar, ramp, seasonality, reliefCap, pacing);
    }

    private static TargetFactor factor(Cursor in) {
        if (!in.object(Set.of("name", "min", "max", "description"))) {
            return null;
        }
        String name = in.required("name", Cursor::text);
        BigDecimal min = in.required("min", Cursor::decimal);
        BigDecimal max = in.required("max", Cursor::decimal);
        String description = Parts.orElse(in.optional("description", Cursor::text), "");
        return Parts.build(in, () -> new TargetFactor(name, min, max, description), name, min, max, description);
    }

    private static WorkCalendar calendar(Cursor in) {
        if (!in.object(Set.of("workingDays", "nonWorkingDates"))) {
            return null;
        }
        List<DayOfWeek> days = in.required("workingDays", c -> c.list(7, "working days", d -> d.enumOf(DayOfWeek.class)));
        List<LocalDate> dates = Parts.orElse(in.optional("nonWorkingDates",
                c -> c.list(MOST_DATES, "non-working dates", Cursor::date)), List.of());
        Set<DayOfWeek> daySet = unique(in, "workingDays", "working day", days);
        Set<LocalDate> dateSet = unique(in, "nonWorkingDates", "non-working date", dates);
        return Parts.build(in, () -> new WorkCalendar(daySet, dateSet), daySet, dateSet);
    }

    /** The elements as a set, or {@code null} with a problem at the repeated element. */
    static <T> Set<T> unique(Cursor in, String member, String what, List<T> elements) {
        if (elements == null) {
            return null;
        }
        Set<T> out = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            if (!out.add(elements.get(i))) {
                in.problems().add(in.pointer() + "/" + member + "/" + i, Messages.duplicate(what, String.valueOf(elements.get(i))));
                return null;
            }
        }
        return out;
    }

    private static RampSchedule ramp(Cursor in) {
        if (!in.object(Set.of("monthlyPercents", "cutoffDay"))) {
            return null;
        }
        List<BigDecimal> percents = in.required("monthlyPercents", c -> c.list(MOST, "monthly percents", Cursor::decimal));
        Integer cutoff = in.required("cutoffDay", Cursor::integer);
        return Parts.build(in, () -> new RampSchedule(percents, cutoff), percents, cutoff);
    }

    private static Seasonality seasonality(Cursor in) {
        if (!in.object(Set.of("parts"))) {
            return null;
        }
        List<SeasonPart> parts = in.required("parts", c -> c.list(MOST, "season parts", TargetRulesReader::part));
        return Parts.build(in, () -> new Seasonality(parts), parts);
    }

    private static SeasonPart part(Cursor in) {
        if (!in.object(Set.of("name", "range", "weight"))) {
            return null;
        }
        String name = in.required("name", Cursor::text);
        DateRange range = in.required("range", TargetRulesReader::range);
        BigDecimal weight = in.required("weight", Cursor::decimal);
        return Parts.build(in, () -> new SeasonPart(name, range, weight), name, range, weight);
    }

    /** A date range: {@code {"start": "2026-01-01", "end": "2026-12-31"}}, both days included. */
    static DateRange range(Cursor in) {
        if (!in.object(Set.of("start", "end"))) {
            return null;
        }
        LocalDate start = in.required("start", Cursor::date);
        LocalDate end = in.required("end", Cursor::date);
        return Parts.build(in, () -> new DateRange(start, end), start, end);
    }
}
