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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.blendscore.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The in-place number and date paths of the writers and the streaming reader give exactly what the
 * string paths give: the same characters for every decimal and share written, the same value and scale
 * (or the same refusal) for every decimal read, the same date (or a failure) for every date read.
 */
class NumberTextTest {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static String json(Consumer<JsonGenerator> value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            value.accept(g);
        }
        return out.toString();
    }

    private static void assertWrittenAsText(BigDecimal value) {
        assertEquals(json(g -> g.writeString(Decimals.write(value))), json(g -> NumberText.decimal(g, value)), value.toString());
    }

    @Test
    void decimalsAreWrittenAsTheirPlainText() {
        qt().withExamples(5000).forAll(SourceDSL.longs().all(), SourceDSL.integers().between(-3, 22))
                .checkAssert((unscaled, scale) -> {
                    assertWrittenAsText(BigDecimal.valueOf(unscaled, scale));
                    assertWrittenAsText(BigDecimal.valueOf(unscaled % 1000, scale));
                    assertWrittenAsText(new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(3)), scale));
                });
        for (String text : new String[] {"0", "0.00", "-0.05", "1E+3", "100.0", "999999999999999999", "0.000000000000000001",
            "-123456789012345678.9", "12345678901234567890.5", "1E-30", "5E+2"}) {
            assertWrittenAsText(new BigDecimal(text));
        }
    }

    @Test
    void sharesAreWrittenAsNumeratorSlashDenominator() {
        qt().withExamples(3000).forAll(SourceDSL.longs().all(), SourceDSL.longs().between(1, Long.MAX_VALUE)).checkAssert((n, d) -> {
            Fraction[] shares = {Fraction.of(n % 1000, d % 997 + 1), Fraction.of(BigInteger.valueOf(n).pow(2), BigInteger.valueOf(d)),
                Fraction.of(n == Long.MIN_VALUE ? 0 : n, d)};
            for (Fraction f : shares) {
                assertEquals(json(g -> g.writeString(Fractions.write(f))), json(g -> NumberText.fraction(g, f)), f.toString());
            }
        });
    }

    private static void assertReadAsBigDecimal(String text) {
        char[] chars = ("xx" + text + "y").toCharArray();
        BigDecimal read = Decimals.read(chars, 2, text.length(), 40);
        if (Decimals.problem(text, 40) != null) {
            assertNull(read, text);
        } else {
            BigDecimal expected = new BigDecimal(text);
            assertEquals(expected, read, text);
            assertEquals(expected.scale(), read.scale(), text);
        }
    }

    @Test
    void decimalsAreReadAsBigDecimalReadsThem() {
        qt().withExamples(5000).forAll(SourceDSL.longs().all(), SourceDSL.integers().between(-3, 22))
                .checkAssert((unscaled, scale) -> {
                    String plain = BigDecimal.valueOf(unscaled, Math.max(scale, 0)).toPlainString();
                    assertReadAsBigDecimal(plain);
                    assertReadAsBigDecimal(BigDecimal.valueOf(unscaled, scale).toString());
                    assertReadAsBigDecimal("00" + plain.replace("-", ""));
                    assertReadAsBigDecimal(plain + "0");
                });
        for (String text : new String[] {"", "-", "-0", "-0.0", "0.", ".5", "1.", "1e5", "1E+12345", "1E-0003", "+1", "1.2.3", "١",
            "12345678901234567890123456789", "0.0000000000000000000001", "1 ", "n/a"}) {
            assertReadAsBigDecimal(text);
        }
        assertNull(Decimals.read("123456".toCharArray(), 0, 6, 5));
    }

    @Test
    void datesAreWrittenAsTheirIsoText() {
        // years from -20000 to 20000: the in-place path (0 to 9999) and the signed years beside it
        qt().withExamples(3000).forAll(SourceDSL.longs().between(-8_000_000L, 6_600_000L)).checkAssert(day -> {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertEquals(json(g -> g.writeString(date.toString())), json(g -> NumberText.date(g, date)), date.toString());
        });
        for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(-1, 12, 31),
                LocalDate.of(10000, 1, 1), LocalDate.of(2026, 2, 28))) {
            assertEquals(json(g -> g.writeString(date.toString())), json(g -> NumberText.date(g, date)), date.toString());
        }
    }

    @Test
    void datesAreReadAsLocalDateParsesThem() {
        qt().withExamples(3000).forAll(SourceDSL.integers().between(0, 9999), SourceDSL.integers().between(0, 13),
                SourceDSL.integers().between(0, 32)).checkAssert((y, m, d) -> {
                    String text = String.format("%04d-%02d-%02d", y, m, d);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(text);
                    } catch (DateTimeException e) {
                        expected = null;
                    }
                    LocalDate read;
                    try {
                        read = IsoDates.read(("\"" + text).toCharArray(), 1, text.length());
                    } catch (DateTimeException e) {
                        read = null;
                    }
                    assertEquals(expected, read, text);
                });
    }
}
