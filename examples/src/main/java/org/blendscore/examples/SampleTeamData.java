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
package org.blendscore.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.blendscore.dsl.EvidenceBuilder;
import org.blendscore.dsl.RubricDsl;
import org.blendscore.evidence.Evidence;
import org.blendscore.rubric.DateRange;

/**
 * Loads the bundled sample team: {@code team.csv} (one row per rep: id, name, role, team) and
 * {@code evidence.csv} (one row per fact: rep id, measure, kind, key, value, note). Kinds are
 * {@code actual}, {@code reached} (key: milestone or stage), {@code count} (key: counted milestone),
 * {@code rating} and {@code na} (key: {@code source:rater}); {@code factor} (key: target factor);
 * {@code start}, {@code hired} and {@code left} (value: a date); {@code leave} (key: first day,
 * value: last day); {@code credit} and {@code target-relief} (key: {@code approver@date}, value:
 * amount, note: reason). Fields hold no commas.
 *
 * <p>A row that cannot be read is reported with its line number, not skipped.
 */
public final class SampleTeamData {

    /** A rep of the sample team with the evidence for the period. */
    public record Member(String repId, String name, String role, Evidence evidence) {
    }

    /** A row that could not be read. */
    public record BadRow(String file, int line, String problem) {
    }

    /** The team and the rows that could not be read. */
    public record Team(List<Member> members, List<BadRow> badRows) {
    }

    private SampleTeamData() {
    }

    /**
     * Loads the bundled team for a period.
     *
     * @param period the review period
     * @return the team
     */
    public static Team load(DateRange period) {
        Map<String, String[]> reps = new LinkedHashMap<>();
        Map<String, EvidenceBuilder> builders = new LinkedHashMap<>();
        List<BadRow> bad = new ArrayList<>();
        List<String[]> team = read("team.csv", 4, bad);
        for (String[] row : team) {
            reps.put(row[0], row);
            builders.put(row[0], RubricDsl.evidence(row[0]).period(period).attribute("team", row[3]).attribute("name", row[1]));
        }
        List<String[]> facts = read("evidence.csv", 6, bad);
        for (int i = 0; i < facts.size(); i++) {
            String[] f = facts.get(i);
            int line = Integer.parseInt(f[6]);
            EvidenceBuilder b = builders.get(f[0]);
            if (b == null) {
                bad.add(new BadRow("evidence.csv", line, "no rep '" + f[0] + "' in team.csv"));
                continue;
            }
            try {
                apply(b, f);
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                bad.add(new BadRow("evidence.csv", line, e.getMessage()));
            }
        }
        List<Member> members = new ArrayList<>();
        builders.forEach((id, b) -> {
            String[] rep = reps.get(id);
            try {
                members.add(new Member(id, rep[1], rep[2], b.build()));
            } catch (IllegalStateException e) {
                bad.add(new BadRow("evidence.csv", 0, e.getMessage()));
            }
        });
        return new Team(members, bad);
    }

    private static void apply(EvidenceBuilder b, String[] f) {
        String measure = f[1];
        String kind = f[2];
        String key = f[3];
        String value = f[4];
        String note = f[5];
        switch (kind) {
            case "factor" -> b.factor(key, decimal(value, "factor"));
            case "start" -> b.startedOn(LocalDate.parse(value));
            case "hired" -> b.hiredOn(LocalDate.parse(value));
            case "left" -> b.leftOn(LocalDate.parse(value));
            case "leave" -> b.leave(LocalDate.parse(key), LocalDate.parse(value));
            case "credit", "target-relief" -> {
                int at = key.indexOf('@');
                if (at < 1) {
                    throw new IllegalArgumentException("key '" + key + "' must be approver@date");
                }
                String approver = key.substring(0, at);
                LocalDate approved = LocalDate.parse(key.substring(at + 1));
                BigDecimal amount = decimal(value, kind);
                if (kind.equals("credit")) {
                    b.credit(measure, amount, note, approver, approved);
                } else {
                    b.targetRelief(measure, amount, note, approver, approved);
                }
            }
            case "actual" -> b.actual(measure, decimal(value, "actual"));
            case "reached" -> b.reached(measure, key);
            case "count" -> b.count(measure, key, decimal(value, "count").intValueExact());
            case "rating", "na" -> {
                int colon = key.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("key '" + key + "' must be source:rater");
                }
                if (kind.equals("na")) {
                    b.notApplicable(measure, key.substring(0, colon), key.substring(colon + 1));
                } else {
                    b.rating(measure, key.substring(0, colon), key.substring(colon + 1), decimal(value, "rating"));
                }
            }
            default -> throw new IllegalArgumentException("unknown kind '" + kind
                    + "'; use actual, reached, count, rating, na, factor, start, hired, left, leave, credit or target-relief");
        }
    }

    private static BigDecimal decimal(String text, String field) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a number", e);
        }
    }

    /** Reads a CSV resource; each returned row has the line number appended as an extra field. */
    private static List<String[]> read(String name, int columns, List<BadRow> bad) {
        InputStream in = SampleTeamData.class.getResourceAsStream("/sample-team/" + name);
        Objects.requireNonNull(in, "bundled resource /sample-team/" + name + " is missing");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            int line = 1;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] fields = text.split(",", -1);
                if (fields.length != columns) {
                    bad.add(new BadRow(name, line, "expected " + columns + " fields (" + header + "), found " + fields.length));
                    continue;
                }
                String[] withLine = java.util.Arrays.copyOf(fields, columns + 1);
                withLine[columns] = String.valueOf(line);
                rows.add(withLine);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled /sample-team/" + name, e);
        }
        return rows;
    }
}
