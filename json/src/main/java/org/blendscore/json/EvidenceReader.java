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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.DateRange;

/**
 * Reads a {@value JsonFormat#EVIDENCE} document. A measure's evidence is chosen by its {@code "kind"}
 * ({@code "quota"}, {@code "milestones"} or {@code "ratings"}); the counts of measures and ratings
 * are checked before any rating is read.
 */
final class EvidenceReader {

    private static final Set<String> QUOTA_MEMBERS = Set.of("kind", "actual", "reliefs", "checkIns", "basis");
    private static final Set<String> BASIS_MEMBERS = Set.of("text", "parts");
    private static final Set<String> BASIS_PART_MEMBERS = Set.of("label", "amount", "detail");
    private static final Set<String> MILESTONES_MEMBERS = Set.of("kind", "reached", "counts");
    private static final Set<String> RATINGS_MEMBERS = Set.of("kind", "ratings");
    private static final Set<String> RATING_MEMBERS = Set.of("raterId", "source", "value", "comment");
    private static final Set<String> RELIEF_MEMBERS = Set.of("kind", "amount", "reason", "approver", "approved", "part");
    private static final Set<String> CHECK_IN_MEMBERS = Set.of("date", "actualToDate");
    private static final Set<String> PARTICIPATION_MEMBERS = Set.of("start", "end", "leaves", "hired");

    static final Set<String> MEMBERS = Set.of("format", "subjectId", "period", "measures", "attributes", "participation",
            "factors");
    private static final Map<String, String> KINDS = Names.closed("quota", "milestones", "ratings");
    static final String NOT_APPLICABLE = "n/a";
    private static final int MOST = 10_000;

    private EvidenceReader() {
    }

    static Evidence evidence(Cursor in) {
        Evidence evidence = embedded(in);
        in.problems().throwIfAny();
        return evidence;
    }

    /** Evidence inside another document (a rubric's verification case): {@code null} when bad, problems recorded, nothing thrown. */
    static Evidence embedded(Cursor in) {
        if (!in.object(MEMBERS)) {
            return null;
        }
        String subject = in.required("subjectId", Cursor::text);
        DateRange period = in.required("period", TargetRulesReader::range);
        Map<String, MeasureEvidence> measures = in.required("measures", EvidenceReader::measures);
        Map<String, String> attributes = Parts.orElse(in.optional("attributes", c -> map(c, MOST, "attributes", Cursor::text)),
                Map.of());
        Participation participation = Parts.orElse(in.optional("participation", EvidenceReader::participation),
                Participation.full());
        Map<String, BigDecimal> factors = Parts.orElse(in.optional("factors", c -> map(c, MOST, "factors", Cursor::decimal)),
                Map.of());
        return Parts.build(in, () -> new Evidence(subject, period, measures, attributes, participation, factors),
                subject, period, measures, attributes, participation, factors);
    }

    private static Map<String, MeasureEvidence> measures(Cursor in) {
        Map<String, Cursor> members = in.members();
        if (members == null) {
            return null;
        }
        JsonLimits limits = in.limits();
        if (members.size() > limits.maxMeasures()) {
            in.problem(Messages.tooMany("measures", members.size(), limits.maxMeasures()));
            return null;
        }
        int ratings = 0;
        for (Cursor m : members.values()) {
            Cursor list = m.isObject() ? m.optional("ratings") : null;
            ratings += list == null ? 0 : list.size();
        }
        if (ratings > limits.maxRatings()) {
            in.problem(Messages.tooMany("ratings in all measures", ratings, limits.maxRatings()));
            return null;
        }
        return map(in, limits.maxMeasures(), "measures", EvidenceReader::measure);
    }

    private static MeasureEvidence measure(Cursor in) {
        if (!in.isObject()) {
            return null;
        }
        String kind = in.required("kind", c -> c.oneOf(KINDS));
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case "quota" -> {
                in.object(QUOTA_MEMBERS);
                BigDecimal actual = in.required("actual", Cursor::decimal);
                List<Relief> reliefs = Parts.orElse(in.optional("reliefs", c -> c.list(MOST, "reliefs", EvidenceReader::relief)),
                        List.of());
                List<CheckIn> checkIns = Parts.orElse(in.optional("checkIns",
                        c -> c.list(MOST, "check-ins", EvidenceReader::checkIn)), List.of());
                Optional<ActualBasis> basis = in.optional("basis", EvidenceReader::basis);
                return Parts.build(in, () -> new QuotaActual(actual, reliefs, checkIns, basis), actual, reliefs, checkIns, basis);
            }
            case "milestones" -> {
                in.object(MILESTONES_MEMBERS);
                List<String> reachedList = Parts.orElse(in.optional("reached",
                        c -> c.list(MOST, "milestones reached", Cursor::text)), List.of());
                Set<String> reached = TargetRulesReader.unique(in, "reached", "milestone", reachedList);
                Map<String, Integer> counts = Parts.orElse(in.optional("counts", c -> map(c, MOST, "counts", Cursor::integer)),
                        Map.of());
                return Parts.build(in, () -> new MilestonesReached(reached, counts), reached, counts);
            }
            default -> {
                in.object(RATINGS_MEMBERS);
                List<Rating> ratings = in.required("ratings", c -> c.list(in.limits().maxRatings(), "ratings",
                        EvidenceReader::rating));
                return Parts.build(in, () -> new Ratings(ratings), ratings);
            }
        }
    }

    private static Rating rating(Cursor in) {
        if (!in.object(RATING_MEMBERS)) {
            return null;
        }
        String rater = in.required("raterId", Cursor::text);
        String source = in.required("source", Cursor::text);
        Optional<BigDecimal> value = in.required("value", EvidenceReader::ratingValue);
        Optional<String> comment = in.optional("comment", Cursor::text);
        return Parts.build(in, () -> new Rating(rater, source, value, comment), rater, source, value, comment);
    }

    /** A rating's value: a decimal written as a JSON string, or {@code "n/a"} for not applicable. */
    static Optional<BigDecimal> ratingValue(Cursor in) {
        if (in.node().isString() && in.node().stringValue().equals(NOT_APPLICABLE)) {
            return Optional.empty();
        }
        if (in.node().isString() && Decimals.problem(in.node().stringValue(), in.limits().maxNumberLength()) != null
                && in.node().stringValue().length() <= in.limits().maxNumberLength()) {
            in.problem(Messages.notRatingValue(in.node().stringValue()));
            return null;
        }
        BigDecimal value = in.decimal();
        return value == null ? null : Optional.of(value);
    }

    private static Relief relief(Cursor in) {
        if (!in.object(RELIEF_MEMBERS)) {
            return null;
        }
        Relief.Kind kind = in.required("kind", c -> c.enumOf(Relief.Kind.class));
        BigDecimal amount = in.required("amount", Cursor::decimal);
        String reason = in.required("reason", Cursor::text);
        String approver = in.required("approver", Cursor::text);
        LocalDate approved = in.required("approved", Cursor::date);
        Optional<DateRange> part = in.optional("part", TargetRulesReader::range);
        return Parts.build(in, () -> new Relief(kind, amount, reason, approver, approved, part),
                kind, amount, reason, approver, approved, part);
    }

    /** An actual's basis: its text and parts, each text within {@link EvidenceLimits}. */
    private static ActualBasis basis(Cursor in) {
        if (!in.object(BASIS_MEMBERS)) {
            return null;
        }
        String text = in.required("text", c -> limited(c, "basis text", EvidenceLimits.MAX_TEXT_LENGTH));
        List<BasisPart> parts = Parts.orElse(in.optional("parts", c -> c.list(MOST, "basis parts", EvidenceReader::basisPart)),
                List.of());
        return Parts.build(in, () -> new ActualBasis(text, parts), text, parts);
    }

    private static BasisPart basisPart(Cursor in) {
        if (!in.object(BASIS_PART_MEMBERS)) {
            return null;
        }
        String label = in.required("label", c -> limited(c, "basis part label", EvidenceLimits.MAX_ID_LENGTH));
        BigDecimal amount = in.required("amount", Cursor::decimal);
        String detail = Parts.orElse(in.optional("detail", c -> limited(c, "basis part detail", EvidenceLimits.MAX_TEXT_LENGTH)), "");
        return Parts.build(in, () -> new BasisPart(label, amount, detail), label, amount, detail);
    }

    /** A string of at most {@code most} characters; {@code null} (a problem recorded) when longer or not a string. */
    private static String limited(Cursor in, String what, int most) {
        String text = in.text();
        if (text != null && text.length() > most) {
            in.problem(Messages.textTooLong(what, text.length(), most));
            return null;
        }
        return text;
    }

    private static CheckIn checkIn(Cursor in) {
        if (!in.object(CHECK_IN_MEMBERS)) {
            return null;
        }
        LocalDate date = in.required("date", Cursor::date);
        BigDecimal actual = in.required("actualToDate", Cursor::decimal);
        return Parts.build(in, () -> new CheckIn(date, actual), date, actual);
    }

    private static Participation participation(Cursor in) {
        if (!in.object(PARTICIPATION_MEMBERS)) {
            return null;
        }
        Optional<LocalDate> start = in.optional("start", Cursor::date);
        Optional<LocalDate> end = in.optional("end", Cursor::date);
        List<DateRange> leaves = Parts.orElse(in.optional("leaves", c -> c.list(MOST, "leaves", TargetRulesReader::range)),
                List.of());
        Optional<LocalDate> hired = in.optional("hired", Cursor::date);
        return Parts.build(in, () -> new Participation(start, end, leaves, hired), start, end, leaves, hired);
    }

    /** An object's members read with {@code read}, in document order; {@code null} if any is bad. */
    static <T> Map<String, T> map(Cursor in, int most, String what, Function<Cursor, T> read) {
        Map<String, Cursor> members = in.members();
        if (members == null) {
            return null;
        }
        if (members.size() > most) {
            in.problem(Messages.tooMany(what, members.size(), most));
            return null;
        }
        Map<String, T> out = new LinkedHashMap<>();
        boolean bad = false;
        for (Map.Entry<String, Cursor> e : members.entrySet()) {
            T value = read.apply(e.getValue());
            bad |= value == null;
            out.put(e.getKey(), value);
        }
        return bad ? null : out;
    }
}
