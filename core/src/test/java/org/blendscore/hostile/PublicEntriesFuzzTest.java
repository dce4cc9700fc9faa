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
import java.math.BigInteger;
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
import org.blendscore.funnel.ActivityFunnel;
import org.blendscore.funnel.ConversionHistory;
import org.blendscore.funnel.FunnelStage;
import org.blendscore.impact.AdverseImpact;
import org.blendscore.impact.Outcome;
import org.blendscore.impact.TwoByTwo;
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
 * and to the scorer, the activity funnel and the adverse-impact analysis, from a fixed seed, and holds that only the library's errors come out: an
 * {@link IllegalArgumentException} (the invalid-rubric and invalid-evidence exceptions are ones), or a
 * {@link NullPointerException} whose message names what was null; never a nameless one, a
 * {@code DateTimeException} or an {@code ArithmeticException}.
 */
class PublicEntriesFuzzTest {

    private static final int TRIES = 20_000;

    /** Numbers: one null, the usual ones (a rating's 1 to 5 among them) and the extreme ones. */
    private static final BigDecimal[] NUMBERS = {null, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("3"),
        new BigDecimal("3"), new BigDecimal("4"), new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("750000"), new BigDecimal("1200000"),
        new BigDecimal("-1"), new BigDecimal("100"),
        new BigDecimal("0.5"), new BigDecimal("1E+5000000"), new BigDecimal("1E-5000000"), new BigDecimal("0E-2147483647"),
        new BigDecimal("0E+2147483647"), new BigDecimal("0E-100000000"), new BigDecimal("1." + "0".repeat(5_000)),
        new BigDecimal("123456789012345678901234567890.12345678901234567890"), new BigDecimal("1E+30")};

    private static final LocalDate[] DATES = {null, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30), LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(1), LocalDate.MIN.plusDays(1),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)};

    private static final String[] TEXTS = {null, "", " ", "new-arr", "manager", "manager", "customer", "customer", "Revenue", "x", "sam", "ann",
        "bob", "discovery-complete"};

    /** The group labels of the subjects of the impact entries. */
    private static final String[] GROUPS = {"a", "b", "c"};

    private final Random random = new Random(20260412L);
    private final Scorer scorer = Scorer.of(ReferenceRubric.rubric());
    private final Scorer quota = Scorer.of(Hostile.rubric(Hostile.curve()));
    private final List<org.blendscore.review.Review> reviews = new ArrayList<>();
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

    /** A list of a few elements from the supplier, empty half the time, null one time in 16, with a null in it one time in 16. */
    private <T> List<T> list(Supplier<T> element) {
        int kind = random.nextInt(16);
        if (kind == 0) {
            return null;
        }
        List<T> out = new ArrayList<>();
        int n = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(element.get());
        }
        if (kind == 1) {
            out.add(random.nextInt(out.size() + 1), null);
        }
        return out;
    }

    private DateRange range() {
        if (random.nextBoolean()) {
            return HostileFixtures.YEAR;
        }
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

    /** Evidence for a measure of the reference rubric: of the measure's family three times in four, of any (or null) else. */
    private MeasureEvidence measureEvidence(String measureId) {
        int kind = random.nextInt(16);
        if (kind >= 4) {
            kind = switch (measureId) {
                case "new-arr" -> 0;
                case "milestones" -> 2;
                default -> 1;
            };
        }
        return switch (kind) {
            case 0 -> new QuotaActual(number(), list(() -> new Relief(Relief.Kind.CREDIT, number(), "why", "cfo", date())),
                    list(() -> new CheckIn(date(), number())));
            case 1 -> new Ratings(list(() -> new Rating(text(), text(), Optional.ofNullable(number()), Optional.empty())));
            case 2 -> new MilestonesReached(random.nextBoolean() ? null : new java.util.HashSet<>(Arrays.asList("discovery-complete", random.nextBoolean() ? "referral-secured" : text())),
                    Map.of());
            default -> null;
        };
    }

    private Evidence evidence() {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        for (String id : List.of("new-arr", "milestones", "customer-trust", "account-knowledge")) {
            if (random.nextBoolean()) {
                measures.put(id, measureEvidence(id));
            }
        }
        Map<String, BigDecimal> factors = new HashMap<>();
        if (random.nextInt(4) == 0) {
            factors.put(text(), number());
        }
        Participation p = random.nextInt(4) > 0 ? Participation.full()
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

    /** A funnel of a few stages from the pools, planned for a quota from the pools. */
    private void funnel() {
        ActivityFunnel funnel = new ActivityFunnel(number(), list(() -> random.nextBoolean()
                ? FunnelStage.of(text(), random.nextInt(5) - 1, random.nextInt(5) - 1)
                : new FunnelStage(text(), random.nextInt(8) == 0 ? null : BigInteger.valueOf(random.nextInt(3)), BigInteger.TWO)));
        funnel.plan(number(), random.nextInt(60) - 4);
    }

    /** A conversion history of a few records, turned into a funnel. */
    private void history() {
        List<String> activities = random.nextInt(4) == 0 ? list(this::text) : List.of("calls");
        List<Map<String, Long>> records = list(() -> {
            Map<String, Long> counts = new HashMap<>(Map.of("calls", 10L + random.nextInt(10), "won", (long) random.nextInt(4)));
            counts.put(text(), random.nextInt(4) == 0 ? null : (long) random.nextInt(5) - 1);
            return counts;
        });
        new ConversionHistory(activities, records).funnel(ConversionHistory.Tier.values()[random.nextInt(ConversionHistory.Tier.values().length)],
                number());
    }

    /** An analysis of the reviews scored so far (some null among them), by groups from the pools, for an outcome from the pools. */
    private void impact() {
        List<org.blendscore.review.Review> some = new ArrayList<>(reviews.subList(0, Math.min(reviews.size(), random.nextInt(6))));
        if (random.nextInt(16) == 0) {
            some.add(null);
        }
        Map<String, String> groups = new HashMap<>();
        for (org.blendscore.review.Review r : reviews) {
            if (random.nextInt(16) > 0) {
                groups.put(r.subjectId(), random.nextInt(16) == 0 ? " " : pick(GROUPS));
            }
        }
        Outcome outcome = switch (random.nextInt(4)) {
            case 0 -> Outcome.overallAtLeast(number());
            case 1 -> Outcome.topPercent(number());
            case 2 -> Outcome.bandAtLeast(ReferenceRubric.rubric(), text());
            default -> null;
        };
        AdverseImpact.of(random.nextInt(16) == 0 ? null : some, groups, outcome, random.nextInt(4) - 1).render();
    }

    /** A 2x2 table of counts from small, negative and huge ones. */
    private void table() {
        long[] cells = {0, 1, 2, -1, Long.MAX_VALUE, Long.MAX_VALUE / 2, 1_000_000_000_000L};
        TwoByTwo t = random.nextBoolean() ? new TwoByTwo(pick(cells), pick(cells), pick(cells), pick(cells))
                : TwoByTwo.ofGroups(pick(cells), pick(cells), pick(cells), pick(cells));
        t.twoSidedP();
        t.fisherExactTwoSided();
    }

    private long pick(long[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    @Test
    void malformedInputsToEveryPublicEntryGetOnlyTheLibrarysErrors() {
        for (int i = 0; i < TRIES; i++) {
            switch (random.nextInt(10)) {
                case 0 -> attempt("rubric", this::rubric);
                case 1 -> attempt("scoring a rubric", () -> Scorer.of(rubric()).score(Hostile.actual(BigDecimal.ONE)));
                case 2 -> attempt("evidence", this::evidence);
                case 3 -> attempt("score", () -> reviews.add(scorer.score(evidence())));
                case 4 -> attempt("score quota", () -> quota.score(evidence()));
                case 5 -> attempt("funnel", this::funnel);
                case 6 -> attempt("history", this::history);
                case 7 -> attempt("impact", this::impact);
                case 8 -> attempt("two by two", this::table);
                default -> attempt("seasonality", () -> Seasonality.quarters(random.nextBoolean() ? random.nextInt()
                        : 2026, number(), number(), number(), number()));
            }
        }
        assertEquals("", String.join("\n", unexpected.subList(0, Math.min(20, unexpected.size()))),
                unexpected.size() + " unexpected exceptions; outcomes " + outcomes);
        // the inputs reach the checks: each entry both succeeds and fails at times
        assertTrue(outcomes.keySet().containsAll(List.of("evidence ok", "seasonality ok", "score InvalidEvidenceException", "rubric InvalidRubricException",
                "evidence null named", "score quota InvalidEvidenceException", "score ok", "funnel ok", "funnel IllegalArgumentException",
                "funnel null named", "history ok", "history IllegalArgumentException", "impact ok", "impact IllegalArgumentException",
                "impact null named", "two by two ok", "two by two IllegalArgumentException")), outcomes.toString());
        // some records are scored, not only rejected: the pools reach the scoring, not just the first check
        assertTrue(outcomes.get("score ok") >= 20, outcomes.toString());
    }
}
