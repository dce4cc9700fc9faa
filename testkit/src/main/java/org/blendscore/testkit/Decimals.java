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
package org.blendscore.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Decimal helpers of the kit: plain, readable, exact. */
final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros, never in exponent form: 800000, 0.5. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    /** Plain text of a value, trailing zeros dropped: {@code 799999.9999}. */
    static String plain(BigDecimal value) {
        return normal(value).toPlainString();
    }

    /** A value with thousands separators for reading: {@code 1,200,000} or {@code 799,999.99995}. */
    static String grouped(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        f.setMaximumFractionDigits(Math.max(0, normal(value).scale()));
        return f.format(value);
    }
}
