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
import java.util.Optional;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Relief;
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
 * <p>Numbers may be given as {@code BigDecimal}, taken exactly, amounts also as {@code long}, taken
 * exactly, or as {@code double}, read as its shortest decimal string (see {@link RubricDsl}): a
 * computed double such as {@code 0.8 + 0.4} is 1.2000000000000002, so compute with {@code BigDecimal}.
 * A double that is NaN or infinite is rejected with an {@code IllegalArgumentException} naming the field.
 *
 * <p>Unlike the rubric steps, this builder is mutable and not thread-safe: use one per record.
 * Giving the same measure evidence of two families, or the same actual twice, is reported by
 * {@link #build()} rather than silently overwritten. A null argument is named at once.
 */
public final class EvidenceBuilder {

    private static final String MEASURE = "measure id";
    private static final String CREDIT = "credit";
    private static final String TARGET_RELIEF = "target relief";
    private static final String CHECK_IN = "check-in actual";

    private final String subjectId;
    private final EvidenceFacts facts;

    EvidenceBuilder(String subjectId) {
        this.subjectId = Args.notNull(subjectId, "subject id");
        this.facts = new EvidenceFacts(subjectId);
    }

    /**
     * The review period.
     *
     * @param range the period
     * @return this builder
     * @throws NullPointerException if {@code range} is null
     */
    public EvidenceBuilder period(DateRange range) {
        facts.period(Args.notNull(range, "period of subject " + subjectId));
        return this;
    }

    /**
     * The review period, both days inclusive.
     *
     * @param start the first day
     * @param end the last day
     * @return this builder
     * @throws NullPointerException if a day is null
     */
    public EvidenceBuilder period(LocalDate start, LocalDate end) {
        return period(DateRange.of(Args.notNull(start, "first day of the period"), Args.notNull(end, "last day of the period")));
    }

    /**
     * A quota measure's actual, read as its shortest decimal.
     *
     * @param measureId the measure
     * @param actual the actual
     * @return this builder
     */
    public EvidenceBuilder actual(String measureId, double actual) {
        return actual(measureId, Decimals.of(actual, DslErrors.actualOf(measureId)));
    }

    /**
     * A quota measure's whole actual, exactly.
     *
     * @param measureId the measure
     * @param actual the actual
     * @return this builder
     */
    public EvidenceBuilder actual(String measureId, long actual) {
        return actual(measureId, Decimals.of(actual));
    }

    /**
     * A quota measure's exact actual.
     *
     * @param measureId the measure
     * @param actual the actual
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder actual(String measureId, BigDecimal actual) {
        facts.actual(Args.notNull(measureId, MEASURE), Args.notNull(actual, DslErrors.actualOf(measureId)));
        return this;
    }

    /**
     * Milestones or stages reached for a milestone measure; may be called again to add more. Calling it
     * with no ids records that none was reached.
     *
     * @param measureId the measure
     * @param milestoneIds the milestones or stages reached
     * @return this builder
     * @throws NullPointerException if the measure or a milestone is null
     */
    public EvidenceBuilder reached(String measureId, String... milestoneIds) {
        facts.reached(Args.notNull(measureId, MEASURE), Args.notNull(milestoneIds, "milestones reached of " + measureId));
        return this;
    }

    /**
     * How often a counted milestone occurred.
     *
     * @param measureId the measure
     * @param milestoneId the counted milestone
     * @param count the number of occurrences
     * @return this builder
     * @throws NullPointerException if an id is null
     */
    public EvidenceBuilder count(String measureId, String milestoneId, int count) {
        facts.count(Args.notNull(measureId, MEASURE), Args.notNull(milestoneId, "counted milestone of " + measureId), count);
        return this;
    }

    /**
     * A rating, read as its shortest decimal.
     *
     * @param measureId the rating measure
     * @param source the source, such as {@code customer}
     * @param raterId who rated
     * @param value the value on the scale
     * @return this builder
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, double value) {
        return rating(measureId, source, raterId, Decimals.of(value, DslErrors.ratingOf(raterId, measureId)));
    }

    /**
     * An exact rating.
     *
     * @param measureId the rating measure
     * @param source the source, such as {@code customer}
     * @param raterId who rated
     * @param value the value on the scale
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, BigDecimal value) {
        return add(measureId, Rating.of(raterId, source, Decimals.of(value, DslErrors.ratingOf(raterId, measureId))));
    }

    /**
     * A rating with a comment, read as its shortest decimal.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId who rated
     * @param value the value on the scale
     * @param comment the comment
     * @return this builder
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, double value, String comment) {
        return rating(measureId, source, raterId, Decimals.of(value, DslErrors.ratingOf(raterId, measureId)), comment);
    }

    /**
     * An exact rating with a comment.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId who rated
     * @param value the value on the scale
     * @param comment the comment
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder rating(String measureId, String source, String raterId, BigDecimal value, String comment) {
        return add(measureId, Rating.of(raterId, source, Decimals.of(value, DslErrors.ratingOf(raterId, measureId)))
                .withComment(Args.notNull(comment, "comment of rater " + raterId)));
    }

    /**
     * An N/A answer: the rater could not judge. It is never counted as zero.
     *
     * @param measureId the rating measure
     * @param source the source
     * @param raterId who answered
     * @return this builder
     * @throws NullPointerException if an argument is null
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
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder add(String measureId, Rating rating) {
        facts.rating(Args.notNull(measureId, MEASURE), Args.notNull(rating, "rating for " + measureId));
        return this;
    }

    /**
     * A fact about the subject that scoring never reads (team, region...).
     *
     * @param key the attribute name
     * @param value its value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder attribute(String key, String value) {
        facts.attribute(Args.notNull(key, "attribute name"), Args.notNull(value, "value of attribute " + key));
        return this;
    }

    /**
     * A new hire's hire date: on the rubric's ramp from that day, and in the role from that day unless
     * {@link #startedOn(LocalDate)} says otherwise (in either order).
     *
     * @param day the hire date
     * @return this builder
     * @throws NullPointerException if {@code day} is null
     */
    public EvidenceBuilder hiredOn(LocalDate day) {
        facts.hiredOn(Args.notNull(day, "hire date"));
        return this;
    }

    /**
     * The first day in the role, for a subject who moved into it (prorated, not ramped); it may lie before the period.
     *
     * @param day the start date
     * @return this builder
     * @throws NullPointerException if {@code day} is null
     */
    public EvidenceBuilder startedOn(LocalDate day) {
        facts.startedOn(Args.notNull(day, "start date"));
        return this;
    }

    /**
     * The last day in the role, for a subject who left during the period.
     *
     * @param day the end date
     * @return this builder
     * @throws NullPointerException if {@code day} is null
     */
    public EvidenceBuilder leftOn(LocalDate day) {
        facts.leftOn(Args.notNull(day, "leaving date"));
        return this;
    }

    /**
     * A leave, both days inclusive; its days carry no target.
     *
     * @param first the first day of leave
     * @param last the last day of leave
     * @return this builder
     * @throws NullPointerException if a day is null
     */
    public EvidenceBuilder leave(LocalDate first, LocalDate last) {
        facts.leave(DateRange.of(Args.notNull(first, "first day of leave"), Args.notNull(last, "last day of leave")));
        return this;
    }

    /**
     * The subject's value of a target factor declared by the rubric, read as its shortest decimal.
     *
     * @param name the factor name
     * @param value its value
     * @return this builder
     */
    public EvidenceBuilder factor(String name, double value) {
        return factor(name, Decimals.of(value, DslErrors.factorOf(name)));
    }

    /**
     * The subject's exact value of a target factor declared by the rubric, such as a factor computed
     * as {@code new BigDecimal("0.8").add(new BigDecimal("0.4"))}, exactly 1.2.
     *
     * @param name the factor name
     * @param value its value
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder factor(String name, BigDecimal value) {
        facts.factor(Args.notNull(name, "factor name"), Decimals.of(value, DslErrors.factorOf(name)));
        return this;
    }

    /**
     * Relief credited to a quota measure's actual, read as its shortest decimal.
     *
     * @param measureId the quota measure
     * @param amount the amount credited
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     */
    public EvidenceBuilder credit(String measureId, double amount, String reason, String approver, LocalDate approved) {
        return credit(measureId, Decimals.of(amount, CREDIT), reason, approver, approved);
    }

    /**
     * Relief credited to a quota measure's actual, an exact amount.
     *
     * @param measureId the quota measure
     * @param amount the amount credited
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder credit(String measureId, BigDecimal amount, String reason, String approver, LocalDate approved) {
        return relief(measureId, Relief.Kind.CREDIT, Decimals.of(amount, CREDIT), reason, approver, approved);
    }

    /**
     * Relief taken off a quota measure's target, read as its shortest decimal.
     *
     * @param measureId the quota measure
     * @param amount the amount taken off the target
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     */
    public EvidenceBuilder targetRelief(String measureId, double amount, String reason, String approver, LocalDate approved) {
        return targetRelief(measureId, Decimals.of(amount, TARGET_RELIEF), reason, approver, approved);
    }

    /**
     * Relief taken off a quota measure's target, an exact amount.
     *
     * @param measureId the quota measure
     * @param amount the amount taken off the target
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder targetRelief(String measureId, BigDecimal amount, String reason, String approver, LocalDate approved) {
        return relief(measureId, Relief.Kind.TARGET, Decimals.of(amount, TARGET_RELIEF), reason, approver, approved);
    }

    /**
     * Relief taken off one part of the review period's share of a quota measure's target (a month, a
     * quarter, any range inside the review period), read as its shortest decimal.
     *
     * @param measureId the quota measure
     * @param part the part of the review period whose share of the target is relieved
     * @param amount the amount taken off that part's share, at most the share
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     */
    public EvidenceBuilder targetRelief(String measureId, DateRange part, double amount, String reason, String approver,
                                        LocalDate approved) {
        return targetRelief(measureId, part, Decimals.of(amount, TARGET_RELIEF), reason, approver, approved);
    }

    /**
     * Relief taken off one part of the review period's share of a quota measure's target (a month, a
     * quarter, any range inside the review period), an exact amount. The scorer limits it to the
     * part's share of the target, with a warning.
     *
     * @param measureId the quota measure
     * @param part the part of the review period whose share of the target is relieved
     * @param amount the amount taken off that part's share, at most the share
     * @param reason why
     * @param approver who approved it
     * @param approved when
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder targetRelief(String measureId, DateRange part, BigDecimal amount, String reason, String approver,
                                        LocalDate approved) {
        return relief(measureId, Relief.Kind.TARGET, Decimals.of(amount, TARGET_RELIEF), reason, approver, approved,
                Optional.of(Args.notNull(part, "part of " + TARGET_RELIEF)));
    }

    private EvidenceBuilder relief(String measureId, Relief.Kind kind, BigDecimal amount, String reason, String approver,
                                   LocalDate approved) {
        return relief(measureId, kind, amount, reason, approver, approved, Optional.empty());
    }

    private EvidenceBuilder relief(String measureId, Relief.Kind kind, BigDecimal amount, String reason, String approver,
                                   LocalDate approved, Optional<DateRange> part) {
        String what = kind == Relief.Kind.CREDIT ? CREDIT : TARGET_RELIEF;
        facts.relief(Args.notNull(measureId, MEASURE), new Relief(kind, amount, Args.notNull(reason, "reason of " + what),
                Args.notNull(approver, "approver of " + what), Args.notNull(approved, "approval date of " + what), part));
        return this;
    }

    /**
     * An earlier interim check-in of a quota measure: its actual to date on that day, read as its shortest decimal.
     *
     * @param measureId the quota measure
     * @param date the check-in date
     * @param actualToDate the actual to date then
     * @return this builder
     */
    public EvidenceBuilder checkIn(String measureId, LocalDate date, double actualToDate) {
        return checkIn(measureId, date, Decimals.of(actualToDate, CHECK_IN));
    }

    /**
     * An earlier interim check-in of a quota measure with its exact actual to date on that day.
     *
     * @param measureId the quota measure
     * @param date the check-in date
     * @param actualToDate the actual to date then
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public EvidenceBuilder checkIn(String measureId, LocalDate date, BigDecimal actualToDate) {
        CheckIn checkIn = new CheckIn(Args.notNull(date, "check-in date"), Decimals.of(actualToDate, CHECK_IN));
        facts.checkIn(Args.notNull(measureId, MEASURE), checkIn);
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
        return facts.build();
    }
}
