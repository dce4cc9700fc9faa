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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.blendscore.scoring.RandomRubrics.Draw;
import org.quicktheories.core.Gen;

/**
 * Random evidence for the fingerprint's tests, valid or not (the fingerprint reads any evidence the
 * records can hold): every kind of measure evidence, decimals of every shape, dates of unusual years,
 * and strings drawn from few fragments (so that ties, shared prefixes and look-alike raters are
 * common) that include non-ASCII, surrogate pairs, unpaired surrogates and the empty string.
 */
final class RandomEvidence {

    /** Fragments of strings: ASCII, two- and three-byte UTF-8, a surrogate pair, unpaired surrogates. */
    private static final List<String> FRAGMENTS = List.of("a", "b", "Z", "0", "9", " ", ":", "?", "~", "-",
            "\n", "\u007F", "\u0080", "é", "ß", "\u07FF", "\u0800", "日", "\uE000", "\uFFFF",
            "\uD83D\uDE00", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "rep-1", "new-arr");

    private static final List<Long> UNSCALED = List.of(0L, 1L, -1L, 5L, 10L, 100L, 1200L, -1200L, 123456789L,
            100_000_000_000_000_000L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE,
            Long.MIN_VALUE, 4_611_686_018_427_387_904L);

    private static final List<Integer> YEARS = List.of(-12345, -5, 0, 7, 999, 1000, 2024, 2025, 9999, 10_000, 123_456);

    private static final List<Integer> COUNTS = List.of(0, 1, 7, -3, 10, 100, Integer.MAX_VALUE, Integer.MIN_VALUE);

    private RandomEvidence() {
    }

    /** Random evidence. */
    static Gen<Evidence> evidence() {
        return in -> evidence(new Draw(in));
    }

    /** Random decimals, of every shape {@link #decimal(Draw)} draws. */
    static Gen<BigDecimal> decimals() {
        return in -> decimal(new Draw(in));
    }

    /** Random strings, as {@link #string(Draw)} draws them. */
    static Gen<String> strings() {
        return in -> string(new Draw(in));
    }

    static Evidence evidence(Draw d) {
        Map<String, MeasureEvidence> measures = new HashMap<>();
        int count = d.between(0, 6);
        for (int i = 0; i < count; i++) {
            measures.put(d.percent(50) ? "m" + d.between(0, 9) : string(d), measure(d));
        }
        Map<String, BigDecimal> factors = new HashMap<>();
        int factorCount = d.percent(60) ? 0 : d.between(1, 4);
        for (int i = 0; i < factorCount; i++) {
            factors.put(string(d), decimal(d));
        }
        Map<String, String> attributes = d.percent(70) ? Map.of() : Map.of("region", string(d));
        LocalDate start = date(d);
        DateRange period = new DateRange(start, start.plusDays(d.between(0, 400)));
        return new Evidence(string(d), period, measures, attributes, participation(d), factors);
    }

    private static MeasureEvidence measure(Draw d) {
        return switch (d.between(0, 2)) {
            case 0 -> quota(d);
            case 1 -> milestones(d);
            default -> ratings(d);
        };
    }

    private static QuotaActual quota(Draw d) {
        List<Relief> reliefs = new ArrayList<>();
        int n = d.percent(50) ? 0 : d.between(1, 4);
        for (int i = 0; i < n; i++) {
            reliefs.add(new Relief(d.percent(50) ? Relief.Kind.CREDIT : Relief.Kind.TARGET, decimal(d),
                    d.percent(30) ? "reason" : string(d), d.percent(30) ? "approver" : string(d), date(d)));
        }
        List<CheckIn> checkIns = new ArrayList<>();
        int m = d.percent(50) ? 0 : d.between(1, 6);
        for (int i = 0; i < m; i++) {
            checkIns.add(new CheckIn(d.percent(30) ? LocalDate.of(2025, 3, d.between(1, 3)) : date(d), decimal(d)));
        }
        return new QuotaActual(decimal(d), reliefs, checkIns);
    }

    private static MilestonesReached milestones(Draw d) {
        Set<String> reached = new HashSet<>();
        int n = d.between(0, 5);
        for (int i = 0; i < n; i++) {
            reached.add(string(d));
        }
        Map<String, Integer> counts = new HashMap<>();
        int m = d.percent(50) ? 0 : d.between(1, 4);
        for (int i = 0; i < m; i++) {
            counts.put(string(d), d.percent(50) ? d.between(0, 1000) : d.pick(COUNTS));
        }
        return new MilestonesReached(reached, counts);
    }

    private static Ratings ratings(Draw d) {
        List<Rating> ratings = new ArrayList<>();
        int n = d.between(0, 8);
        for (int i = 0; i < n; i++) {
            String rater = d.percent(70) ? d.pick(List.of("r1", "r2", "r1 ", "R1", "r10")) : string(d);
            String source = d.percent(80) ? d.pick(List.of("customer", "peer", "manager")) : string(d);
            Optional<BigDecimal> value = d.percent(20) ? Optional.empty()
                    : Optional.of(d.percent(60) ? d.pick(List.of(BigDecimal.ONE, new BigDecimal("1.0"), new BigDecimal("1.00"),
                    BigDecimal.TEN, new BigDecimal("1E+1"), new BigDecimal("2"), new BigDecimal("0.5"))) : decimal(d));
            Optional<String> comment = switch (d.between(0, 3)) {
                case 0 -> Optional.of("");
                case 1 -> Optional.of(string(d));
                default -> Optional.empty();
            };
            ratings.add(new Rating(rater, source, value, comment));
        }
        return new Ratings(ratings);
    }

    private static Participation participation(Draw d) {
        if (d.percent(50)) {
            return Participation.full();
        }
        List<DateRange> leaves = new ArrayList<>();
        int n = d.percent(40) ? 0 : d.between(1, 4);
        for (int i = 0; i < n; i++) {
            // few distinct starts, so that leaves often share one and their order must stay as given
            LocalDate start = LocalDate.of(2025, 1 + d.between(0, 2), 1);
            leaves.add(new DateRange(start, start.plusDays(d.between(0, 40))));
        }
        return new Participation(optionalDate(d), optionalDate(d), leaves, optionalDate(d));
    }

    private static Optional<LocalDate> optionalDate(Draw d) {
        return d.percent(50) ? Optional.empty() : Optional.of(date(d));
    }

    static LocalDate date(Draw d) {
        int year = d.percent(70) ? 2025 : d.pick(YEARS);
        return LocalDate.of(year, d.between(1, 12), d.between(1, 28));
    }

    /**
     * A decimal: an unscaled value (small, at the edges of 18 digits and of a long, or beyond a
     * long) times ten to a scale from -70 to 70 (beyond the plain writer's 64 zeros) or ±300.
     */
    static BigDecimal decimal(Draw d) {
        BigInteger unscaled = switch (d.between(0, 3)) {
            case 0 -> BigInteger.valueOf(d.pick(UNSCALED));
            case 1 -> BigInteger.valueOf(d.between(-1_000_000, 1_000_000));
            case 2 -> BigInteger.valueOf(d.between(0, 99_999)).multiply(BigInteger.TEN.pow(d.between(0, 20)));
            default -> BigInteger.TEN.pow(d.between(17, 40)).add(BigInteger.valueOf(d.between(-3, 3)));
        };
        int scale = d.percent(90) ? d.between(-70, 70) : d.pick(List.of(-300, 300));
        return new BigDecimal(d.percent(20) ? unscaled.negate() : unscaled, scale);
    }

    /** A string of zero to four fragments, sometimes a plain id. */
    static String string(Draw d) {
        if (d.percent(10)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int n = d.between(1, 4);
        for (int i = 0; i < n; i++) {
            b.append(d.pick(FRAGMENTS));
        }
        return b.toString();
    }
}
