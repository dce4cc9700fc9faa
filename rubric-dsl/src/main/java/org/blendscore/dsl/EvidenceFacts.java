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
package org.blendscore.dsl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;

/**
 * The facts an {@link EvidenceBuilder} has been given so far, in the order given, with the problems
 * found on the way (a fact given twice), and their assembly into {@link Evidence}. Mutable, like the
 * builder that owns it.
 */
final class EvidenceFacts {

    private final String subjectId;
    private DateRange period;
    private final Map<String, BigDecimal> actuals = new LinkedHashMap<>();
    private final Map<String, Set<String>> reached = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, List<Rating>> ratings = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, BigDecimal> factors = new LinkedHashMap<>();
    private final Map<String, List<Relief>> reliefs = new LinkedHashMap<>();
    private final Map<String, List<CheckIn>> checkIns = new LinkedHashMap<>();
    private final List<DateRange> leaves = new ArrayList<>();
    private Optional<LocalDate> start = Optional.empty();
    private Optional<LocalDate> end = Optional.empty();
    private Optional<LocalDate> hired = Optional.empty();
    private Optional<LocalDate> explicitStart = Optional.empty();
    private final List<String> problems = new ArrayList<>();

    EvidenceFacts(String subjectId) {
        this.subjectId = subjectId;
    }

    void period(DateRange range) {
        this.period = range;
    }

    void actual(String measureId, BigDecimal actual) {
        if (actuals.put(measureId, actual) != null) {
            problems.add(DslErrors.actualTwice(measureId));
        }
    }

    void reached(String measureId, String... milestoneIds) {
        Set<String> set = reached.computeIfAbsent(measureId, k -> new LinkedHashSet<>());
        for (String id : milestoneIds) {
            if (!set.add(Args.notNull(id, "milestone id of measure " + measureId))) {
                problems.add(DslErrors.milestoneTwice(measureId, id));
            }
        }
    }

    void count(String measureId, String milestoneId, int count) {
        reached.computeIfAbsent(measureId, k -> new LinkedHashSet<>());
        if (counts.computeIfAbsent(measureId, k -> new LinkedHashMap<>()).put(milestoneId, count) != null) {
            problems.add(DslErrors.countTwice(measureId, milestoneId));
        }
    }

    void rating(String measureId, Rating rating) {
        ratings.computeIfAbsent(measureId, k -> new ArrayList<>()).add(rating);
    }

    void attribute(String key, String value) {
        attributes.put(key, value);
    }

    void hiredOn(LocalDate day) {
        this.hired = Optional.of(day);
        this.explicitStart.ifPresentOrElse(s -> { }, () -> this.start = Optional.of(day));
    }

    void startedOn(LocalDate day) {
        this.start = Optional.of(day);
        this.explicitStart = Optional.of(day);
    }

    void leftOn(LocalDate day) {
        this.end = Optional.of(day);
    }

    void leave(DateRange leave) {
        leaves.add(leave);
    }

    void factor(String name, BigDecimal value) {
        if (factors.put(name, value) != null) {
            problems.add(DslErrors.factorTwice(name));
        }
    }

    void relief(String measureId, Relief relief) {
        reliefs.computeIfAbsent(measureId, k -> new ArrayList<>()).add(relief);
    }

    void checkIn(String measureId, CheckIn checkIn) {
        checkIns.computeIfAbsent(measureId, k -> new ArrayList<>()).add(checkIn);
    }

    /**
     * The evidence, or every problem at once.
     *
     * @throws IllegalStateException if the period is missing, or a measure was given evidence of two
     *     families or the same fact twice
     */
    Evidence build() {
        List<String> all = new ArrayList<>(problems);
        if (period == null) {
            all.add(DslErrors.periodMissing());
        }
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        actuals.forEach((id, a) -> measures.put(id,
                new QuotaActual(a, reliefs.getOrDefault(id, List.of()), checkIns.getOrDefault(id, List.of()))));
        reliefs.keySet().stream().filter(id -> !actuals.containsKey(id))
                .forEach(id -> all.add(DslErrors.withoutActual(id, "relief")));
        checkIns.keySet().stream().filter(id -> !actuals.containsKey(id))
                .forEach(id -> all.add(DslErrors.withoutActual(id, "check-in")));
        reached.forEach((id, set) -> put(measures, id,
                new MilestonesReached(set, counts.getOrDefault(id, Map.of())), all));
        ratings.forEach((id, list) -> put(measures, id, new Ratings(list), all));
        if (!all.isEmpty()) {
            throw DslErrors.evidenceNotBuilt(subjectId, all);
        }
        return new Evidence(subjectId, period, measures, attributes, new Participation(start, end, leaves, hired), factors);
    }

    private static void put(Map<String, MeasureEvidence> measures, String id, MeasureEvidence e, List<String> problems) {
        Optional.ofNullable(measures.put(id, e)).ifPresent(previous ->
                problems.add(DslErrors.twoKinds(id)));
    }
}
