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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.junit.jupiter.api.Test;

/**
 * The fast fingerprint ({@link Fingerprinter}, and {@link Fingerprint#of} through it) writes the
 * canonical form {@code blendscore-evidence-v1} byte for byte as {@link FingerprintReference}, the
 * implementation it replaced, and so gives the same SHA-256.
 */
class FingerprintTest {

    private static final DateRange YEAR = DateRange.year(2025);

    @Test
    void aReusedFingerprinterWritesTheReferenceFormOfAnyEvidence() {
        Fingerprinter reused = new Fingerprinter();
        qt().withExamples(3000).forAll(RandomEvidence.evidence()).checkAssert(e -> {
            String reference = FingerprintReference.canonicalForm(e);
            assertArrayEquals(reference.getBytes(StandardCharsets.UTF_8), reused.canonicalForm(e), reference);
            String hex = FingerprintReference.of(e);
            assertEquals(hex, reused.of(e), reference);
            assertEquals(hex, Fingerprint.of(e), reference);
        });
    }

    @Test
    void decimalsAreWrittenAsTheReferenceWritesThem() {
        CanonicalBytes out = new CanonicalBytes();
        qt().withExamples(5000).forAll(RandomEvidence.decimals()).checkAssert(d -> {
            assertWrittenAsReference(out, d);
        });
    }

    @Test
    void decimalsAtTheEdgesOfTheFastPath() {
        List<BigDecimal> edges = new ArrayList<>();
        for (long unscaled : new long[] {1, -1, 7, 10, -10, 999_999_999_999_999_999L, -999_999_999_999_999_999L,
                100_000_000_000_000_000L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            for (int scale : new int[] {-66, -65, -64, -63, -1, 0, 1, 2, 17, 18, 19, 63, 64, 65, 66, 83, 84, 85}) {
                edges.add(BigDecimal.valueOf(unscaled, scale));
            }
        }
        edges.add(new BigDecimal("0E+5"));
        edges.add(new BigDecimal("0.000"));
        edges.add(new BigDecimal("-0.0"));
        edges.add(new BigDecimal("1E+3"));
        edges.add(new BigDecimal("1.50"));
        edges.add(new BigDecimal("123456789012345678901234567890.1200"));
        CanonicalBytes out = new CanonicalBytes();
        for (BigDecimal d : edges) {
            assertWrittenAsReference(out, d);
        }
    }

    @Test
    void textIsWrittenAsStringGetBytesWritesIt() {
        CanonicalBytes out = new CanonicalBytes();
        qt().withExamples(3000).forAll(RandomEvidence.strings()).checkAssert(s -> {
            out.reset();
            out.text(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out.array(), out.size()), s);
        });
        for (String s : List.of("", "\uD800", "\uDC00", "\uD800\uD800\uDC00", "\uDC00\uD800", "x\uD83D", "\uD83D\uDE00\uD83D")) {
            out.reset();
            out.text(s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(out.array(), out.size()), s);
        }
    }

    @Test
    void datesAreWrittenAsLocalDateToStringWritesThem() {
        CanonicalBytes out = new CanonicalBytes();
        for (int year : new int[] {-1_000_000, -10_000, -9999, -1000, -999, -1, 0, 1, 9, 99, 999, 1000, 2025, 9999, 10_000, 1_000_000}) {
            for (LocalDate d : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 2, 9))) {
                out.reset();
                out.date(d);
                assertEquals(d.toString(), written(out));
            }
        }
    }

    @Test
    void theCanonicalFormOfABenchLikeRecord() {
        Evidence e = benchLike();
        String form = """
                blendscore-evidence-v1
                subject 5:rep-7
                period 2025-01-01 2025-12-31
                quota 5:calls 160
                milestones 10:milestones
                  reached 6:launch
                  reached 10:onboarding
                quota 7:new-arr 1234567.8
                ratings 13:peer-feedback
                  8:customer 2:c1 4
                  4:peer 2:p1 N/A
                  4:peer 2:p2 3
                """;
        assertEquals(form, FingerprintReference.canonicalForm(e));
        assertEquals(form, new String(new Fingerprinter().canonicalForm(e), StandardCharsets.UTF_8));
        assertEquals("b7c792866d76f0d270854b6fde8128f059bf0a706d87ed9c047d4f801ef78c02", FingerprintReference.of(e));
        assertEquals(FingerprintReference.of(e), Fingerprint.of(e));
    }

    @Test
    void fixedEvidenceKeepsItsFingerprint() {
        Fingerprinter f = new Fingerprinter();
        assertEquals("b7c792866d76f0d270854b6fde8128f059bf0a706d87ed9c047d4f801ef78c02", f.of(benchLike()));
        assertEquals("b7c792866d76f0d270854b6fde8128f059bf0a706d87ed9c047d4f801ef78c02", f.of(benchLike()));
        assertEquals("b7c792866d76f0d270854b6fde8128f059bf0a706d87ed9c047d4f801ef78c02", f.of(benchLike()));
        assertEquals("829bf73236bc7b9a37c5d18cd5a9fba5604f23b1d4c29ce7f2bcc0ffa8652e5a", f.of(everyKind()));
        assertEquals("b7c792866d76f0d270854b6fde8128f059bf0a706d87ed9c047d4f801ef78c02", f.of(benchLike()));
    }

    @Test
    void evidenceWithEveryKindOfPiece() {
        Evidence e = everyKind();
        assertEquals("829bf73236bc7b9a37c5d18cd5a9fba5604f23b1d4c29ce7f2bcc0ffa8652e5a", FingerprintReference.of(e));
        assertEquals(FingerprintReference.of(e), new Fingerprinter().of(e));
    }

    @Test
    void reliefsSortAsStringsWhereUtf8WouldSortThemOtherwise() {
        // U+1F600 is a surrogate pair: before U+E000 as UTF-16 (how the lines are sorted), after it as UTF-8
        LocalDate day = LocalDate.of(2025, 4, 2);
        for (List<String> reasons : List.of(List.of("\uD83D\uDE00", "\uE000a"), List.of("\uE000a", "\uD83D\uDE00"),
                List.of("\uD800x", "?x", "\uDFFFx"))) {
            List<Relief> reliefs = new ArrayList<>();
            for (String reason : reasons) {
                reliefs.add(new Relief(Relief.Kind.CREDIT, BigDecimal.ONE, reason, "Bo", day));
            }
            Evidence e = Evidence.of("rep-1", YEAR, Map.of("new-arr", new QuotaActual(BigDecimal.TEN, reliefs, List.of())));
            assertEquals(FingerprintReference.of(e), new Fingerprinter().of(e), reasons::toString);
        }
    }

    @Test
    void consecutiveEvidenceWithTheSameOrOtherMeasureIds() {
        Fingerprinter f = new Fingerprinter();
        MeasureEvidence quota = QuotaActual.of("12.50");
        MeasureEvidence milestones = MilestonesReached.of("b", "a");
        for (List<String> ids : List.<List<String>>of(List.of("m1", "m2"), List.of("m1", "m2"), List.of("m1", "m3"), List.of("m3", "m1"),
                List.of("m2", "m3"), List.of("m1"), List.of(), List.of("m3", "m2", "m1"), List.of("m1", "m2", "m3"))) {
            for (MeasureEvidence evidence : List.of(quota, milestones)) {
                Map<String, MeasureEvidence> measures = new HashMap<>();
                ids.forEach(id -> measures.put(new String(id.toCharArray()), evidence));
                Map<String, BigDecimal> factors = new HashMap<>();
                ids.forEach(id -> factors.put(id, BigDecimal.ONE));
                Evidence e = Evidence.of("rep-1", YEAR, measures).withFactors(factors);
                assertEquals(FingerprintReference.of(e), f.of(e), ids::toString);
            }
        }
    }

    @Test
    void aLargeFormAndThenASmallOne() {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            List<Rating> ratings = new ArrayList<>();
            for (int j = 0; j < 40; j++) {
                ratings.add(Rating.of("rater-" + (j * 7919 % 40), "source-" + (j % 3), j % 5 + 1).withComment("é".repeat(j)));
            }
            measures.put("measure-" + i, new Ratings(ratings));
        }
        Evidence large = Evidence.of("rep-large", YEAR, measures);
        Fingerprinter f = new Fingerprinter();
        assertEquals(FingerprintReference.of(large), f.of(large));
        assertEquals(FingerprintReference.of(benchLike()), f.of(benchLike()));
        assertEquals(FingerprintReference.of(large), f.of(large));
    }

    private static Evidence benchLike() {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        measures.put("new-arr", new QuotaActual(new BigDecimal("1234567.80")));
        measures.put("calls", new QuotaActual(new BigDecimal("160")));
        measures.put("milestones", MilestonesReached.of("onboarding", "launch"));
        measures.put("peer-feedback", Ratings.of(Rating.of("p2", "peer", 3), Rating.notApplicable("p1", "peer"),
                Rating.of("c1", "customer", 4)));
        return Evidence.of("rep-7", YEAR, measures);
    }

    private static Evidence everyKind() {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        measures.put("new-arr", new QuotaActual(new BigDecimal("1E+6"),
                List.of(new Relief(Relief.Kind.TARGET, new BigDecimal("25000.00"), "territory moved", "Ana Müller", LocalDate.of(2025, 4, 2)),
                        new Relief(Relief.Kind.CREDIT, new BigDecimal("0.50"), "deal \uD83D\uDE00 split", "Bo", LocalDate.of(2025, 5, 1))),
                List.of(new CheckIn(LocalDate.of(2025, 6, 30), new BigDecimal("500000.000")),
                        new CheckIn(LocalDate.of(2025, 3, 31), new BigDecimal("0.00")))));
        measures.put("milestones", new MilestonesReached(Set.of("日本", "launch", ""), Map.of("demos", 3, "calls", 0)));
        measures.put("trust", Ratings.of(Rating.of("r1", "customer", new BigDecimal("4.0")).withComment("très bien"),
                Rating.of("r1", "customer", 4), Rating.notApplicable("r1", "customer").withComment(""),
                new Rating("r1", "customer", Optional.empty(), Optional.empty())));
        return new Evidence("réd-\uD83D\uDE00", YEAR, measures, Map.of("region", "north"),
                new Participation(Optional.of(LocalDate.of(2025, 2, 1)), Optional.empty(),
                        List.of(DateRange.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 14)),
                                DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2))),
                        Optional.of(LocalDate.of(2025, 1, 15))),
                Map.of("territory", new BigDecimal("1.10"), "ramp", new BigDecimal("0.8")));
    }

    private static void assertWrittenAsReference(CanonicalBytes out, BigDecimal d) {
        out.reset();
        out.decimal(d);
        assertEquals(Fingerprint.decimal(d), written(out), () -> "unscaled " + d.unscaledValue() + ", scale " + d.scale());
    }

    private static String written(CanonicalBytes out) {
        return new String(out.array(), 0, out.size(), StandardCharsets.UTF_8);
    }
}
