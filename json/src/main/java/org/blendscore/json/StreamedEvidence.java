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

import static org.blendscore.json.StreamTokens.MOST;
import static org.blendscore.json.StreamTokens.check;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blendscore.evidence.ActualBasis;
import org.blendscore.evidence.BasisPart;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.EvidenceLimits;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.rubric.DateRange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast path of reading a {@value JsonFormat#EVIDENCE} document: tokens straight from Jackson's
 * {@link JsonParser} into the evidence, with no tree, no cursor and no pointer. It reads only a document
 * that is right in every respect, under the same {@link JsonLimits} (the parser enforces the length,
 * depth, string and number limits; the counts are checked here) and the same checks as
 * {@link EvidenceReader}. At the first thing it does not expect (a problem, a duplicate member, a count
 * over its limit, or a part it leaves to the tree reader: reliefs, check-ins, leaves, a measure whose
 * {@code "kind"} is not its first member) it gives up and returns {@code null}; the caller then
 * reads the document with {@link EvidenceReader}, which finds and names every problem with its pointer.
 * So a good document costs one streaming pass, and a bad one at most one more, linear in its length.
 */
final class StreamedEvidence {

    private final JsonParser in;
    private final JsonLimits limits;
    private final StreamTokens tokens;
    private int ratings;

    private StreamedEvidence(JsonParser in, DocumentParser parser) {
        this.in = in;
        this.limits = parser.limits();
        this.tokens = new StreamTokens(in, parser);
    }

    /** The evidence of a document that is right in every respect, or {@code null} (then read it with the tree). */
    static Evidence read(DocumentParser parser, String json) {
        if (json.length() > parser.limits().maxDocumentLength()) {
            return null;
        }
        return read(parser, parser.stream(json));
    }

    /** As {@link #read(DocumentParser, String)}, of a document in {@code chars[0, length)}, read in place. */
    static Evidence read(DocumentParser parser, char[] chars, int length) {
        if (length > parser.limits().maxDocumentLength()) {
            return null;
        }
        return read(parser, parser.stream(chars, length));
    }

    private static Evidence read(DocumentParser parser, JsonParser stream) {
        try (JsonParser in = stream) {
            return new StreamedEvidence(in, parser).document();
        } catch (StreamTokens.GiveUp | JacksonException | IllegalArgumentException | NullPointerException | DateTimeException e) {
            return null;
        }
    }

    private Evidence document() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        boolean format = false;
        String subject = null;
        DateRange period = null;
        Map<String, MeasureEvidence> measures = null;
        Map<String, String> attributes = null;
        Map<String, BigDecimal> factors = null;
        Participation participation = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            switch (name) {
                case "format" -> {
                    check(!format);
                    format = tokens.is(JsonFormat.EVIDENCE);
                }
                case "subjectId" -> {
                    check(subject == null);
                    subject = tokens.text();
                }
                case "period" -> {
                    check(period == null);
                    period = tokens.range();
                }
                case "measures" -> {
                    check(measures == null);
                    measures = measures();
                }
                case "attributes" -> {
                    check(attributes == null);
                    attributes = tokens.texts();
                }
                case "factors" -> {
                    check(factors == null);
                    factors = tokens.decimals();
                }
                case "participation" -> {
                    check(participation == null);
                    participation = participation();
                }
                default -> throw StreamTokens.GIVE_UP;
            }
        }
        check(in.currentToken() == JsonToken.END_OBJECT && in.nextToken() == null);
        check(format && subject != null && period != null && measures != null);
        return new Evidence(subject, period, measures, attributes == null ? Map.of() : attributes,
                participation == null ? Participation.full() : participation,
                factors == null ? Map.of() : factors);
    }

    private Map<String, MeasureEvidence> measures() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        Map<String, MeasureEvidence> out = new LinkedHashMap<>();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            check(out.size() < limits.maxMeasures() && out.put(name, measure()) == null);
        }
        return out;
    }

    private MeasureEvidence measure() {
        check(in.nextToken() == JsonToken.START_OBJECT && "kind".equals(in.nextName()));
        tokens.string();
        if (tokens.equal("quota")) {
            return quota();
        } else if (tokens.equal("milestones")) {
            return milestones();
        }
        check(tokens.equal("ratings"));
        return ratingsOf();
    }

    private QuotaActual quota() {
        BigDecimal actual = null;
        boolean reliefs = false;
        boolean checkIns = false;
        ActualBasis basis = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if (name.equals("actual") && actual == null) {
                actual = tokens.decimal();
            } else if (name.equals("basis") && basis == null) {
                basis = basis();
            } else if (name.equals("reliefs") && !reliefs) {
                reliefs = true;
                tokens.empty();
            } else {
                check(name.equals("checkIns") && !checkIns);
                checkIns = true;
                tokens.empty();
            }
        }
        check(actual != null);
        return new QuotaActual(actual, List.of(), List.of(), Optional.ofNullable(basis));
    }

    /** An actual's basis, its texts within {@link EvidenceLimits} and at most {@code MOST} parts. */
    private ActualBasis basis() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        String text = null;
        List<BasisPart> parts = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if (name.equals("text") && text == null) {
                text = tokens.limited(EvidenceLimits.MAX_TEXT_LENGTH);
            } else {
                check(name.equals("parts") && parts == null);
                parts = basisParts();
            }
        }
        check(text != null);
        return new ActualBasis(text, parts == null ? List.of() : parts);
    }

    private List<BasisPart> basisParts() {
        check(in.nextToken() == JsonToken.START_ARRAY);
        List<BasisPart> parts = new ArrayList<>();
        for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
            check(t == JsonToken.START_OBJECT && parts.size() < MOST);
            String label = null;
            BigDecimal amount = null;
            String detail = null;
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                if (name.equals("label") && label == null) {
                    label = tokens.limited(EvidenceLimits.MAX_ID_LENGTH);
                } else if (name.equals("amount") && amount == null) {
                    amount = tokens.decimal();
                } else {
                    check(name.equals("detail") && detail == null);
                    detail = tokens.limited(EvidenceLimits.MAX_TEXT_LENGTH);
                }
            }
            check(label != null && amount != null);
            parts.add(new BasisPart(label, amount, detail == null ? "" : detail));
        }
        return parts;
    }

    /** Participation with its dates but no leaves (leaves are left to the tree reader). */
    private Participation participation() {
        check(in.nextToken() == JsonToken.START_OBJECT);
        Optional<LocalDate> start = null;
        Optional<LocalDate> end = null;
        Optional<LocalDate> hired = null;
        boolean leaves = false;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            switch (name) {
                case "start" -> {
                    check(start == null);
                    start = Optional.of(tokens.date());
                }
                case "end" -> {
                    check(end == null);
                    end = Optional.of(tokens.date());
                }
                case "hired" -> {
                    check(hired == null);
                    hired = Optional.of(tokens.date());
                }
                case "leaves" -> {
                    check(!leaves);
                    leaves = true;
                    tokens.empty();
                }
                default -> throw StreamTokens.GIVE_UP;
            }
        }
        return new Participation(start == null ? Optional.empty() : start, end == null ? Optional.empty() : end, List.of(),
                hired == null ? Optional.empty() : hired);
    }

    private MilestonesReached milestones() {
        Set<String> reached = null;
        Map<String, Integer> counts = null;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if (name.equals("reached") && reached == null) {
                check(in.nextToken() == JsonToken.START_ARRAY);
                reached = new HashSet<>();
                for (String m = in.nextStringValue(); m != null; m = in.nextStringValue()) {
                    check(reached.size() < MOST && reached.add(m));
                }
                check(in.currentToken() == JsonToken.END_ARRAY);
            } else if (name.equals("counts") && counts == null) {
                check(in.nextToken() == JsonToken.START_OBJECT);
                counts = new LinkedHashMap<>();
                for (String m = in.nextName(); m != null; m = in.nextName()) {
                    check(in.nextToken() == JsonToken.VALUE_NUMBER_INT && in.getNumberType() == JsonParser.NumberType.INT);
                    check(counts.size() < MOST && counts.put(m, in.getIntValue()) == null);
                }
            } else {
                throw StreamTokens.GIVE_UP;
            }
        }
        return new MilestonesReached(reached == null ? Set.of() : reached, counts == null ? Map.of() : counts);
    }

    private Ratings ratingsOf() {
        check("ratings".equals(in.nextName()) && in.nextToken() == JsonToken.START_ARRAY);
        java.util.ArrayList<Rating> list = new java.util.ArrayList<>();
        for (JsonToken t = in.nextToken(); t != JsonToken.END_ARRAY; t = in.nextToken()) {
            check(t == JsonToken.START_OBJECT && ++ratings <= limits.maxRatings());
            list.add(rating());
        }
        check(in.nextName() == null);
        return new Ratings(list);
    }

    private Rating rating() {
        String rater = null;
        String source = null;
        Optional<BigDecimal> value = null;
        Optional<String> comment = Optional.empty();
        boolean commented = false;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            switch (name) {
                case "raterId" -> {
                    check(rater == null);
                    rater = tokens.recent();
                }
                case "source" -> {
                    check(source == null);
                    source = tokens.recent();
                }
                case "value" -> {
                    check(value == null);
                    tokens.string();
                    value = tokens.equal(EvidenceReader.NOT_APPLICABLE) ? Optional.empty() : Optional.of(tokens.currentDecimal());
                }
                case "comment" -> {
                    check(!commented);
                    commented = true;
                    comment = Optional.of(tokens.text());
                }
                default -> throw StreamTokens.GIVE_UP;
            }
        }
        check(rater != null && source != null && value != null);
        return new Rating(rater, source, value, comment);
    }

}
