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
package org.blendscore.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.blendscore.evidence.CheckIn;
import org.blendscore.evidence.Evidence;
import org.blendscore.evidence.MeasureEvidence;
import org.blendscore.evidence.MilestonesReached;
import org.blendscore.evidence.Participation;
import org.blendscore.evidence.QuotaActual;
import org.blendscore.evidence.Rating;
import org.blendscore.evidence.Ratings;
import org.blendscore.evidence.Relief;
import org.blendscore.rubric.Band;
import org.blendscore.rubric.Breakpoint;
import org.blendscore.rubric.Curve;
import org.blendscore.rubric.DateRange;
import org.blendscore.rubric.Direction;
import org.blendscore.rubric.LinearCurve;
import org.blendscore.rubric.Measure;
import org.blendscore.rubric.MissingEvidencePolicy;
import org.blendscore.rubric.QuotaMeasure;
import org.blendscore.rubric.Rubric;
import org.blendscore.rubric.Seasonality;
import org.blendscore.rubric.Section;
import org.blendscore.rubric.Target;
import org.blendscore.rubric.Tier;
import org.blendscore.rubric.TierCurve;
import org.blendscore.rubric.TierEdge;
import org.blendscore.scoring.ReferenceRubric;
import org.blendscore.scoring.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Feeds many malformed inputs (nulls, nulls inside collections, extreme and oddly written numbers,
 * dates at the edges of the calendar) to the public constructors of the rubric and evidence records
 * and to the scorer, from a fixed seed, and holds that only the library's errors come out: an
 * {@link IllegalArgumentException} (the invalid-rubric and invalid-evidence exceptions are ones), or a
 * {@link NullPointerException} whose message names what was null; never a nameless one, a
 * {@code DateTimeException} or an {@code ArithmeticException}.
 */
class PublicEntriesFuzzTest {

    private static final int TRIES = 20_000;

    private static final BigDecimal[] NUMBERS = {null, BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("100"),
        new BigDecimal("0.5"), new BigDecimal("1E+5000000"), new BigDecimal("1E-5000000"), new BigDecimal("0E-2147483647"),
        new BigDecimal("0E+2147483647"), new BigDecimal("0E-100000000"), new BigDecimal("1." + "0".repeat(5_000)),
        new BigDecimal("123456789012345678901234567890.12345678901234567890"), new BigDecimal("1E+30")};

    private static final LocalDate[] DATES = {null, LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(1), LocalDate.MIN.plusDays(1),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)};

    private static final String[] TEXTS = {null, "", " ", "new-arr", "manager", "Revenue", "x"};

    private final Random random = new Random(20260412L);
    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());
    private final Scorer quota = Scorer.of(Hostile.rubric(Hostile.curve()));
    private final Map<String, Integer> outcomes = new HashMap<>();
    private final List<String> unexpected = new ArrayList<>();

    private <T> T pick(T[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private BigDecimal number() {
        return pick(NUMBERS);
    }

    private LocalDate date() {
        return pick(DATES);
    }

    private String text() {
        return pick(TEXTS);
    }

    /** A list of a few elements from the supplier, sometimes null, sometimes with a null in it. */
    private <T> List<T> list(Supplier<T> element) {
        int kind = random.nextInt(8);
        if (kind == 0) {
            return null;
        }
        List<T> out = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(element.get());
        }
        if (kind == 1) {
            out.add(random.nextInt(out.size() + 1), null);
        }
        return out;
    }

    private DateRange range() {
        LocalDate a = date();
        LocalDate b = date();
        if (a != null && b != null && b.isBefore(a)) {
            return DateRange.of(b, a);
        }
        return random.nextInt(6) == 0 ? null : DateRange.of(a == null ? LocalDate.of(2026, 1, 1) : a, b == null ? LocalDate.of(2026, 12, 31) : b);
    }

    private Curve curve() {
        if (random.nextBoolean()) {
            return new LinearCurve(list(() -> new Breakpoint(number(), number())), random.nextInt(5) == 0 ? null
                    : Optional.ofNullable(number()), random.nextBoolean());
        }
        return new TierCurve(list(() -> new Tier(number(), Optional.ofNullable(number()), number())), TierEdge.HIGHER);
    }

    private Rubric rubric() {
        Measure m = new QuotaMeasure(text(), number(), new Target(number(), text(), org.blendscore.rubric.QuantityKind.AMOUNT),
                Direction.HIGHER_IS_BETTER, curve());
        List<Section> sections = list(() -> new Section(text(), number(), list(() -> m)));
        return new Rubric(text(), text(), range(), sections, list(() -> new Band(text(), number())), List.of(),
                MissingEvidencePolicy.LEAVE_OUT, random.nextInt(8));
    }

    private MeasureEvidence measureEvidence() {
        return switch (random.nextInt(4)) {
            case 0 -> new QuotaActual(number(), list(() -> new Relief(Relief.Kind.CREDIT, number(), "why", "cfo", date())),
                    list(() -> new CheckIn(date(), number())));
            case 1 -> new Ratings(list(() -> new Rating(text(), text(), Optional.ofNullable(number()), Optional.empty())));
            case 2 -> new MilestonesReached(random.nextBoolean() ? null : new java.util.HashSet<>(Arrays.asList("discovery-complete", text())),
                    Map.of());
            default -> null;
        };
    }

    private Evidence evidence() {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        for (String id : List.of("new-arr", "milestones", "customer-trust", "account-knowledge")) {
            if (random.nextBoolean()) {
                measures.put(id, measureEvidence());
            }
        }
        Map<String, BigDecimal> factors = new HashMap<>();
        if (random.nextInt(4) == 0) {
            factors.put(text(), number());
        }
        Participation p = random.nextBoolean() ? Participation.full()
                : new Participation(Optional.ofNullable(date()), Optional.ofNullable(date()), list(this::range), Optional.ofNullable(date()));
        return new Evidence(text(), range(), measures, Map.of(), p, factors);
    }

    private void attempt(String entry, Runnable call) {
        try {
            call.run();
            outcomes.merge(entry + " ok", 1, Integer::sum);
        } catch (NullPointerException e) {
            if (e.getMessage() == null || e.getMessage().startsWith("Cannot ")) {
                unexpected.add(entry + ": nameless " + e + " at " + e.getStackTrace()[0]);
            }
            outcomes.merge(entry + " null named", 1, Integer::sum);
        } catch (IllegalArgumentException e) {
            outcomes.merge(entry + " " + e.getClass().getSimpleName(), 1, Integer::sum);
        } catch (RuntimeException e) {
            unexpected.add(entry + ": " + e + " at " + e.getStackTrace()[0]);
        }
    }

    @Test
    void malformedInputsToEveryPublicEntryGetOnlyTheLibrarysErrors() {
        for (int i = 0; i < TRIES; i++) {
            switch (random.nextInt(6)) {
                case 0 -> attempt("rubric", this::rubric);
                case 1 -> attempt("scoring a rubric", () -> Scorer.of(rubric()).score(Hostile.actual(BigDecimal.ONE)));
                case 2 -> attempt("evidence", this::evidence);
                case 3 -> attempt("score", () -> scorer.score(evidence()));
                case 4 -> attempt("score quota", () -> quota.score(evidence()));
                default -> attempt("seasonality", () -> Seasonality.quarters(random.nextBoolean() ? random.nextInt()
                        : 2026, number(), number(), number(), number()));
            }
        }
        assertEquals("", String.join("\n", unexpected.subList(0, Math.min(20, unexpected.size()))),
                unexpected.size() + " unexpected exceptions; outcomes " + outcomes);
        // the inputs reach the checks: each entry both succeeds and fails at times
        assertTrue(outcomes.keySet().containsAll(List.of("evidence ok", "seasonality ok", "score InvalidEvidenceException", "rubric InvalidRubricException",
                "evidence null named", "score quota InvalidEvidenceException")), outcomes.toString());
    }
}
