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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.Relief;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.DateRange;

/**
 * A concise builder for one subject's evidence, for tests, examples and data loaders:
 *
 * <pre>{@code
 * Evidence ana = evidence("ana").period(DateRange.year(2026))
 *     .actual("new-arr", 1_200_000)
 *     .reached("milestones", "executive-alignment", "referral-secured")
 *     .rating("customer-trust", "customer", "c1", 4)
 *     .notApplicable("account-knowledge", "manager", "m1")
 *     .build();
 * }</pre>
 *
 * <p>Unlike the rubric steps, this builder is mutable and not thread-safe: use one per record.
 * Giving the same measure evidence of two families, or the same actual twice, is reported by
 * {@link #build()} rather than silently overwritten.
 */
public final class EvidenceBuilder {

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

    EvidenceBuilder(String subjectId) {
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    }

    /**
     * The review period.
     *
     * @param range the period
     * @return this builder
     */
    public EvidenceBuilder period(DateRange range) {
        this.period = Objects.requireNonNull(range, "period");
        return this;
    }

    /**
     * The review period, both days inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return this builder
     */
    public EvidenceBuilder period(LocalDate start, LocalDate end) {
        return period(DateRange.of(start, end));
    }

    /**
     * A quota measure's actual.
     *
     * @param measureId the measure
     * @param actual the actual
     * @return this builder
     */
    public EvidenceBuilder actual(String measureId, double actual) {
        return actual(measureId, Decimals.of(actual, "actual of " + measureId));
    }

    /**
     * A quota measure's exact actual.
     *
     * @param measureId the measure
     * @param actual the actual
     * @return this builder
     */
    public EvidenceBuilder actual(String measureId, BigDecimal actual) {
        if (actuals.put(measureId, Objects.requireNonNull(actual, "actual")) != null) {
            problems.add("measure '" + measureId + "': actual given twice");
        }
        return this;
    }

    /**
     * Milestones or stages reached for a milestone measure; may be called again to add more. Calling it
     * with no ids records that none was reached.
     *
     * @param measureId the measure
     * @param milestoneIds the milestones or stages reached
     * @return this builder
     */
    public EvidenceBuilder reached(String measureId, String... milestoneIds) {
        Set<String> set = reached.computeIfAbsent(measureId, k -> new LinkedHashSet<>());
        for (String id : milestoneIds) {
            if (!set.add(id)) {
                problems.add("measure '" + measureId + "': milestone '" + id + "' given twice");
            }
        }
        return this;
    }

    /**
     * How often a counted milestone occurred.
     *
     * @param measureId the measure
     * @param milestoneId the counted milestone
     * @param count the number of occurrences
     * @return this builder
     */
    public EvidenceBuilder count(String measureId, String milestoneId, int count) {
        reached.computeIfAbsent(measureId, k -> new LinkedHashSet<>());
        if (counts.computeIfAbsent(measureId, k -> new LinkedHashMap<>()).put(milestoneId, count) != null) {
            problems.add("measure '" + measureId + "': count of '" + milestoneId + "' given twice");
        }
        return this;
    }

    /**
     * A rating.
     *
     * @param measureId the rating measure
     * @param source the source, such as {@code customer}
     * @param raterId who rated
     * @param value the value on the scale
     * @return this builder
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, double value) {
        return add(measureId, Rating.of(raterId, source, Decimals.of(value, "rating of " + raterId + " for " + measureId)));
    }

    /**
     * A rating with a comment.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId who rated
     * @param value the value on the scale
     * @param comment the comment
     * @return this builder
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, double value, String comment) {
        return add(measureId, Rating.of(raterId, source, Decimals.of(value, "rating of " + raterId + " for " + measureId))
                .withComment(comment));
    }

    /**
     * An N/A answer: the rater could not judge. It is never counted as zero.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId who answered
     * @return this builder
     */
    public EvidenceBuilder notApplicable(String measureId, String source, String raterId) {
        return add(measureId, Rating.notApplicable(raterId, source));
    }

    /**
     * A ready-made rating.
     *
     * @param measureId the rating measure
     * @param rating the rating
     * @return this builder
     */
    public EvidenceBuilder add(String measureId, Rating rating) {
        ratings.computeIfAbsent(measureId, k -> new ArrayList<>()).add(Objects.requireNonNull(rating, "rating"));
        return this;
    }

    /**
     * A fact about the subject that scoring never reads (team, region...).
     *
     * @param key the attribute name
     * @param value its value
     * @return this builder
     */
    public EvidenceBuilder attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    /**
     * A new hire's hire date: on the rubric's ramp from that day, and in the role from that day unless
     * {@link #startedOn(LocalDate)} says otherwise (in either order).
     *
     * @param day the hire date
     * @return this builder
     */
    public EvidenceBuilder hiredOn(LocalDate day) {
        this.hired = Optional.of(day);
        this.explicitStart.ifPresentOrElse(s -> { }, () -> this.start = Optional.of(day));
        return this;
    }

    /**
     * The first day in the role, for a subject who moved into it (prorated, not ramped); it may lie before the period.
     *
     * @param day the start date
     * @return this builder
     */
    public EvidenceBuilder startedOn(LocalDate day) {
        this.start = Optional.of(day);
        this.explicitStart = Optional.of(day);
        return this;
    }

    /**
     * The last day in the role, for a subject who left during the period.
     *
     * @param day the end date
     * @return this builder
     */
    public EvidenceBuilder leftOn(LocalDate day) {
        this.end = Optional.of(day);
        return this;
    }

    /**
     * A leave, both days inclusive; its days carry no target.
     *
     * @param first the first day of leave
     * @param last the last day of leave
     * @return this builder
     */
    public EvidenceBuilder leave(LocalDate first, LocalDate last) {
        leaves.add(DateRange.of(first, last));
        return this;
    }

    /**
     * The subject's value of a target factor declared by the rubric.
     *
     * @param name the factor name
     * @param value its value
     * @return this builder
     */
    public EvidenceBuilder factor(String name, double value) {
        if (factors.put(name, Decimals.of(value, "factor " + name)) != null) {
            problems.add("factor '" + name + "' given twice");
        }
        return this;
    }

    /**
     * Relief credited to a quota measure's actual.
     *
     * @param measureId the quota measure
     * @param amount the amount credited
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     */
    public EvidenceBuilder credit(String measureId, double amount, String reason, String approver, LocalDate approved) {
        return relief(measureId, new Relief(Relief.Kind.CREDIT, Decimals.of(amount, "credit"), reason, approver, approved));
    }

    /**
     * Relief taken off a quota measure's target.
     *
     * @param measureId the quota measure
     * @param amount the amount taken off the target
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     */
    public EvidenceBuilder targetRelief(String measureId, double amount, String reason, String approver, LocalDate approved) {
        return relief(measureId, new Relief(Relief.Kind.TARGET, Decimals.of(amount, "target relief"), reason, approver, approved));
    }

    private EvidenceBuilder relief(String measureId, Relief relief) {
        reliefs.computeIfAbsent(measureId, k -> new ArrayList<>()).add(relief);
        return this;
    }

    /**
     * An earlier interim check-in of a quota measure: its actual to date on that day.
     *
     * @param measureId the quota measure
     * @param date the check-in date
     * @param actualToDate the actual to date then
     * @return this builder
     */
    public EvidenceBuilder checkIn(String measureId, LocalDate date, double actualToDate) {
        checkIns.computeIfAbsent(measureId, k -> new ArrayList<>()).add(new CheckIn(date, Decimals.of(actualToDate, "check-in actual")));
        return this;
    }

    /**
     * Builds the evidence. Whether it fits a rubric is checked when it is scored.
     *
     * @return the evidence
     * @throws IllegalStateException if the period is missing, or a measure was given evidence of two
     *     families or the same fact twice; the message lists every such problem
     */
    public Evidence build() {
        List<String> all = new ArrayList<>(problems);
        if (period == null) {
            all.add("the period is missing");
        }
        Map<String, MeasureEvidence> measures = new LinkedHashMap<>();
        actuals.forEach((id, a) -> measures.put(id,
                new QuotaActual(a, reliefs.getOrDefault(id, List.of()), checkIns.getOrDefault(id, List.of()))));
        reliefs.keySet().stream().filter(id -> !actuals.containsKey(id))
                .forEach(id -> all.add("measure '" + id + "': relief given without an actual"));
        checkIns.keySet().stream().filter(id -> !actuals.containsKey(id))
                .forEach(id -> all.add("measure '" + id + "': check-in given without an actual"));
        reached.forEach((id, set) -> put(measures, id,
                new MilestonesReached(set, counts.getOrDefault(id, Map.of())), all));
        ratings.forEach((id, list) -> put(measures, id, new Ratings(list), all));
        if (!all.isEmpty()) {
            throw new IllegalStateException("evidence of subject '" + subjectId + "' is incomplete: "
                    + all.stream().collect(Collectors.joining("; ")));
        }
        return new Evidence(subjectId, period, measures, attributes, new Participation(start, end, leaves, hired), factors);
    }

    private static void put(Map<String, MeasureEvidence> measures, String id, MeasureEvidence e, List<String> problems) {
        Optional.ofNullable(measures.put(id, e)).ifPresent(previous ->
                problems.add("measure '" + id + "' was given evidence of two kinds"));
    }
}
